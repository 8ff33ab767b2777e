/**
 * The signed browser id 点赞 counts by (README "Security"): read from the `gp_browser` cookie, or
 * issued by the server — at most `rules.browsers.max` new ids per client network (IPv6 by /64) per
 * China day, counted in the database so every API process agrees.
 */
import { randomFillSync } from 'node:crypto'
import type { Payload } from 'payload'
import { clientIp } from '../../../auth/loginThrottle.ts'
import { settingsOf } from '../../../config/fromPayload.ts'
import {
  BROWSER_COOKIE,
  type BrowserCookieScope,
  type BrowserId,
  browserCookie,
  browserCookieValue,
  browserFrom,
  chinaDayClock,
  ENDORSE_COOKIE,
} from '../../../domain/endorsements.ts'
import { clientNetwork } from '../../../domain/sharedLimits.ts'
import { memoDigest } from '../../../limits/digestMemo.ts'
import type { LimitRule } from '../../../limits/sharedLimits.ts'
import { takeSlotSoon } from '../../../limits/slotQueue.ts'

/** What these helpers read of a request (a PayloadRequest is one; publisher/fastApi.ts passes a lighter one). */
export type LiteRequest = { payload: Payload; headers: { get: (name: string) => string | null } }

export function cookieOf(req: LiteRequest, name: string): string | null {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return null
}

/** The network a request is counted as: its address, an IPv6 address by its /64. */
export const networkOf = (req: LiteRequest): string => {
  const ip = clientIp(req)
  return memoDigest(`net|${ip}`, () => clientNetwork(ip))
}

/** The browser id this request carries, if the server issued it and it has not expired. */
export const browserOf = (req: LiteRequest, now: Date, cookieName: string = BROWSER_COOKIE): BrowserId | null =>
  browserFrom(req.payload.secret, cookieOf(req, cookieName), now.getTime())

export type Issued = { ok: true; browser: BrowserId; setCookie: string } | { ok: false; retryAfterSeconds: number }

/** A new browser id and its Set-Cookie header, unless this network has had its share of new ids today. */
export async function issueBrowser(
  req: LiteRequest,
  rule: LimitRule,
  now: Date,
  scope: BrowserCookieScope = ENDORSE_COOKIE,
  // How the slot is claimed: 点赞 claims it in its next vote batch (./endorseCommit.ts takeBrowserSlot).
  take: typeof takeSlotSoon = takeSlotSoon,
): Promise<Issued> {
  const slot = await take(req.payload, rule, networkOf(req), chinaDayClock(now.getTime()))
  if (!slot.allowed) return { ok: false, retryAfterSeconds: slot.retryAfterSeconds }
  return { ok: true, ...newBrowser(req, now, scope) }
}

/** Random bytes for ids, drawn from the system's generator 256 ids at a time (a call per id showed in the 点赞 profile). */
const ID_BYTES = 18
const pool = Buffer.alloc(ID_BYTES * 256)
let poolAt = pool.length
function randomId(): string {
  if (poolAt === pool.length) {
    randomFillSync(pool)
    poolAt = 0
  }
  const id = pool.toString('base64url', poolAt, poolAt + ID_BYTES)
  // Each id's bytes are used once: wiped as they are taken.
  pool.fill(0, poolAt, poolAt + ID_BYTES)
  poolAt += ID_BYTES
  return id
}

/** A new random browser id and its Set-Cookie header; its network's slot for it is the caller's to claim. */
export function newBrowser(
  req: LiteRequest,
  now: Date,
  scope: BrowserCookieScope = ENDORSE_COOKIE,
): { browser: BrowserId; setCookie: string } {
  const browser = { id: randomId(), issuedAt: now.getTime() }
  return {
    browser,
    setCookie: browserCookie(browserCookieValue(req.payload.secret, browser), settingsOf(req.payload).site.secureCookies, scope),
  }
}

export const BROWSER_IDS_EXHAUSTED = '同一网络今天新领取的点赞凭证已达上限，请明天再来。已经点过赞的浏览器不受影响。'
