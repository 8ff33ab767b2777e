/**
 * The audit export (审核记录导出): review-log entries and status changes of a period as CSV that
 * Excel opens (UTF-8 BOM, CRLF) and cannot turn into formulas: a cell starting with = + - @ (or a
 * tab / carriage return) gets a leading apostrophe. Pure.
 */
import { addChinaDays } from './dates.ts'

export const MAX_RANGE_DAYS = 366
export const MAX_ROWS = 50_000

export const AUDIT_HEADER = ['时间', '栏目', '文档ID', '标题', '操作', '操作人', '意见/理由'] as const
export type AuditRow = { at: string; section: string; id: string; title: string; action: string; by: string; comment: string }

/** One CSV cell: formula-escaped, quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The whole file: BOM, header, rows oldest first. */
export function auditCsv(rows: readonly AuditRow[]): string {
  const sorted = [...rows].sort((a, b) => a.at.localeCompare(b.at) || a.section.localeCompare(b.section))
  const lines = [
    AUDIT_HEADER.map(csvCell).join(','),
    ...sorted.map((r) => [r.at, r.section, r.id, r.title, r.action, r.by, r.comment].map(csvCell).join(',')),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The period [from 00:00, to 24:00) in Beijing time as UTC instants, or a Chinese message naming what is wrong. */
export function auditRange(
  from: string | null,
  to: string | null,
): { ok: true; start: string; end: string } | { ok: false; message: string } {
  if (!from || !to || !DAY.test(from) || !DAY.test(to))
    return { ok: false, message: '请用 from 和 to 给出日期，格式 YYYY-MM-DD / Give from and to as YYYY-MM-DD' }
  const start = new Date(`${from}T00:00:00+08:00`)
  const endDay = addChinaDays(new Date(`${to}T00:00:00+08:00`), 1)
  const end = endDay ? new Date(`${endDay}T00:00:00+08:00`) : null
  if (Number.isNaN(start.getTime()) || !end || Number.isNaN(end.getTime())) return { ok: false, message: '日期无效 / Invalid date' }
  if (end <= start) return { ok: false, message: '结束日期不能早于开始日期 / to must not be before from' }
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * 24 * 60 * 60 * 1000) {
    return { ok: false, message: `一次最多导出 ${MAX_RANGE_DAYS} 天 / At most ${MAX_RANGE_DAYS} days at a time` }
  }
  return { ok: true, start: start.toISOString(), end: end.toISOString() }
}

/** Whether an instant falls in [start, end). */
export const inRange = (at: string | null | undefined, start: string, end: string): boolean => {
  const t = at ? new Date(at).getTime() : Number.NaN
  return t >= new Date(start).getTime() && t < new Date(end).getTime()
}
