/**
 * A round's ranking as a table for download (Excel, CSV): 名次, 单位, 单位代码, 总分, each
 * indicator, 升降, 榜单. Pure: the stored results and the units' names come in.
 */
import type { Id } from './tree.ts'

export type ExportCell = string | number | null
export type RankingTable = { header: string[]; rows: ExportCell[][] }

export type StoredResult = {
  unit?: Id | { id: Id } | null
  total?: number | null
  rank?: number | null
  movement?: number | null
  list?: 'red' | 'black' | null
  scores?: unknown
}

const LIST_NAMES = { red: '红榜', black: '黑榜' } as const

const idOf = (unit: StoredResult['unit']): string => (unit && typeof unit === 'object' ? String(unit.id) : String(unit ?? ''))

const scoreOf = (scores: unknown, key: string): number | null => {
  const value = scores && typeof scores === 'object' ? (scores as Record<string, unknown>)[key] : undefined
  return typeof value === 'number' ? value : null
}

/** Rows in rank order (ties keep their stored order); movement is a signed number (+ up, − down), empty for a new unit. */
export function rankingTable(
  indicators: readonly { key: string; name: string }[],
  results: readonly StoredResult[],
  units: ReadonlyMap<string, { name: string; code?: string | null }>,
): RankingTable {
  const header = ['名次', '单位', '单位代码', '总分', ...indicators.map((ind) => ind.name), '升降', '榜单']
  const sorted = results.map((row, i) => ({ row, i })).sort((a, b) => (a.row.rank ?? Infinity) - (b.row.rank ?? Infinity) || a.i - b.i)
  const rows = sorted.map(({ row }) => {
    const unit = units.get(idOf(row.unit))
    return [
      row.rank ?? null,
      unit?.name ?? `单位 ${idOf(row.unit)}`,
      unit?.code ?? '',
      row.total ?? null,
      ...indicators.map((ind) => scoreOf(row.scores, ind.key)),
      row.movement ?? null,
      row.list ? LIST_NAMES[row.list] : null,
    ]
  })
  return { header, rows }
}

/** A file name without characters Windows or Excel refuse. */
export const safeFileName = (title: string): string =>
  [...title]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .slice(0, 80) || 'ranking'
