/**
 * The workbench (工作台): per-role counts as links to filtered admin lists, and each public section's
 * freshness against its threshold (a government site is flagged when a section goes two weeks without
 * an update). Pure: the clock and the numbers are passed in.
 */

import { contentTypes, type PublicSlug, typeOfSlug } from './contentTypes/index.ts'
import { DUE_SOON_WORKING_DAYS } from './messages/deadline.ts'
import { replyDeadline } from './messages/workingDays.ts'

/** The threshold when a section's table entry gives none (every entry does today). */
export const DEFAULT_STALE_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

/** Public sections an inspector looks at, in the order the workbench lists them (the content-type table's). */
export const SECTIONS = Object.fromEntries(contentTypes.map((type) => [type.slug, type.workbench.label])) as Record<
  PublicSlug,
  { zh: string; en: string }
>
export type Section = PublicSlug
export const SECTION_SLUGS: readonly Section[] = contentTypes.map((type) => type.slug)

export type Freshness = {
  section: Section
  label: string
  lastUpdate: string | null
  days: number | null
  threshold: number
  stale: boolean
}

/** The threshold of a section: its configured whole number of days (1–365), else the default. */
export function thresholdFor(section: Section, configured: readonly { section?: string | null; days?: number | null }[]): number {
  const days = configured.find((row) => row.section === section)?.days
  const fallback = typeOfSlug(section)?.workbench.staleDays ?? DEFAULT_STALE_DAYS
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365 ? days : fallback
}

/** Whole days since the last published update (null when never), and whether that is past the threshold. */
export function freshness(section: Section, lastUpdate: string | null, threshold: number, now: Date): Freshness {
  const time = lastUpdate ? new Date(lastUpdate).getTime() : Number.NaN
  const days = Number.isNaN(time) ? null : Math.max(0, Math.floor((now.getTime() - time) / DAY_MS))
  return {
    section,
    label: SECTIONS[section].zh,
    lastUpdate: days === null ? null : lastUpdate,
    days,
    threshold,
    stale: days === null || days > threshold,
  }
}

type WhereValue = string | number | boolean
/** A condition as the admin list's URL understands it: [field path, operator, value]. */
export type Condition = readonly [string, string, WhereValue]

/** The admin list link for a collection filtered by all conditions (and), sorted: /admin/collections/x?where[and][0][f][op]=v&sort=… */
export function listLink(collection: string, conditions: readonly Condition[], sort?: string): string {
  const params = conditions.map(
    ([field, op, value], i) => `${encodeURIComponent(`where[and][${i}][${field}][${op}]`)}=${encodeURIComponent(String(value))}`,
  )
  if (sort) params.push(`sort=${encodeURIComponent(sort)}`)
  return `/admin/collections/${collection}${params.length ? `?${params.join('&')}` : ''}`
}

/** The same conditions as a Payload `where` for counting, so the number and the link always agree. */
export function whereOf(conditions: readonly Condition[]): { and: Record<string, Record<string, WhereValue>>[] } {
  return { and: conditions.map(([field, op, value]) => ({ [field]: { [op]: value } })) }
}

/** Waiting time in Chinese for the review queue: 3 天 5 小时, 2 小时, 不到 1 小时. */
export function waitingTime(since: string, now: Date): string {
  const hours = Math.floor((now.getTime() - new Date(since).getTime()) / (60 * 60 * 1000))
  if (!(hours >= 1)) return '不到 1 小时'
  const days = Math.floor(hours / 24)
  return days > 0 ? `${days} 天${hours % 24 ? ` ${hours % 24} 小时` : ''}` : `${hours} 小时`
}

export type SpecialCount = { key: string; label: string; collection: string; conditions: Condition[]; tone?: 'warn' | 'danger' }

/** 志愿服务 on the workbench: new sign-ups this week, and sign-ups of ended activities whose attendance is not recorded yet. */
export function volunteeringCounts(now: Date): SpecialCount[] {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000).toISOString()
  return [
    {
      key: 'volunteerSignups',
      label: '近 7 天志愿报名',
      collection: 'volunteer-signups',
      conditions: [
        ['status', 'equals', 'signed'],
        ['createdAt', 'greater_than', weekAgo],
      ],
    },
    {
      key: 'attendanceDue',
      label: '待登记出勤的志愿报名',
      collection: 'volunteer-signups',
      conditions: [
        ['status', 'equals', 'signed'],
        ['attended', 'not_equals', true],
        ['activity.endsAt', 'less_than', now.toISOString()],
      ],
      tone: 'warn',
    },
  ]
}

/** 问卷调查 on the workbench: published surveys taking answers now (open time passed, close time not yet). */
export function openSurveyConditions(now: Date): Condition[] {
  return [
    ['_status', 'equals', 'published'],
    ['opensAt', 'less_than_equal', now.toISOString()],
    ['closesAt', 'greater_than', now.toISOString()],
  ]
}

/**
 * 留言 on the workbench: not routed to a unit yet (待分办), unanswered past the reply deadline (已超期)
 * and unanswered with at most DUE_SOON_WORKING_DAYS working days left (即将超期) — the same split as
 * dueState (cms/domain/messages/deadline.ts): a deadline is at most N working days away exactly when
 * it is no later than replyDeadline(now, N), so the admin list filters by a plain date range.
 */
export function messageConditions(now: Date): Record<'unrouted' | 'overdue' | 'dueSoon', Condition[]> {
  const open: Condition = ['answeredAt', 'exists', false]
  const cutoff = replyDeadline(now, DUE_SOON_WORKING_DAYS).toISOString()
  return {
    unrouted: [open, ['unit', 'exists', false]],
    overdue: [open, ['deadline', 'less_than_equal', now.toISOString()]],
    dueSoon: [open, ['deadline', 'greater_than', now.toISOString()], ['deadline', 'less_than_equal', cutoff]],
  }
}

/** The three 留言 counts; 待分办 only for staff (a liaison sees messages once routed to their unit). */
export function messageCounts(now: Date, staff: boolean): SpecialCount[] {
  const conditions = messageConditions(now)
  const collection = 'messages'
  return [
    ...(staff
      ? [{ key: 'messagesUnrouted', label: '待分办的市民留言', collection, conditions: conditions.unrouted, tone: 'warn' as const }]
      : []),
    { key: 'messagesOverdue', label: '已超期未答复的留言', collection, conditions: conditions.overdue, tone: 'danger' },
    { key: 'messagesDueSoon', label: '即将超期的留言', collection, conditions: conditions.dueSoon, tone: 'warn' },
  ]
}
