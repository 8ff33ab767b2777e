/** Dates as residents read them: 2026年3月2日, always in China Standard Time. */
const formatter = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' })

export const formatDate = (value: string | Date): string => formatter.format(new Date(value))
export const isoDate = (value: string | Date): string => new Date(value).toISOString()

const dayFormatter = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai' })

/** The calendar day (YYYY-MM-DD) in China Standard Time, matching what formatDate shows. */
export const chinaDay = (value: string | Date): string => dayFormatter.format(new Date(value))

/** Newest first; the one sort rule every list and feed uses. */
export const byNewest = <T extends { date: string }>(a: T, b: T): number => b.date.localeCompare(a.date)
