/**
 * Working days in China (rule 18) for the 留言 reply deadline: weekends, the State Council's statutory
 * holidays (法定节假日) and its make-up working days (调休上班) from the `chinese-days` package, which
 * carries each year's 国务院办公厅 notice on holiday arrangements. A year the package does not carry yet
 * (the notice comes out each November) counts Monday–Friday only: `calendarKnows` says which.
 * Pure: every instant is passed in.
 */
// The package's data file, not its code: its ES build is mislabelled for bundlers (no "type": "module",
// so the admin's Turbopack build refuses it) and its CommonJS build has no named exports for Node's ESM loader.
import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' }
import { addChinaDays, chinaDay, chinaDayStart } from '../dates.ts'

const holidays: Readonly<Record<string, string>> = calendar.holidays
/** 调休: weekend days that are working days. */
const workdays: Readonly<Record<string, string>> = calendar.workdays
const knownYears = new Set(Object.keys(holidays).map((day) => Number(day.slice(0, 4))))

/** Does the calendar carry the State Council's schedule for that year? */
export const calendarKnows = (year: number): boolean => knownYears.has(year)

/** Is this China day ('2026-02-14') a working day? */
export function isWorkingDay(day: string): boolean {
  if (day in workdays) return true
  if (day in holidays) return false
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The China day `count` working days after the day of `from` (that day itself not counted). */
export function addWorkingDays(from: string | Date, count: number): string {
  let day = chinaDay(from) ?? ''
  for (let left = count; left > 0; ) {
    day = addChinaDays(day, 1) ?? ''
    if (isWorkingDay(day)) left -= 1
  }
  return day
}

/**
 * The reply deadline of a message received at `receivedAt`: the end (24:00 China time) of the
 * `workingDays`-th working day after the day it came in, as an instant.
 */
export function replyDeadline(receivedAt: string | Date, workingDays: number): Date {
  return chinaDayStart(addChinaDays(addWorkingDays(receivedAt, workingDays), 1) ?? '')
}

/** Working days from the day of `now` until the deadline's day (0 on the last day, negative once it passed). */
export function workingDaysLeft(deadline: string | Date, now: Date): number {
  const today = chinaDay(now) ?? ''
  const last = chinaDay(new Date(new Date(deadline).getTime() - 1)) ?? ''
  if (last < today) return -1
  let left = 0
  for (let day = today; day < last; ) {
    day = addChinaDays(day, 1) ?? ''
    if (isWorkingDay(day)) left += 1
  }
  return left
}
