/**
 * A round's ranking as a table for download (Excel, CSV): 名次, 单位, 单位代码, 总分, each
 * indicator, 升降, 榜单, 备注 — and, under it, the 不涉及 rule when any cell is 不涉及. Pure: the
 * round's results as read (movement worked out on read, cms/domain/rankMovement.ts) and the units'
 * names come in.
 */
import { NOT_APPLICABLE_NOTE, unrankedReason } from './ranking.ts'
import type { Id } from './tree.ts'

export type ExportCell = string | number | null
export type RankingTable = { header: string[]; rows: ExportCell[][]; notes: string[] }

export type StoredResult = {
  unit?: Id | { id: Id } | null
  total?: number | null
  rank?: number | null
  movement?: number | null
  list?: 'red' | 'black' | null
  scores?: unknown
  notApplicable?: unknown
}

const LIST_NAMES = { red: '红榜', black: '黑榜' } as const
export const NOT_APPLICABLE_CELL = '不涉及'

const idOf = (unit: StoredResult['unit']): string => (unit && typeof unit === 'object' ? String(unit.id) : String(unit ?? ''))

const scoresOf = (scores: unknown): Record<string, unknown> =>
  scores && typeof scores === 'object' ? (scores as Record<string, unknown>) : {}
const keysOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/** The 备注 cell: what is 不涉及 and how the total was made, or why the unit is not ranked; empty (null) otherwise. */
function remark(indicators: readonly { key: string; name: string }[], row: StoredResult): string | null {
  const notApplicable = keysOf(row.notApplicable)
  const reason = unrankedReason(indicators, { scores: scoresOf(row.scores), notApplicable })
  if (reason?.kind === 'not-applicable') return '全部指标不涉及，没有总分，不排名'
  if (reason?.kind === 'missing' && typeof row.rank !== 'number') return `缺项：${reason.indicators.join('、')}，不排名`
  const names = indicators.filter((ind) => notApplicable.includes(ind.key)).map((ind) => ind.name)
  return names.length > 0 ? `不涉及：${names.join('、')}；总分按适用指标折算为百分制` : null
}

/** Rows in rank order (ties keep their stored order); movement is a signed number (+ up, − down), empty for a new unit or a series' first round. */
export function rankingTable(
  indicators: readonly { key: string; name: string }[],
  results: readonly StoredResult[],
  units: ReadonlyMap<string, { name: string; code?: string | null }>,
): RankingTable {
  const header = ['名次', '单位', '单位代码', '总分', ...indicators.map((ind) => ind.name), '升降', '榜单', '备注']
  const sorted = results.map((row, i) => ({ row, i })).sort((a, b) => (a.row.rank ?? Infinity) - (b.row.rank ?? Infinity) || a.i - b.i)
  const rows = sorted.map(({ row }) => {
    const unit = units.get(idOf(row.unit))
    const scores = scoresOf(row.scores)
    const notApplicable = keysOf(row.notApplicable)
    const cell = (key: string): ExportCell => {
      if (notApplicable.includes(key)) return NOT_APPLICABLE_CELL
      const value = scores[key]
      return typeof value === 'number' ? value : null
    }
    return [
      row.rank ?? null,
      unit?.name ?? `单位 ${idOf(row.unit)}`,
      unit?.code ?? '',
      row.total ?? null,
      ...indicators.map((ind) => cell(ind.key)),
      row.movement ?? null,
      row.list ? LIST_NAMES[row.list] : null,
      remark(indicators, row),
    ]
  })
  const notes = results.some((row) => keysOf(row.notApplicable).length > 0) ? [NOT_APPLICABLE_NOTE] : []
  return { header, rows, notes }
}

/** A file name without characters Windows or Excel refuse. */
export const safeFileName = (title: string): string =>
  [...title]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .slice(0, 80) || 'ranking'
