/**
 * 文明单位 / 文明村镇 / 文明家庭 / 文明校园: the rules of a title record. A title is awarded at a level
 * in a year, may stand in a public notice (公示) first, is re-examined (复查), and may be revoked
 * (摘牌) with a reason and a date. A revoked title stays public, marked 已摘牌. Pure: the clock and
 * the documents are passed in; days are China calendar days.
 */
import { chinaDay } from './dates.ts'
import { type NoticeState, noticeState } from './endorsements.ts'
import type { Id } from './ids.ts'

export type FieldError = { field: string; message: string }

export type TitleInput = {
  unit?: Id | null
  holder?: string | null
  year?: number | null
  noticeFrom?: string | null
  noticeTo?: string | null
  reviews?: readonly { year?: number | null; result?: string | null }[] | null
  revocation?: { date?: string | null; reason?: string | null } | null
}

/** The first year a title can be awarded in (the first national 文明单位 were named in the 1980s). */
export const FIRST_TITLE_YEAR = 1980

const filled = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined)

const yearOf = (day: string | null | undefined): number | null => {
  const d = day ? chinaDay(day) : null
  return d ? Number(d.slice(0, 4)) : null
}

/** Every problem of a title record, each naming its field (Chinese first, English after the slash). */
export function checkTitle(title: TitleInput, now: Date): FieldError[] {
  const errors: FieldError[] = []
  const thisYear = yearOf(now.toISOString()) ?? now.getUTCFullYear()
  if (!filled(title.unit) && !filled(title.holder))
    errors.push({
      field: 'holder',
      message: '称号持有者：请选择单位，或填写家庭、村镇、学校的名称。 / Holder: pick a unit or enter a name.',
    })
  const year = title.year
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_TITLE_YEAR || year > thisYear)
    errors.push({
      field: 'year',
      message: `授予年度：请填写 ${FIRST_TITLE_YEAR}–${thisYear} 之间的年份。 / Year awarded: ${FIRST_TITLE_YEAR}–${thisYear}.`,
    })
  const from = title.noticeFrom ? chinaDay(title.noticeFrom) : null
  const to = title.noticeTo ? chinaDay(title.noticeTo) : null
  if (Boolean(from) !== Boolean(to))
    errors.push({
      field: from ? 'noticeTo' : 'noticeFrom',
      message: '公示期：开始和结束日期要一起填写。 / Notice: give both the first and the last day.',
    })
  else if (from && to && from > to)
    errors.push({ field: 'noticeTo', message: '公示期：结束日期不能早于开始日期。 / Notice: the last day is before the first.' })
  const seen = new Set<number>()
  for (const [index, review] of (title.reviews ?? []).entries()) {
    const at = review.year
    if (typeof at !== 'number' || !Number.isInteger(at) || (typeof year === 'number' && at < year) || at > thisYear)
      errors.push({
        field: `reviews.${index}.year`,
        message: '复查年度：不能早于授予年度，也不能晚于今年。 / Review year: between the award and this year.',
      })
    else if (seen.has(at))
      errors.push({ field: `reviews.${index}.year`, message: `复查年度：${at} 年已有复查结果。 / Review year ${at} is listed twice.` })
    if (typeof at === 'number') seen.add(at)
  }
  const revocation = title.revocation ?? {}
  if (filled(revocation.date) !== filled(revocation.reason))
    errors.push({
      field: filled(revocation.date) ? 'revocation.reason' : 'revocation.date',
      message: '摘牌：摘牌日期和摘牌原因要一起填写。 / Revocation: give both the date and the reason.',
    })
  const revokedYear = yearOf(revocation.date)
  if (revokedYear !== null && typeof year === 'number' && revokedYear < year)
    errors.push({ field: 'revocation.date', message: '摘牌日期：不能早于授予年度。 / Revocation date: before the award year.' })
  return errors
}

export const TITLE_STATUS = {
  notice: { zh: '公示中', en: 'In public notice' },
  upcoming: { zh: '即将公示', en: 'Notice not yet open' },
  awarded: { zh: '有效', en: 'Held' },
  revoked: { zh: '已摘牌', en: 'Revoked' },
} as const
export type TitleStatus = keyof typeof TITLE_STATUS

