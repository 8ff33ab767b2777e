import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The one-time arithmetic challenge of the residents' forms (随手拍, 异议, and every form to come).
 * The server fills a fresh one into each form page it serves (publisher/formPages.ts; the pages are
 * listed in cms/domain/formPages.ts): "二十三加七等于几？", a two-digit plus a one-digit number in
 * Chinese numerals, easy for an elderly resident and too many answers to guess.
 *
 * The token `issuedAt.nonce.tag.mac` carries two HMACs keyed with `challengeKey(PAYLOAD_SECRET)`:
 * `tag` over (purpose, issuedAt, nonce) says the server issued this token for this form, `mac` over
 * (purpose, issuedAt, nonce, answer) lets the server check an answer without remembering anything.
 * What the server does remember, in the database (cms/limits/challenges.ts), is the nonce of every
 * solved token (used once) and the wrong tries per nonce, until the token expires.
 * Pure: key, clock and random numbers are passed in.
 */
export const CHALLENGE_LIFE_MS = 2 * 60 * 60 * 1000
/** Wrong answers allowed per token; the next try is refused even when right. */
export const CHALLENGE_MAX_TRIES = 3

export type Challenge = { question: string; token: string; nonce: string; expiresAt: number }

export type ChallengeFailure = 'expired' | 'used' | 'wrong' | 'tries'

/** What each refusal tells the resident: a short title and what to do (the form page is one Back away). */
export const CHALLENGE_FAILURES: Record<ChallengeFailure, { title: string; message: string }> = {
  expired: {
    title: '页面已过期',
    message: '验证题：页面已过期（每道验证题 2 小时内有效）。请返回表单页并刷新页面，按新的验证题作答后再提交。',
  },
  used: {
    title: '验证题已使用',
    message: '验证题：这道题已经提交过一次（每道题只能使用一次）。请返回表单页并刷新页面，换一道新题后再提交。',
  },
  wrong: {
    title: '答案不正确',
    message: '验证题：答案不正确。请点浏览器的“后退”回到表单（已填写的内容会保留），重新计算后填写阿拉伯数字。',
  },
  tries: {
    title: '答错次数过多',
    message: `验证题：这道题已答错 ${CHALLENGE_MAX_TRIES} 次。请返回表单页并刷新页面，换一道新题后再提交。`,
  },
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 0–99 as written in Chinese: 七, 十, 十三, 二十, 四十六. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumber: ${n} is not 0–99`)
  if (n < 10) return DIGITS[n] as string
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/** The key challenges are signed with, derived from the Payload secret (never the secret itself). */
export const challengeKey = (secret: string): string =>
  createHmac('sha256', secret).update('campaign form challenge v2').digest('base64url')

const sign = (key: string, text: string): string => createHmac('sha256', key).update(text).digest('base64url').slice(0, 22)
const tagOf = (key: string, purpose: string, issuedAt: number, nonce: string) => sign(key, `challenge-tag|${purpose}|${issuedAt}|${nonce}`)
const macOf = (key: string, purpose: string, issuedAt: number, nonce: string, answer: number) =>
  sign(key, `challenge-answer|${purpose}|${issuedAt}|${nonce}|${answer}`)

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * A new challenge. `pick(n)` returns a random integer in [0, n); `nonce` is random text (base64url,
 * at least 16 characters) the caller draws.
 */
export function makeChallenge(input: { key: string; purpose: string; now: number; pick: (n: number) => number; nonce: string }): Challenge {
  const a = 11 + input.pick(89) // 11–99
  const b = 2 + input.pick(8) // 2–9
  const { key, purpose, now: issuedAt, nonce } = input
  return {
    question: `${chineseNumber(a)}加${chineseNumber(b)}等于几？（请填写阿拉伯数字）`,
    token: `${issuedAt.toString(36)}.${nonce}.${tagOf(key, purpose, issuedAt, nonce)}.${macOf(key, purpose, issuedAt, nonce, a + b)}`,
    nonce,
    expiresAt: issuedAt + CHALLENGE_LIFE_MS,
  }
}

export type TokenVerdict = { ok: true; nonce: string; expiresAt: number } | { ok: false; failure: 'expired' }

/**
 * Is this a token the server issued for this form, still within its life? A forged token, one
 * issued for another form or a missing one is refused like an expired page: the resident's remedy
 * is the same (open the form again).
 */
export function readChallengeToken(input: { key: string; purpose: string; token: unknown; now: number }): TokenVerdict {
  const refused = { ok: false, failure: 'expired' } as const
  if (typeof input.token !== 'string' || input.token.length > 120) return refused
  const [issued, nonce, tag, mac, ...rest] = input.token.split('.')
  if (rest.length > 0 || !issued || !nonce || !tag || !mac || !/^[0-9a-z]{1,11}$/.test(issued) || !/^[\w-]{16,40}$/.test(nonce))
    return refused
  const issuedAt = Number.parseInt(issued, 36)
  if (!sameText(tag, tagOf(input.key, input.purpose, issuedAt, nonce))) return refused
  const age = input.now - issuedAt
  if (age < -60_000 || age > CHALLENGE_LIFE_MS) return refused
  return { ok: true, nonce, expiresAt: issuedAt + CHALLENGE_LIFE_MS }
}

/** The answer as typed: ASCII or full-width digits, spaces around ignored; null when it is not a number. */
export function typedAnswer(answer: unknown): number | null {
  const text = typeof answer === 'string' ? answer.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)) : ''
  return /^\d{1,3}$/.test(text) ? Number(text) : null
}

/** Is `answer` the right one for a token `readChallengeToken` accepted? */
export function isRightAnswer(input: { key: string; purpose: string; token: string; answer: unknown }): boolean {
  const [issued, nonce, , mac] = input.token.split('.')
  const value = typedAnswer(input.answer)
  if (value === null || !nonce || !mac) return false
  return sameText(mac, macOf(input.key, input.purpose, Number.parseInt(issued ?? '', 36), nonce, value))
}
