/**
 * China time (Asia/Shanghai, rule 18): date-only values and deadlines are calendar days in China.
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact.
 * Pure: every "now" is passed in.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const DAY = /^\d{4}-\d{2}-\d{2}$/

const time = (value: string | Date): number => new Date(value).getTime()

/** The calendar day (YYYY-MM-DD) of an instant in China; a bare 'YYYY-MM-DD' is that day. Invalid input → null. */
export function chinaDay(value: string | Date): string | null {
  if (typeof value === 'string' && DAY.test(value)) return value
  const t = time(value)
  return Number.isNaN(t) ? null : new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant a China calendar day begins: '2026-03-10' → 2026-03-09T16:00:00.000Z. */
export function chinaDayStart(day: string): Date {
  return new Date(time(`${day}T00:00:00.000Z`) - CHINA_OFFSET_MS)
}

/** The China calendar day `days` after (or before, if negative) the day of `value`. */
export function addChinaDays(value: string | Date, days: number): string | null {
  const day = chinaDay(value)
  return day === null ? null : new Date(time(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** How a date-only value is stored: midnight UTC of the China day ('2026-03-10' → '2026-03-10T00:00:00.000Z'). */
export const storedDay = (day: string): string => `${day}T00:00:00.000Z`

/** True once the China calendar day of `deadline` has ended: at 00:00 Beijing time the next day, not before. */
export function isPastDay(deadline: string | Date, now: Date): boolean {
  const day = chinaDay(deadline)
  const today = chinaDay(now)
  return day !== null && today !== null && today > day
}

/** 2026-12-01 (a China day) → 2026年12月1日, as residents read dates; `empty` when there is no day. */
export const chineseDate = (day: string | null | undefined, empty = ''): string =>
  day ? `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日` : empty
