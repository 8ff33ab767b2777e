/** The pure rules behind 点赞's trust: signed browser ids with their issue time, burst numbers, China-day limits. */
import { describe, expect, it } from 'vitest'
import { chinaDayStart } from '../../cms/domain/dates.ts'
import {
  BROWSER_ID_MAX_AGE_MS,
  browserCookie,
  browserCookieValue,
  browserFrom,
  burstFields,
  chinaDayClock,
  endorseRules,
} from '../../cms/domain/endorsements.ts'
import { retryAfterSeconds, windowOf } from '../../cms/domain/sharedLimits.ts'

const now = Date.parse('2026-12-01T04:00:00Z')
const browser = { id: 'abcdefghijklmnopqrstuvwx', issuedAt: now - 1000 }

describe('browserFrom', () => {
  const signed = browserCookieValue('s', browser)
  const [id, issued, mac] = signed.split('.')
  it.each([
    ['a cookie it signed', signed, browser],
    ['another secret', browserCookieValue('other', browser), null],
    ['a forged mac', `${id}.${issued}.forged`, null],
    ['an issue time moved back', `${id}.${(browser.issuedAt - 1).toString(36)}.${mac}`, null],
    ['the earlier two-part format', `${id}.${mac}`, null],
    ['an extra part', `${signed}.x`, null],
    ['an empty cookie', '', null],
    ['an overlong cookie', `${signed}${'a'.repeat(100)}`, null],
  ])('should read %s as %o', (_, cookie, expected) => {
    expect(browserFrom('s', cookie, now)).toEqual(expected)
  })

  it('should honour an id for a year and refuse it after, and refuse one issued in the future', () => {
    const old = { id: browser.id, issuedAt: now - BROWSER_ID_MAX_AGE_MS }
    expect(browserFrom('s', browserCookieValue('s', old), now)).toEqual(old)
    expect(browserFrom('s', browserCookieValue('s', old), now + 1)).toBeNull()
    const future = { id: browser.id, issuedAt: now + 10 * 60 * 1000 }
    expect(browserFrom('s', browserCookieValue('s', future), now)).toBeNull()
  })

  it('should set the cookie HttpOnly, SameSite=Lax, on the 好人 endpoints only, Secure on https', () => {
    expect(browserCookie('v', true)).toBe('gp_browser=v; Path=/api/good-people; Max-Age=31536000; HttpOnly; SameSite=Lax; Secure')
    expect(browserCookie('v', false)).not.toContain('Secure')
  })
})

describe('burstFields', () => {
  it.each([
    [{ lastHour: 48, previousWeek: 0 }, false],
    [{ lastHour: 49, previousWeek: 0 }, true],
    [{ lastHour: 49, previousWeek: 7 * 24 * 10 }, false],
    [{ lastHour: 199, previousWeek: 7 * 24 * 10 }, true],
  ])('should store %o and flag suspicious=%s (this endorsement adds one to the hour)', (before, suspicious) => {
    expect(burstFields(before)).toEqual({ suspicious, burstLastHour: before.lastHour, burstPreviousWeek: before.previousWeek })
  })
})

describe('endorseRules on the China-day clock', () => {
  const rules = endorseRules(30)
  it('should allow the vote cap and twice as many new browser ids per network and day', () => {
    expect(rules.votes.max).toBe(30)
    expect(rules.browsers.max).toBe(60)
  })
  it.each([
    ['2026-12-01T15:59:59.999Z', '2026-12-01T16:00:00.000Z', false],
    ['2026-12-01T16:00:00.000Z', '2026-12-02T15:59:59.999Z', true],
  ])('should put %s and %s in the same window: %s (windows end at Beijing midnight)', (a, b, same) => {
    const windowA = windowOf(rules.votes, chinaDayClock(Date.parse(a))).number
    const windowB = windowOf(rules.votes, chinaDayClock(Date.parse(b))).number
    expect(windowA === windowB).toBe(same)
  })
  it('should tell a refused caller to come back at Beijing midnight', () => {
    const at = Date.parse('2026-12-01T15:00:00Z')
    expect(retryAfterSeconds(rules.votes, chinaDayClock(at))).toBe((chinaDayStart('2026-12-02').getTime() - at) / 1000)
  })
})
