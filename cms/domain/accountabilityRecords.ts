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

/** The 事由 field's limit (cms/collections/AccountabilityRecords: maxLength). */
export const SUMMARY_MAX_LENGTH = 1000

/**
 * The proposal's summary line, e.g. 曝光三次仍未整改（3 条）：… Past SUMMARY_MAX_LENGTH characters the
 * titles stop with 等 N 条 (a unit with hundreds of strikes would otherwise get a summary its field refuses).
 */
export function proposalSummary(titles: readonly string[]): string {
  const head = `曝光三次仍未整改（${titles.length} 条）：`
  const tail = '。请审核员确认问责形式后确认。'
  const all = `${head}${titles.join('；')}${tail}`
  if (all.length <= SUMMARY_MAX_LENGTH) return all
  const more = `等 ${titles.length} 条`
  const listed: string[] = []
  let length = head.length + more.length + tail.length
  for (const title of titles) {
    const added = title.length + (listed.length > 0 ? 1 : 0)
    if (length + added > SUMMARY_MAX_LENGTH) break
    listed.push(title)
    length += added
  }
  return `${head}${listed.join('；')}${more}${tail}`
}
