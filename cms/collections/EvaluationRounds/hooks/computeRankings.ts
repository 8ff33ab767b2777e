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
type StoredScore = { unit: unknown; indicator: string; score?: number | null; notApplicable?: boolean | null }

/** A stored score row as the rules read it: an empty score is null (missing, or 不涉及 when ticked). */
const scoreRow = (row: StoredScore): ScoreRow => ({
  unit: idOf(row.unit),
  indicator: row.indicator,
  score: row.score === null || row.score === undefined ? null : Number(row.score),
  notApplicable: row.notApplicable === true,
})

/**
 * Validate weights, scores and units; refuse to publish while a scored unit misses the score of an
 * indicator that is not 不涉及 for it (the message lists each missing unit × indicator; a draft may
 * be incomplete); compute each unit's weighted total (re-weighted over the indicators that apply),
 * rank (ties share a rank, the next skips) and the red/black lists. Stored, so the site only reads.
 * Movement is not stored: addMovement works it out whenever the round is read.
 */
export const computeRankings: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const indicators = ((data.indicators ?? originalDoc?.indicators ?? []) as IndicatorDef[]).map(({ key, name, weight, maxScore }) => ({
    key,
    name,
    weight,
    maxScore,
  }))
  const scores = ((data.scores ?? originalDoc?.scores ?? []) as StoredScore[]).map(scoreRow)
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
  const listSize = Number(data.listSize ?? originalDoc?.listSize ?? 3)
  data.results = rankResults(weightedTotals(indicators, scores), [], listSize).map((row) => ({
    unit: row.unit,
    total: row.total,
    rank: row.rank,
    list: row.list,
    scores: row.scores,
    notApplicable: row.notApplicable,
  }))
  return data
}
