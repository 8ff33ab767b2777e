/**
 * Working days in China (rule 18) for the 留言 reply deadline: weekends, the State Council's statutory
 * holidays (法定节假日) and its make-up working days (调休上班) from the `chinese-days` package, which
 * carries each year's 国务院办公厅 notice on holiday arrangements. A year the package does not carry yet
 * (the notice comes out each November) counts Monday–Friday only: `calendarKnows` says which.
 * Pure: every instant is passed in.
 */
// The package's CommonJS build has no named exports for Node's ESM loader: its default export carries them all.
import chineseDays from 'chinese-days'
import { addChinaDays, chinaDay, chinaDayStart } from '../dates.ts'

const knownYears = new Map<number, boolean>()

/** Does the calendar carry the State Council's schedule for that year? */
export function calendarKnows(year: number): boolean {
  let known = knownYears.get(year)
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    knownYears.set(year, known)
  }
  return known
}

/** Is this China day ('2026-02-14') a working day? */
export function isWorkingDay(day: string): boolean {
  if (calendarKnows(Number(day.slice(0, 4)))) return chineseDays.isWorkday(day)
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
