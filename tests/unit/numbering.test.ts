import { describe, expect, it } from 'vitest'
import { formatIssue, issueYear, nextIssueNumber } from '../../cms/domain/numbering.ts'

describe('issueYear', () => {
  it.each([
    ['2025-12-31T17:00:00Z', 2026],
    ['2025-12-31T15:59:59Z', 2025],
    ['2025-12-31T16:00:00Z', 2026],
    ['2026-01-01', 2026],
    ['2026-06-15T12:00:00+08:00', 2026],
    [new Date('2024-12-31T16:30:00Z'), 2025],
  ])('should put %s in Shanghai year %s', (date, year) => {
    expect(issueYear(date)).toBe(year)
  })

  it('should reject an unreadable date in Chinese and English', () => {
    expect(() => issueYear('someday')).toThrow('通报日期无效：someday / Invalid bulletin date: someday')
  })
})

describe('nextIssueNumber', () => {
  it.each([
    [[], 1],
    [[1], 2],
    [[1, 2, 3], 4],
    [[1, 2, 5], 6],
    [[5, 1, 3], 6],
    [[2, 3], 4],
  ])('should follow %j with %s', (claimed, next) => {
    expect(nextIssueNumber(claimed)).toBe(next)
  })

  it('should not mutate the claimed list', () => {
    const claimed = [3, 1, 2]
    nextIssueNumber(claimed)
    expect(claimed).toEqual([3, 1, 2])
  })
})

describe('formatIssue', () => {
  it.each([
    [2026, 13, '2026年第13期'],
    [2021, 1, '2021年第1期'],
    [2021, 39, '2021年第39期'],
  ])('should format year %s issue %s as %s', (year, number, label) => {
    expect(formatIssue(year, number)).toBe(label)
  })
})
