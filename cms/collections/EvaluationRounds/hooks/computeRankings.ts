import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import {
  type IndicatorDef,
  incompleteMessage,
  rankResults,
  type ScoreRow,
  validateEvaluation,
  weightedTotals,
} from '../../../domain/ranking.ts'
import { slugs } from '../../../slugs.ts'

type Id = number | string
const idOf = (value: unknown): Id => (value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id))

/** The latest published round of the same series that started before this one, for movement. */
async function previousRanks(req: Parameters<CollectionBeforeChangeHook>[0]['req'], series: string, start: string, self?: Id) {
  const { docs } = await req.payload.find({
    collection: slugs.evaluationRounds,
    where: { and: [{ series: { equals: series } }, { 'period.start': { less_than: start } }, { _status: { equals: 'published' } }] },
    sort: '-period.start',
    limit: 2,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previous = docs.find((doc) => String(doc.id) !== String(self))
  return previous?.results?.map((row) => ({ unit: idOf(row.unit), rank: row.rank ?? null })) ?? []
}

/**
 * Validate weights, scores and units; refuse to publish while a scored unit misses an indicator
 * (the message lists each missing unit × indicator; a draft may be incomplete); compute each unit's weighted total, rank (ties share a rank,
 * the next skips), movement against the previous round and the red/black lists. Stored, so the
 * site only reads.
 */
export const computeRankings: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const indicators = ((data.indicators ?? originalDoc?.indicators ?? []) as IndicatorDef[]).map(({ key, name, weight, maxScore }) => ({
    key,
    name,
    weight,
    maxScore,
  }))
  const rawScores = (data.scores ?? originalDoc?.scores ?? []) as { unit: unknown; indicator: string; score: number }[]
  const scores: ScoreRow[] = rawScores.map((row) => ({ unit: idOf(row.unit), indicator: row.indicator, score: Number(row.score) }))
  const unitIds = [...new Set(scores.map((row) => String(row.unit)))]
  const known = await req.payload.find({
    collection: slugs.units,
    where: { id: { in: unitIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  const errors = validateEvaluation(
    indicators,
    scores,
    known.docs.map((unit) => unit.id),
  )
  const names = new Map(known.docs.map((unit) => [String(unit.id), String(unit.name ?? unit.id)]))
  const incomplete = incompleteMessage(indicators, scores, (unit) => names.get(String(unit)) ?? `单位 ${unit}`)
  if (data._status === 'published' && incomplete) errors.push({ path: 'scores', message: incomplete })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.evaluationRounds, errors }, req.t)
  const series = String(data.series ?? originalDoc?.series)
  const start = String(data.period?.start ?? originalDoc?.period?.start)
  const previous = await previousRanks(req, series, start, originalDoc?.id)
  const listSize = Number(data.listSize ?? originalDoc?.listSize ?? 3)
  data.results = rankResults(weightedTotals(indicators, scores), previous, listSize).map((row) => ({
    unit: row.unit,
    total: row.total,
    rank: row.rank,
    previousRank: row.previousRank,
    movement: row.movement,
    list: row.list,
    scores: row.scores,
  }))
  return data
}
