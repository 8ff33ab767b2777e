/** Dates as residents read them: 2026年3月2日, always in China Standard Time (rule 18). */
import { chinaDay as day } from '../../cms/domain/dates.ts'

const formatter = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' })

/** formatDate's answers by the stored string: a list page shows the same few dates again and again (Intl's format is ~20× a lookup). */
const formatted = new Map<string, string>()
const FORMATTED_MAX = 100_000

export function formatDate(value: string | Date): string {
  if (typeof value !== 'string') return formatter.format(value)
  let text = formatted.get(value)
  if (text === undefined) {
    text = formatter.format(new Date(value))
    if (formatted.size >= FORMATTED_MAX) formatted.clear()
    formatted.set(value, text)
  }
  return text
}
export const isoDate = (value: string | Date): string => new Date(value).toISOString()

/** The calendar day (YYYY-MM-DD) in China Standard Time, matching what formatDate shows; one rule with the CMS. */
export const chinaDay = (value: string | Date): string => day(value) ?? String(value)

/** Newest first; the one sort rule every list and feed uses. */
export const byNewest = <T extends { date: string }>(a: T, b: T): number => b.date.localeCompare(a.date)
