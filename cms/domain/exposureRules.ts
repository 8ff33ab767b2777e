/**
 * Exposure board (曝光台) rules: deadlines, overdue detection and the "three strikes" accountability
 * trigger (曝光三次仍未整改的启动问责程序). Pure: `now` is always passed in.
 */
import type { Id } from './tree.ts'

/** Where an exposed problem stands in its rectification (整改). */
export type RectificationStatus = 'pending' | 'in-progress' | 'rectified' | 'overdue' | 'accountability'

/** Labels for each status, Chinese for the admin and public site, English for logs and feeds. */
export const RECTIFICATION_LABELS: Record<RectificationStatus, { zh: string; en: string }> = {
  pending: { zh: '待整改', en: 'Pending' },
  'in-progress': { zh: '整改中', en: 'In progress' },
  rectified: { zh: '已整改', en: 'Rectified' },
  overdue: { zh: '逾期', en: 'Overdue' },
  accountability: { zh: '问责', en: 'Accountability' },
}

/** The fields the rules read from an exposure item. */
export type RectificationState = { deadline: string; status: RectificationStatus; rectifiedAt?: string | null }

/** An exposure item as the three-strikes rule needs it. */
export type ExposureItem = RectificationState & { id: Id; unit: Id; title: string; foundAt: string }

/** A unit that reached the strike threshold, with the items that count (oldest first). */
export type StrikeFlag = { unit: Id; items: { id: Id; title: string }[] }

const DAY_MS = 24 * 60 * 60 * 1000

const time = (value: string | Date): number => new Date(value).getTime()

const day = (value: string | Date): string => {
  const t = time(value)
  return Number.isNaN(t) ? String(value) : new Date(t).toISOString().slice(0, 10)
}

/** The default deadline: `foundAt` plus `days` calendar days (UTC), as an ISO string. */
export function defaultDeadline(foundAt: string | Date, days: number): string {
  const result = new Date(time(foundAt))
  result.setUTCDate(result.getUTCDate() + days)
  return result.toISOString()
}

/** A message when the deadline is missing, unreadable or before the date found; null when it is fine (same moment allowed). */
export function validateDeadline(foundAt: string | Date, deadline: string | Date): string | null {
  const found = time(foundAt)
  const due = time(deadline)
  if (Number.isNaN(due)) return '整改期限不是有效日期 / The rectification deadline is not a valid date'
  if (Number.isNaN(found)) return '发现日期不是有效日期 / The date found is not a valid date'
  if (due >= found) return null
  const [f, d] = [day(foundAt), day(deadline)]
  return `整改期限（${d}）不能早于发现日期（${f}），请选择 ${f} 或之后 / The deadline (${d}) must not be before the date found (${f}); pick ${f} or later`
}

/** True when the item counts as fixed: status rectified, or a rectification time is recorded. */
export function isRectified(item: RectificationState): boolean {
  return item.status === 'rectified' || Boolean(item.rectifiedAt)
}

/** Not rectified and `now` is strictly after the deadline. */
export function isOverdue(item: RectificationState, now: Date): boolean {
  return !isRectified(item) && now.getTime() > time(item.deadline)
}

/** Rectified, but only after the deadline had passed. */
export function wasRectifiedLate(item: RectificationState): boolean {
  return isRectified(item) && Boolean(item.rectifiedAt) && time(item.rectifiedAt!) > time(item.deadline)
}

/** The status to show: accountability stays; anything fixed is rectified; open items past the deadline are overdue. */
export function effectiveStatus(item: RectificationState, now: Date): RectificationStatus {
  if (item.status === 'accountability') return 'accountability'
  if (isRectified(item)) return 'rectified'
  if (item.status === 'overdue' || isOverdue(item, now)) return 'overdue'
  return item.status
}

const URGENCY: Record<RectificationStatus, number> = { accountability: 0, overdue: 1, 'in-progress': 2, pending: 2, rectified: 3 }

/** Sort key for the admin list, smaller = more urgent: accountability 0, overdue 1, open 2, rectified 3. */
export function urgency(item: RectificationState, now: Date): number {
  return URGENCY[effectiveStatus(item, now)]
}

/** Counts as a strike: not rectified and either past the deadline or already under accountability. */
function isStrike(item: RectificationState, now: Date): boolean {
  return !isRectified(item) && (item.status === 'accountability' || isOverdue(item, now))
}

const compareIds = (a: Id, b: Id): number => {
  const [x, y] = [String(a), String(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

const byFoundAt = (a: ExposureItem, b: ExposureItem): number => time(a.foundAt) - time(b.foundAt) || compareIds(a.id, b.id)

/** Units with at least `threshold` unfixed overdue items found within [now − windowDays, now]; units sorted by id. */
export function threeStrikes(items: readonly ExposureItem[], now: Date, windowDays: number, threshold = 3): StrikeFlag[] {
  const end = now.getTime()
  const start = end - windowDays * DAY_MS
  const byUnit = new Map<string, { unit: Id; items: ExposureItem[] }>()
  for (const item of items) {
    const found = time(item.foundAt)
    if (!(found >= start && found <= end) || !isStrike(item, now)) continue
    const entry = byUnit.get(String(item.unit)) ?? { unit: item.unit, items: [] }
    entry.items.push(item)
    byUnit.set(String(item.unit), entry)
  }
  return [...byUnit.values()]
    .filter((entry) => entry.items.length >= threshold)
    .sort((a, b) => compareIds(a.unit, b.unit))
    .map((entry) => ({ unit: entry.unit, items: [...entry.items].sort(byFoundAt).map(({ id, title }) => ({ id, title })) }))
}
