/** The 问责 proposal's 事由 stays within its field's limit however many items a unit has (cms/domain/accountabilityRecords.ts). */
import { describe, expect, it } from 'vitest'
import { proposalSummary, SUMMARY_MAX_LENGTH } from '../../cms/domain/accountabilityRecords.ts'

const titles = (n: number) => Array.from({ length: n }, (_, i) => `第${(i % 10) + 1}街道某小区门口占道经营（${i + 1}）`)

describe('proposalSummary', () => {
  it.each([1, 3, 20, 40, 300, 5000])('%i items: within the limit, the count named, whole titles only', (n) => {
    const summary = proposalSummary(titles(n))
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH)
    expect(summary).toContain(`曝光三次仍未整改（${n} 条）：`)
    expect(summary.endsWith('。请审核员确认问责形式后确认。')).toBe(true)
    const listed = summary.slice(summary.indexOf('：') + 1).split('；').length
    expect(
      titles(n)
        .slice(0, listed - 1)
        .every((title) => summary.includes(title)),
    ).toBe(true)
  })

  it('lists every title while they fit, and says 等 N 条 once they do not', () => {
    expect(proposalSummary(['甲', '乙', '丙'])).toBe('曝光三次仍未整改（3 条）：甲；乙；丙。请审核员确认问责形式后确认。')
    expect(proposalSummary(titles(300))).toContain('等 300 条。')
    expect(proposalSummary(titles(3))).not.toContain('等 ')
  })
})