/** Where a title stands today: revoked first, then its notice, else held. */
export function titleStatus(
  title: { noticeFrom?: string | null; noticeTo?: string | null; revocation?: { date?: string | null } | null },
  now: Date,
): TitleStatus {
  if (filled(title.revocation?.date)) return 'revoked'
  const notice: NoticeState = noticeState(title, now)
  if (notice === 'open') return 'notice'
  if (notice === 'before') return 'upcoming'
  return 'awarded'
}

/** The latest 复查 result (highest year), or null. */
export function latestReview<T extends { year: number }>(reviews: readonly T[]): T | null {
  return reviews.reduce<T | null>((best, review) => (best === null || review.year > best.year ? review : best), null)
}

// ---------------------------------------------------------------------------------------------
// 摘牌 proposals: "目标考核扣分、文明单位摘牌、领导干部问责" (seed 002, Bengbu). A confirmed 问责 of a
// unit proposes revoking each title the unit holds; a reviewer decides. Never removed automatically.

export const PROPOSAL_STATUS = {
  pending: { zh: '待审核', en: 'Pending' },
  accepted: { zh: '已摘牌', en: 'Accepted: revoked' },
  rejected: { zh: '不予摘牌', en: 'Rejected' },
} as const
export type ProposalStatus = keyof typeof PROPOSAL_STATUS

type HeldTitle = { id: Id; revoked: boolean }
type Existing = { title: Id; record: Id }

/** The titles a confirmed 问责 record should propose revoking: held (not revoked), with no proposal for this record yet. */
export function titlesToPropose(held: readonly HeldTitle[], record: Id, existing: readonly Existing[]): Id[] {
  const proposed = new Set(existing.filter((row) => String(row.record) === String(record)).map((row) => String(row.title)))
  return held.filter((title) => !title.revoked && !proposed.has(String(title.id))).map((title) => title.id)
}

/** The reason a proposal starts with (the reviewer may edit it before accepting). */
export const proposalReason = (record: { unit: string; form: string; date: string; summary: string }): string =>
  `${record.unit}于${record.date}被问责（${record.form}）：${record.summary.trim()} 按“目标考核扣分、文明单位摘牌、领导干部问责”的要求，提议摘牌。`

type Decision = { status?: string | null; reason?: string | null; revokedOn?: string | null; rejectReason?: string | null }

/** Checks a reviewer's decision on a proposal: a decided proposal never changes; accepting needs reason and date, rejecting a reason. */
export function checkDecision(before: ProposalStatus, after: Decision): FieldError[] {
  const status = after.status ?? before
  if (before !== 'pending' && status !== before)
    return [{ field: 'status', message: '摘牌提议已经处理，不能更改。 / This proposal has been decided and cannot change.' }]
  if (before !== 'pending') return []
  const errors: FieldError[] = []
  if (status === 'accepted') {
    if (!filled(after.reason)) errors.push({ field: 'reason', message: '摘牌原因：确认摘牌时必须填写。 / Reason: required to revoke.' })
    if (!filled(after.revokedOn)) errors.push({ field: 'revokedOn', message: '摘牌日期：确认摘牌时必须填写。 / Date: required to revoke.' })
  }
  if (status === 'rejected' && !filled(after.rejectReason))
    errors.push({ field: 'rejectReason', message: '不予摘牌的理由：驳回提议时必须填写。 / A reason is required to reject.' })
  return errors
}

/** The workbench's conditions (cms/domain/dashboard.ts Condition) for titles whose 公示 is open now (China days). */
export function openNoticeConditions(now: Date): [string, string, string | boolean][] {
  const today = chinaDay(now) as string
  return [
    ['noticeFrom', 'less_than_equal', `${today}T23:59:59.999Z`],
    ['noticeTo', 'greater_than_equal', `${today}T00:00:00.000Z`],
    ['revocation.date', 'exists', false],
  ]
}
