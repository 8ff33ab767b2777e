/**
 * 政务公开 document rules: the 文号 (发文字号) form, the dates (China days) and validity with its
 * replacement. Pure: the replacement is passed in as already read.
 */
import { chinaDay, storedDay } from './dates.ts'

export type FieldError = { path: string; message: string }
export type Validity = 'effective' | 'revised' | 'repealed'

/** 发文字号 as GB/T 9704 writes it: 机关代字〔年份〕序号号, the year in 六角括号, the number without leading zeros. */
export const DOC_NUMBER_PATTERN = /^[\u4e00-\u9fff]{1,20}〔(\d{4})〕([1-9]\d{0,3})号$/
export const DOC_NUMBER_EXAMPLE = '示文明办〔2026〕3号'

/** The usual slips fixed: other brackets for 〔〕, spaces, a leading zero in the number. */
export function tidyDocNumber(value: string): string {
  return value
    .replace(/\s+/g, '')
    .replace(/[[［(（【]/g, '〔')
    .replace(/[\]］)）】]/g, '〕')
    .replace(/〕0+(\d)/, '〕$1')
}

/** The year in a well-formed 文号 ('示文明办〔2026〕3号' → 2026), else null. */
export function docNumberYear(value: string): number | null {
  const match = DOC_NUMBER_PATTERN.exec(value)
  return match ? Number(match[1]) : null
}

/** Null when the 文号 is empty or well formed; otherwise the message, with the corrected form when a slip explains it. */
export function checkDocNumber(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  const text = String(value)
  if (DOC_NUMBER_PATTERN.test(text)) return null
  const fixed = tidyDocNumber(text)
  const hint = DOC_NUMBER_PATTERN.test(fixed) ? `应写作“${fixed}”` : `例如“${DOC_NUMBER_EXAMPLE}”`
  return (
    `文号（docNumber）“${text}”格式不对：应为“机关代字〔年份〕序号号”，年份用六角括号〔〕，序号不编虚位，${hint}。 / ` +
    `Document number (docNumber) "${text}": write it as agency code〔year〕number号, e.g. "${DOC_NUMBER_EXAMPLE}".`
  )
}

/** How a date-only value of a document is stored: midnight UTC of its China day (null when empty or invalid). */
export function documentDay(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const day = chinaDay(value)
  return day === null ? null : storedDay(day)
}

/** The China calendar year a document was published in (its 发布日期), for the library's year filter. */
export function documentYear(publishDate: string): string {
  return (chinaDay(publishDate) ?? publishDate).slice(0, 4)
}
