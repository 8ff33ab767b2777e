import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The signed question set of one 应知应会 quiz page (README "Residents take part"). The server that
 * fills /quiz/ (publisher/formPages.ts) draws N questions and signs them with the time it issued them:
 * `q1.<issuedAt base36>.<nonce>.<id-id-…>.<mac>`, the mac an HMAC over all of it keyed with
 * `quizKey(challengeKey(PAYLOAD_SECRET))`. The endpoint judges answers against exactly these ids and
 * uses the nonce once (cms/limits/sharedLimits.ts useOnce), so a replayed, forged (ids swapped,
 * another key) or expired token counts nothing. Pure: key, clock and nonce are passed in.
 */
export const QUIZ_TOKEN_LIFE_MS = 2 * 60 * 60 * 1000
/** Ids as SQLite (numbers) and MongoDB (hex) give them. */
const ID = /^[0-9A-Za-z]{1,24}$/
const NONCE = /^[\w-]{16,40}$/

/** The quiz key, derived from the forms' challenge key (the server filling pages holds only that one). */
export const quizKey = (challengeKey: string): string => createHmac('sha256', challengeKey).update('campaign quiz v1').digest('base64url')

const macOf = (key: string, body: string): string => createHmac('sha256', key).update(`quiz|${body}`).digest('base64url').slice(0, 27)

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export function makeQuizToken(input: { key: string; ids: readonly (string | number)[]; now: number; nonce: string }): string {
  const ids = input.ids.map(String)
  if (ids.length === 0 || !ids.every((id) => ID.test(id))) throw new RangeError('makeQuizToken: bad question ids')
  const body = `q1.${input.now.toString(36)}.${input.nonce}.${ids.join('-')}`
  return `${body}.${macOf(input.key, body)}`
}

export type QuizTicket = { ok: true; ids: string[]; nonce: string; issuedAt: number; expiresAt: number }
export type QuizTicketRefusal = { ok: false; reason: 'missing' | 'forged' | 'expired' }

/** Is this a question set the server issued, within its life? Never throws. */
export function readQuizToken(input: { key: string; token: unknown; now: number; maxQuestions: number }): QuizTicket | QuizTicketRefusal {
  if (typeof input.token !== 'string' || input.token === '') return { ok: false, reason: 'missing' }
  const forged = { ok: false, reason: 'forged' } as const
  if (input.token.length > 40 * 26 + 120) return forged
  const parts = input.token.split('.')
  const [version, issued, nonce, list, mac] = parts
  if (parts.length !== 5 || version !== 'q1' || !issued || !nonce || !list || !mac) return forged
  if (!/^[0-9a-z]{1,11}$/.test(issued) || !NONCE.test(nonce)) return forged
  if (!sameText(mac, macOf(input.key, parts.slice(0, 4).join('.')))) return forged
  const ids = list.split('-')
  if (ids.length > input.maxQuestions || !ids.every((id) => ID.test(id)) || new Set(ids).size !== ids.length) return forged
  const issuedAt = Number.parseInt(issued, 36)
  const age = input.now - issuedAt
  if (age < -60_000 || age > QUIZ_TOKEN_LIFE_MS) return { ok: false, reason: 'expired' }
  return { ok: true, ids, nonce, issuedAt, expiresAt: issuedAt + QUIZ_TOKEN_LIFE_MS }
}
