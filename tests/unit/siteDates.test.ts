/** formatDate (site/lib/dates.ts): residents' dates in China time, the same answer from its memo as from Intl. */
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../site/lib/dates.ts'

describe('formatDate', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026年3月1日'],
    ['2026-03-01T16:00:00.000Z', '2026年3月2日'],
    ['2026-12-31T16:00:00.000Z', '2027年1月1日'],
    ['2026-07-04', '2026年7月4日'],
  ])('should show %s as %s, the second time too', (value, shown) => {
    expect(formatDate(value)).toBe(shown)
    expect(formatDate(value)).toBe(shown)
    expect(formatDate(new Date(value))).toBe(shown)
  })

  it('should still refuse a value that is no date, each time', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError)
    expect(() => formatDate('not a date')).toThrow(RangeError)
  })
})
