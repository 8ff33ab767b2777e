import { createHmac, timingSafeEqual } from 'node:crypto'
import { chinaDay } from './dates.ts'

/**
 * 点赞 during a good-person public notice (公示). Pure (hashing aside): clock, secret and random ids
 * are passed in. One endorsement per nominee per browser per China day (a browser id in an
 * HMAC-signed cookie; the database's unique key (nominee, day, browser) makes it exact under
 * concurrency), a per-IP daily cap, and a spike flag for editors.
 */
export const BROWSER_COOKIE = 'gp_browser'
export const DEFAULT_IP_DAILY_CAP = 30

export type NoticeWindow = { noticeFrom?: string | null; noticeTo?: string | null }
export type NoticeState = 'none' | 'before' | 'open' | 'after'

/** Where `now` falls in the notice period (China calendar days, both ends inclusive). */
export function noticeState(round: NoticeWindow, now: Date): NoticeState {
  const from = round.noticeFrom ? chinaDay(round.noticeFrom) : null
  const to = round.noticeTo ? chinaDay(round.noticeTo) : null
  const today = chinaDay(now)
  if (!from || !to || !today) return 'none'
  if (today < from) return 'before'
  if (today > to) return 'after'
  return 'open'
}

const sign = (secret: string, value: string): string =>
  createHmac('sha256', secret).update(`browser|${value}`).digest('base64url').slice(0, 27)

/** The cookie value for a new browser id (random, from the caller). */
export const browserCookieValue = (secret: string, browserId: string): string => `${browserId}.${sign(secret, browserId)}`

/** The browser id from a cookie value, or null when it is missing, malformed or not ours. */
export function browserIdFrom(secret: string, cookie: string | null | undefined): string | null {
  if (!cookie || cookie.length > 100) return null
  const [id, mac] = cookie.split('.')
  if (!id || !mac || !/^[A-Za-z0-9_-]{16,40}$/.test(id)) return null
  const expected = Buffer.from(sign(secret, id))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}

/** The client address is never stored: only a keyed hash that changes every day. */
export const ipDigest = (secret: string, ip: string, day: string): string =>
  createHmac('sha256', secret).update(`ip|${day}|${ip}`).digest('hex').slice(0, 32)

export function ipDailyCap(env: Readonly<Record<string, string | undefined>>): number {
  const value = Number(env.ENDORSE_IP_DAILY_CAP)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_IP_DAILY_CAP
}

/**
 * A spike: at least `minimum` endorsements in the last hour and more than `factor` times the
 * hourly average of the previous week (a nominee with no history spikes at `minimum`).
 */
export function isSpike(input: { lastHour: number; previousWeek: number; minimum?: number; factor?: number }): boolean {
  const minimum = input.minimum ?? 50
  const factor = input.factor ?? 10
  return input.lastHour >= minimum && input.lastHour > factor * (input.previousWeek / (7 * 24))
}
