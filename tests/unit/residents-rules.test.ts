import { describe, expect, it } from 'vitest'
import {
  CHALLENGE_MAX_AGE_MS,
  CHALLENGE_RENEW_MS,
  challengeNeedsRenewal,
  makeChallenge,
  verifyChallenge,
} from '../../cms/domain/challenge.ts'
import { isSpike, noticeState } from '../../cms/domain/endorsements.ts'
import { reportTextHash, validateReport } from '../../cms/domain/residentReports.ts'
import { SlidingWindow } from '../../cms/domain/residentReportsLimits.ts'
import { CODE_ALPHABET, normalizeTrackingCode, trackingCodeFrom } from '../../cms/domain/trackingCode.ts'

const now = new Date('2026-12-01T04:00:00Z')

describe('tracking codes', () => {
  it('should build 10 characters without look-alikes from random bytes', () => {
    const code = trackingCodeFrom(new Uint8Array(Array.from({ length: 32 }, (_, i) => i * 7)))
    expect(code).toHaveLength(10)
    for (const char of code ?? '') expect(CODE_ALPHABET).toContain(char)
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/)
  })
  it.each([
    ['abcde-fghjk', 'ABCDEFGHJK'],
    [' ABCDE FGHJK ', 'ABCDEFGHJK'],
    ['ABCDE-FGHJ0', null],
    ['<script>', null],
    [42, null],
  ])('should normalize %j to %j', (input, expected) => {
    expect(normalizeTrackingCode(input)).toBe(expected)
  })
})

describe('challenge', () => {
  const make = () => makeChallenge({ secret: 's', purpose: 'p', now, random: () => 0.5 })
  it.each([
    ['10', now, 's', 'p', true],
    ['１０', now, 's', 'p', true],
    ['11', now, 's', 'p', false],
    ['10', now, 'other-secret', 'p', false],
    ['10', now, 's', 'other-purpose', false],
    ['10', new Date(now.getTime() + CHALLENGE_MAX_AGE_MS + 1), 's', 'p', false],
  ])('should judge answer %s correctly', (answer, at, secret, purpose, ok) => {
    expect(verifyChallenge({ secret, purpose, token: make().token, answer, now: at }).ok).toBe(ok)
  })
  it('should ask the sum in Chinese', () => {
    expect(make().question).toBe('五加五等于几？（请填写阿拉伯数字）')
  })
})

describe('report validation', () => {
  const valid = { category: 'other', description: '这里有一个需要处理的问题。', place: '文明路' }
  it('should accept a valid form and trim it', () => {
    const result = validateReport({ ...valid, place: '  文明路 ' }, 0)
    expect(result.ok && result.value.place).toBe('文明路')
  })
  it.each([
    [{ contactPhone: '0533-1234567' }, true],
    [{ contactPhone: '13912345678' }, true],
    [{ contactPhone: '1391234' }, false],
    [{ lat: '91' }, false],
    [{ description: 'a\u0007bcdefghijk' }, false],
  ])('should judge %j', (overrides, ok) => {
    expect(validateReport({ ...valid, ...overrides }, 0).ok).toBe(ok)
  })
  it('should see the same text with different spacing and punctuation as a duplicate', () => {
    expect(reportTextHash('路灯 坏了，很久没修！', '文明路')).toBe(reportTextHash('路灯坏了很久没修', '文明路 '))
  })
})

describe('sliding window', () => {
  it('should allow max events per window and say when the next is free', () => {
    const window = new SlidingWindow({ windowMs: 1000, max: 2, maxKeys: 10 })
    expect(window.take('a', 0).allowed).toBe(true)
    expect(window.take('a', 100).allowed).toBe(true)
    expect(window.take('a', 200)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    window.giveBack('a', 300)
    expect(window.take('a', 300).allowed).toBe(true)
    expect(window.take('a', 1001).allowed).toBe(true)
    expect(window.take('a', 1002)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })
})

describe('endorsement rules', () => {
  it.each([
    [{ noticeFrom: '2026-12-01', noticeTo: '2026-12-07' }, 'open'],
    [{ noticeFrom: '2026-12-02', noticeTo: '2026-12-07' }, 'before'],
    [{ noticeFrom: '2026-11-20', noticeTo: '2026-11-30' }, 'after'],
    [{ noticeFrom: null, noticeTo: '2026-12-07' }, 'none'],
  ])('should place %j as %s (China days, inclusive)', (round, state) => {
    expect(noticeState(round, now)).toBe(state)
  })
  it.each([
    [49, 0, false],
    [50, 0, true],
    [50, 7 * 24 * 10, false],
    [200, 7 * 24 * 10, true],
  ])('should flag %i in the last hour after %i in the week as spike=%s', (lastHour, previousWeek, spike) => {
    expect(isSpike({ lastHour, previousWeek })).toBe(spike)
  })
})

describe('challengeNeedsRenewal: a build keeps the last challenge for a week', () => {
  const now = new Date('2026-12-01T08:00:00Z')
  const issued = (msAgo: number) => ({ question: 'q', token: `${now.getTime() - msAgo}.n.mac` })
  it.each([
    ['none yet', undefined, true],
    ['issued a minute ago', issued(60_000), false],
    ['six days old', issued(6 * 24 * 3600_000), false],
    ['exactly a week old', issued(CHALLENGE_RENEW_MS), true],
    ['from the future (clock moved back)', issued(-60_000), true],
    ['malformed token', { question: 'q', token: 'abc.n.mac' }, true],
  ])('%s → renew: %s', (_label, previous, renew) => {
    expect(challengeNeedsRenewal(previous, now)).toBe(renew)
  })
  it('renews well inside the time a token stays valid', () => {
    expect(CHALLENGE_RENEW_MS * 4).toBeLessThan(CHALLENGE_MAX_AGE_MS)
  })
})
