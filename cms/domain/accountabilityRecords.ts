/**
 * 问责记录: permanent entries on a unit (date, form, linked exposures and bulletin). The three-strikes
 * rule proposes one; a reviewer confirms it, or a reviewer records one directly. Pure.
 */
import type { Id } from './tree.ts'

export const ACCOUNTABILITY_FORMS = {
  interview: { zh: '约谈', en: 'Formal talk' },
  criticism: { zh: '通报批评', en: 'Public criticism' },
  admonition: { zh: '诫勉谈话', en: 'Admonishment talk' },
  selfReview: { zh: '责令书面检查', en: 'Written self-review ordered' },
  organisational: { zh: '组织处理', en: 'Organisational measures' },
  referral: { zh: '移送纪检监察机关', en: 'Referred to discipline inspection' },
} as const
export type AccountabilityForm = keyof typeof ACCOUNTABILITY_FORMS

export const RECORD_STATUSES = {
  proposed: { zh: '待确认（系统提议）', en: 'Proposed by the rule' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
} as const
export type RecordStatus = keyof typeof RECORD_STATUSES

type Existing = { status: RecordStatus | string; exposures: readonly Id[] }

/**
 * Whether the rule should propose a record for a flagged unit: not when a proposal is still waiting,
 * nor when a record already covers every flagged item.
 */
export function needsProposal(flagged: readonly Id[], existing: readonly Existing[]): boolean {
  if (flagged.length === 0) return false
  if (existing.some((record) => record.status === 'proposed')) return false
  const want = flagged.map(String)
  return !existing.some((record) => {
    const have = new Set(record.exposures.map(String))
    return want.every((id) => have.has(id))
  })
}

/** The proposal's summary line, e.g. 曝光三次仍未整改（3 条）：… */
export const proposalSummary = (titles: readonly string[]): string =>
  `曝光三次仍未整改（${titles.length} 条）：${titles.join('；')}。请审核员确认问责形式后确认。`
