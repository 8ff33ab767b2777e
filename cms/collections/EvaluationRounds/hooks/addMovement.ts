import type { CollectionAfterReadHook } from 'payload'
import { movementAgainst, previousRound, type RankRow, type SeriesRound } from '../../../domain/rankMovement.ts'
import { slugs } from '../../../slugs.ts'

type Id = number | string
type Row = { unit?: unknown; rank?: number | null }
const idOf = (value: unknown): Id => (value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id))
const rankRows = (rows: readonly Row[] | null | undefined): RankRow[] =>
  (rows ?? []).map((row) => ({ unit: idOf(row.unit), rank: typeof row.rank === 'number' ? row.rank : null }))

/**
 * Fill each result's previousRank and movement (virtual fields) from the published rounds of the
 * series as they are now, so the admin, REST and the export never show a movement that an earlier
 * correction or unpublish made stale. Reads through the database adapter, not payload.find, so the
 * rounds it reads do not run this hook again (and the request's context is left alone).
 */
export const addMovement: CollectionAfterReadHook = async ({ doc, req }) => {
  const results = doc?.results as Row[] | undefined
  const start = doc?.period?.start
  if (!Array.isArray(results) || results.length === 0 || typeof doc.series !== 'string' || !start) return doc
  const { docs } = await req.payload.db.find<{ id: Id; series: string; period?: { start?: string }; results?: Row[] }>({
    collection: slugs.evaluationRounds,
    where: { and: [{ series: { equals: doc.series } }, { _status: { equals: 'published' } }] },
    pagination: false,
    limit: 0,
    select: { series: true, period: { start: true }, results: { unit: true, rank: true } },
    req,
  })
  const rounds: SeriesRound[] = docs.map((round) => ({
    id: round.id,
    series: round.series,
    start: String(round.period?.start ?? ''),
    results: rankRows(round.results),
  }))
  const previous = previousRound(rounds, { id: doc.id, series: doc.series, start: String(start) })
  const moves = movementAgainst(rankRows(results), previous?.results ?? null)
  doc.results = results.map((row, i) => ({ ...row, ...moves[i] }))
  return doc
}
