import { createHmac, timingSafeEqual } from 'node:crypto'
import { chinaDay } from './dates.ts'
import type { LimitRule } from './sharedLimits.ts'

/**
 * 点赞 during a good-person public notice (公示). Pure (hashing aside): clock, secret and random ids
 * are passed in. One endorsement per nominee per browser per China day (a browser id in an
 * HMAC-signed cookie issued by the server; the database's unique key (nominee, day, browser) makes
 * it exact under concurrency), per-network daily caps on votes and on new browser ids, and a spike
 * flag with its numbers for reviewers.
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

/**
 * A browser id is handed out by the server (GET /api/good-people/:id/endorse, or the first step of a
 * vote without JavaScript) and comes back in an HMAC-signed cookie that carries its issue time. Ids
 * older than a year, or not issued by this server, do not count. Cookies of the earlier format
 * (`id.mac`, minted on every vote without a cookie and without any limit) are not accepted: anyone
 * could have collected any number of them.
 */
export type BrowserId = { id: string; issuedAt: number }

/** How long a browser id is honoured after it was issued (the cookie's Max-Age is the same). */
export const BROWSER_ID_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000
/** An id "issued" later than now plus this is a forgery, not clock drift between processes. */
const CLOCK_SKEW_MS = 5 * 60 * 1000

const sign = (secret: string, id: string, issuedAt: string): string =>
  createHmac('sha256', secret).update(`browser|v2|${id}|${issuedAt}`).digest('base64url').slice(0, 27)

/** The cookie value for a browser id (random id from the caller, issue time in ms). */
export const browserCookieValue = (secret: string, browser: BrowserId): string => {
  const issued = browser.issuedAt.toString(36)
  return `${browser.id}.${issued}.${sign(secret, browser.id, issued)}`
}

/** The browser id from a cookie value, or null when it is missing, malformed, not ours, or expired at `now`. */
export function browserFrom(secret: string, cookie: string | null | undefined, now: number): BrowserId | null {
  if (!cookie || cookie.length > 100) return null
  const [id, issued, mac, ...rest] = cookie.split('.')
  if (!id || !issued || !mac || rest.length > 0 || !/^[A-Za-z0-9_-]{16,40}$/.test(id) || !/^[0-9a-z]{1,10}$/.test(issued)) return null
  const expected = Buffer.from(sign(secret, id, issued))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  const issuedAt = Number.parseInt(issued, 36)
  if (issuedAt > now + CLOCK_SKEW_MS || now - issuedAt > BROWSER_ID_MAX_AGE_MS) return null
  return { id, issuedAt }
}

/** Where a browser-id cookie goes: its name and the endpoints it is sent to (点赞 by default; surveys have their own). */
export type BrowserCookieScope = { name: string; path: string }
export const ENDORSE_COOKIE: BrowserCookieScope = { name: BROWSER_COOKIE, path: '/api/good-people' }

/**
 * The header the page's script (/js/endorse.js) sends with its POST. No page on another site can make a
 * browser send it: a form or sendBeacon sets no headers, and a fetch with it needs a CORS preflight that
 * this site grants its own origin only (Payload's `cors`). So a POST carrying it from a browser without
 * an id is given its id and counted in the same request (one request per vote, the id's and the vote's
 * slots claimed together); without it, that browser's vote waits for a confirming second POST.
 */
export const SCRIPT_HEADER = 'x-endorse'
export const fromSiteScript = (headers: { get: (name: string) => string | null }): boolean => headers.get(SCRIPT_HEADER) === '1'

/** The Set-Cookie header for a browser id: only sent to the scope's endpoints (the 好人 ones by default), never readable by scripts. */
export const browserCookie = (value: string, secure: boolean, scope: BrowserCookieScope = ENDORSE_COOKIE): string =>
  `${scope.name}=${value}; Path=${scope.path}; Max-Age=${BROWSER_ID_MAX_AGE_MS / 1000}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`

/** The client address is never stored: only a keyed hash that changes every day. */
export const ipDigest = (secret: string, ip: string, day: string): string =>
  createHmac('sha256', secret).update(`ip|${day}|${ip}`).digest('hex').slice(0, 32)

/**
 * A spike: at least `minimum` endorsements in the last hour and more than `factor` times the
 * hourly average of the previous week (a nominee with no history spikes at `minimum`).
 */
export function isSpike(input: { lastHour: number; previousWeek: number; minimum?: number; factor?: number }): boolean {
  const minimum = input.minimum ?? 50
  const factor = input.factor ?? 10
  return input.lastHour >= minimum && input.lastHour > factor * (input.previousWeek / (7 * 24))
}

/** The numbers a spike verdict rests on: this nominee's endorsements in the hour before this one, and in the week before that hour. */
export type Burst = { lastHour: number; previousWeek: number }

/** The fields an endorsement row stores: the spike flag and the numbers behind it (this endorsement adds one to the hour). */
export const burstFields = (before: Burst): { suspicious: boolean; burstLastHour: number; burstPreviousWeek: number } => ({
  suspicious: isSpike({ lastHour: before.lastHour + 1, previousWeek: before.previousWeek }),
  burstLastHour: before.lastHour,
  burstPreviousWeek: before.previousWeek,
})

const DAY_MS = 24 * 60 * 60 * 1000
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * New browser ids one network may receive per China day, per vote it may cast: a browser needs an id
 * once a year, so twice the vote cap leaves room for ids taken and not used (cookies cleared, a
 * second phone) while a script on one network cannot mint ids without end.
 */
export const BROWSER_IDS_PER_VOTE = 2

/** The two per-network limits of 点赞, counted by the shared limits (cms/limits/sharedLimits.ts) per China day. */
export const endorseRules = (voteCap: number): { votes: LimitRule; browsers: LimitRule } => ({
  votes: { name: 'endorse-vote', windowMs: DAY_MS, max: voteCap },
  browsers: { name: 'endorse-browser-id', windowMs: DAY_MS, max: BROWSER_IDS_PER_VOTE * voteCap },
})

/**
 * The clock to count the daily rules with: shared limits use windows aligned to the epoch (UTC
 * days), so shifting the clock by China's offset (UTC+8, no daylight saving) makes each window a
 * China day, the same day an endorsement row records, and Retry-After points at Beijing midnight.
 */
export const chinaDayClock = (now: number): number => now + CHINA_OFFSET_MS
