/**
 * Bulletin issue numbers (督查专报 第N期): numbered per series per calendar year, the year taken in
 * Asia/Shanghai. Numbers are never reused, so a deleted issue leaves a gap.
 */

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** The calendar year of a moment in Asia/Shanghai ('2025-12-31T17:00:00Z' → 2026). */
export function issueYear(date: string | Date): number {
  const t = new Date(date).getTime()
  if (Number.isNaN(t)) throw new RangeError(`通报日期无效：${String(date)} / Invalid bulletin date: ${String(date)}`)
  return new Date(t + SHANGHAI_OFFSET_MS).getUTCFullYear()
}

/** The next issue number: the highest claimed number plus one, or 1 for the first issue of the year. */
export function nextIssueNumber(claimed: readonly number[]): number {
  const valid = claimed.filter((n) => Number.isFinite(n))
  return valid.length === 0 ? 1 : Math.max(...valid) + 1
}

/** The issue label, e.g. 2026年第13期. */
export function formatIssue(year: number, number: number): string {
  return `${year}年第${number}期`
}
