/** Dates as residents read them: 2026年3月2日, always in China Standard Time. */
const formatter = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' })

export const formatDate = (value: string | Date): string => formatter.format(new Date(value))
export const isoDate = (value: string | Date): string => new Date(value).toISOString()

/** Newest first; the one sort rule every list and feed uses. */
export const byNewest = <T extends { date: string }>(a: T, b: T): number => b.date.localeCompare(a.date)
