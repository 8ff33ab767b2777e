/**
 * The demo's clock. Most demo dates are fixed (2026), but the exposure items the demo relies on
 * being recent — the three strikes that start accountability within ACCOUNTABILITY_WINDOW_DAYS
 * (default 90) and the items still open — count back from the day the seed runs, so the demo stays
 * true whenever it is seeded. Days are China calendar days (Asia/Shanghai), as the rules use.
 */
import { addChinaDays, chinaDay } from '../../cms/domain/dates.ts'

/** The China calendar day the seed data was loaded (YYYY-MM-DD). */
export const SEED_DAY: string = chinaDay(new Date()) as string

/** The China day `days` before the seeding day (a negative number counts forward). */
export const daysAgo = (days: number): string => addChinaDays(SEED_DAY, -days) as string

/** The China day `days` after the seeding day. */
export const daysAhead = (days: number): string => daysAgo(-days)

/** The day `days` after (or before, if negative) a given day. */
export const shiftDay = (day: string, days: number): string => addChinaDays(day, days) as string

/** A day as written in a bulletin: 9月3日, with the year (2026年9月3日) when it differs from `within`'s year. */
export function dayText(day: string, within: string): string {
  const md = `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
  return day.slice(0, 4) === within.slice(0, 4) ? md : `${day.slice(0, 4)}年${md}`
}
