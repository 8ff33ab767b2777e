/**
 * Volunteers' personal data: the keyed digests that find a second sign-up with the same phone, the
 * signed cancellation link, and when name and phone are erased. Pure (HMAC only).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

const DAY_MS = 24 * 60 * 60 * 1000

/** Name and phone are erased this many days after the activity ended (like 随手拍 contacts). */
export const DEFAULT_VOLUNTEER_CONTACT_RETENTION_DAYS = 90

/** Sign-ups of activities that ended before this instant lose their name and phone. */
export const eraseEndedBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS)

const mac = (key: string, text: string, length: number): string =>
  createHmac('sha256', key).update(text).digest('base64url').slice(0, length)

/** One person once per activity: a keyed digest of (activity, phone), never the phone in clear. */
export const phoneKey = (key: string, activity: string | number, phone: string): string =>
  mac(key, `volunteer-phone|${activity}|${phone}`, 32)

/** The cancellation link's token: the sign-up's id and a MAC over it. */
export const cancelToken = (key: string, signup: string | number): string => `${signup}.${mac(key, `volunteer-cancel|${signup}`, 32)}`

/** The sign-up a token was issued for, or null for a forged or mangled one. */
export function readCancelToken(key: string, token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 80) return null
  const [id, given, ...rest] = token.split('.')
  if (!id || !given || rest.length > 0 || !/^[A-Za-z0-9_-]{1,40}$/.test(id)) return null
  const expected = Buffer.from(cancelToken(key, id))
  const actual = Buffer.from(token)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null
}
