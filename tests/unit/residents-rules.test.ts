import { describe, expect, it } from 'vitest'
import { isSpike, noticeState } from '../../cms/domain/endorsements.ts'
import { reportTextHash, validateReport } from '../../cms/domain/residentReports.ts'
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
