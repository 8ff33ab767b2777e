import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A no-JavaScript challenge for the public forms, verifiable without server state: the static page
 * shows a small sum ("3 加 4 等于几？") and carries a token `issuedAt.nonce.mac`, where mac is an
 * HMAC (keyed with the Payload secret) over the purpose, the issue time, the nonce and the answer.
 * The server recomputes the MAC with the submitted answer. The page is built at publish time, so
 * a token stays valid for CHALLENGE_MAX_AGE_MS (the site is rebuilt far more often than that).
 * Pure: secret, clock and random numbers are passed in.
 */
export const CHALLENGE_MAX_AGE_MS = 60 * 24 * 60 * 60 * 1000

/**
 * A build keeps the challenge the previous build used until it is this old: the pages that carry it
 * (report form, nominees in 公示) are then not rendered again for a new nonce on every publish, and
 * a page never serves a token older than this plus the time to the next build.
 */
export const CHALLENGE_RENEW_MS = 7 * 24 * 60 * 60 * 1000

export type Challenge = { question: string; token: string }

/** Should a build replace this earlier challenge (older than CHALLENGE_RENEW_MS, from the future, or malformed)? */
export function challengeNeedsRenewal(previous: Challenge | null | undefined, now: Date): boolean {
  const issuedAt = Number(previous?.token.split('.')[0])
  if (!previous || !Number.isInteger(issuedAt)) return true
  const age = now.getTime() - issuedAt
  return age < 0 || age >= CHALLENGE_RENEW_MS
}
export type ChallengeVerdict = { ok: true } | { ok: false; message: string }

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

function mac(secret: string, purpose: string, issuedAt: number, nonce: string, answer: number): string {
  return createHmac('sha256', secret).update(`challenge|${purpose}|${issuedAt}|${nonce}|${answer}`).digest('base64url').slice(0, 32)
}

/** `random` gives integers for the two addends (1–9) and the nonce. */
export function makeChallenge(input: { secret: string; purpose: string; now: Date; random: () => number }): Challenge {
  const a = 1 + Math.floor(input.random() * 9)
  const b = 1 + Math.floor(input.random() * 9)
  const nonce = Math.floor(input.random() * 2 ** 32).toString(36)
  const issuedAt = input.now.getTime()
  return {
    question: `${DIGITS[a]}加${DIGITS[b]}等于几？（请填写阿拉伯数字）`,
    token: `${issuedAt}.${nonce}.${mac(input.secret, input.purpose, issuedAt, nonce, a + b)}`,
  }
}

const WRONG: ChallengeVerdict = { ok: false, message: '验证题：答案不正确，请重新计算后填写数字。' }
const STALE: ChallengeVerdict = { ok: false, message: '验证题：页面已过期，请刷新页面后重新填写。' }

export function verifyChallenge(input: { secret: string; purpose: string; token: unknown; answer: unknown; now: Date }): ChallengeVerdict {
  if (typeof input.token !== 'string' || input.token.length > 100) return STALE
  const [issued, nonce, given] = input.token.split('.')
  const issuedAt = Number(issued)
  if (!nonce || !given || !Number.isInteger(issuedAt)) return STALE
  const age = input.now.getTime() - issuedAt
  if (age < 0 || age > CHALLENGE_MAX_AGE_MS) return STALE
  const text = typeof input.answer === 'string' ? input.answer.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)) : ''
  if (!/^\d{1,2}$/.test(text)) return { ok: false, message: '验证题：请填写计算结果（阿拉伯数字）。' }
  const expected = Buffer.from(mac(input.secret, input.purpose, issuedAt, nonce, Number(text)))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? { ok: true } : WRONG
}
