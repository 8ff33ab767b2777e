/**
 * Exposure board (曝光台) rules: deadlines, overdue detection and the "three strikes" accountability
 * trigger (曝光三次仍未整改的启动问责程序). Deadlines are calendar days in China (Asia/Shanghai): an item
 * is overdue once its deadline day has ended in Beijing time. Pure: `now` is always passed in.
 */
import { addChinaDays, chinaDay, chinaDayStart, isPastDay, storedDay } from './dates.ts'
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

/** Days from finding to the default deadline when nothing is configured (EXPOSURE_DEADLINE_DAYS). */
export const DEFAULT_DEADLINE_DAYS = 3

/** The three-strikes rule as editors and residents read it, with the window it counts in. */
export function accountabilityRule(windowDays: number): { zh: string; en: string } {
  return {
    zh: `曝光三次仍未整改的启动问责程序：同一单位在 ${windowDays} 天内有三条逾期未整改的曝光事项时，系统自动将这些事项和该单位标为“问责”（不能手动选择）；事项整改完成后请选“已整改”。`,
    en: `Three strikes: when a unit has three unrectified overdue items found within ${windowDays} days, the system marks those items and the unit "Accountability" (it cannot be chosen by hand); pick "Rectified" once an item is fixed.`,
  }
}

const time = (value: string | Date): number => new Date(value).getTime()

const day = (value: string | Date): string => chinaDay(value) ?? String(value)

/** The default deadline: the China day `days` calendar days after the day found, stored as a date-only value. */
export function defaultDeadline(foundAt: string | Date, days: number): string {
  const due = addChinaDays(foundAt, days)
  if (due === null) throw new RangeError(`发现日期无效：${String(foundAt)} / Invalid date found: ${String(foundAt)}`)
  return storedDay(due)
}

/** A message when the deadline is missing, unreadable or on a day before the day found (China days); null when fine. */
export function validateDeadline(foundAt: string | Date, deadline: string | Date): string | null {
  if (Number.isNaN(time(deadline))) return '整改期限不是有效日期 / The rectification deadline is not a valid date'
  if (Number.isNaN(time(foundAt))) return '发现日期不是有效日期 / The date found is not a valid date'
  const [f, d] = [day(foundAt), day(deadline)]
  if (d >= f) return null
  return `整改期限（${d}）不能早于发现日期（${f}），请选择 ${f} 或之后 / The deadline (${d}) must not be before the date found (${f}); pick ${f} or later`
}

/** True when the item counts as fixed: status rectified, or a rectification time is recorded. */
export function isRectified(item: RectificationState): boolean {
  return item.status === 'rectified' || Boolean(item.rectifiedAt)
}

/** Not rectified and the deadline's China calendar day has ended (overdue from 00:00 Beijing time the next day). */
export function isOverdue(item: RectificationState, now: Date): boolean {
  return !isRectified(item) && isPastDay(item.deadline, now)
}

const HOUR_MS = 60 * 60 * 1000

/** The moment a deadline passes: the end of its China calendar day (00:00 Beijing time the next day); null if unreadable. */
export function deadlineEnds(deadline: string | Date): Date | null {
  const next = addChinaDays(deadline, 1)
  return next === null ? null : chinaDayStart(next)
}

/**
 * Due soon (工作台 "24 小时内到期"): not rectified, not overdue and not in 问责, and the deadline day
 * ends within the next `hours` hours (China time). A deadline long passed is overdue, never due soon.
 */
export function isDueSoon(item: RectificationState, now: Date, hours = 24): boolean {
  if (isRectified(item) || item.status === 'overdue' || item.status === 'accountability' || isOverdue(item, now)) return false
  const ends = deadlineEnds(item.deadline)
  return ends !== null && ends.getTime() > now.getTime() && ends.getTime() - now.getTime() <= hours * HOUR_MS
}

/**
 * The stored-deadline range [from, to) that holds exactly the deadline days isDueSoon accepts, for a
 * database query: from the start of today (China) to the start of the China day `hours` from now.
 */
export function dueSoonRange(now: Date, hours = 24): { from: string; to: string } {
  const today = chinaDay(now) ?? now.toISOString().slice(0, 10)
  const last = chinaDay(new Date(now.getTime() + hours * HOUR_MS)) ?? today
  return { from: chinaDayStart(today).toISOString(), to: chinaDayStart(last).toISOString() }
}

/** Rectified, but on a China day after the deadline day. */
export function wasRectifiedLate(item: RectificationState): boolean {
  return isRectified(item) && Boolean(item.rectifiedAt) && day(item.rectifiedAt!) > day(item.deadline)
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

/** Units with at least `threshold` unfixed overdue items found on China days [today − windowDays, today]; units sorted by id. */
export function threeStrikes(items: readonly ExposureItem[], now: Date, windowDays: number, threshold = 3): StrikeFlag[] {
  const end = day(now)
  const start = addChinaDays(now, -windowDays) ?? end
  const byUnit = new Map<string, { unit: Id; items: ExposureItem[] }>()
  for (const item of items) {
    const found = day(item.foundAt)
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

/**
 * The status changes that make items agree with their unit's three-strikes flag: the flagged items
 * become 问责, and an item no longer counted (rectified, or out of the window) leaves 问责 for the
 * status its dates give it. Only items whose status must change are returned.
 */
export function accountabilityChanges(
  items: readonly ExposureItem[],
  flagged: readonly Id[],
  now: Date,
): { id: Id; status: RectificationStatus }[] {
  const marked = new Set(flagged.map(String))
  return items.flatMap((item) => {
    const target: RectificationStatus = marked.has(String(item.id))
      ? 'accountability'
      : item.status === 'accountability'
        ? effectiveStatus({ ...item, status: 'pending' }, now)
        : item.status
    return target === item.status ? [] : [{ id: item.id, status: target }]
  })
}

const MANUAL_ACCOUNTABILITY =
  '整改状态不能手动选择“问责”：它由系统按“曝光三次仍未整改的启动问责程序”自动设置，请选择其他状态。 / ' +
  'The status "Accountability" is set by the three-strikes rule only; choose another status.'
const VERIFICATION_ONLY =
  '“已整改”须由审核员核实后设置：联络员和编辑请填写整改回复、上传整改后照片并提交审核。 / ' +
  '"Rectified" is set by a reviewer after verification: submit the reply and after-photos for review.'

/**
 * Who may choose which rectification status by hand: 问责 never (the three-strikes rule sets it);
 * 已整改 only a reviewer or an admin (verification, 核实销号); the rest anyone who may edit the item.
 * Keeping a status unchanged is always allowed. Returns the refusal message, or null.
 */
export function statusChoiceProblem(role: string, previous: string | null | undefined, chosen: string | null | undefined): string | null {
  if (!chosen || chosen === previous) return null
  if (chosen === 'accountability') return MANUAL_ACCOUNTABILITY
  if (chosen === 'rectified' && role !== 'reviewer' && role !== 'admin') return VERIFICATION_ONLY
  return null
}
