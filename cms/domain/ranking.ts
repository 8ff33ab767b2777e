/**
 * Evaluation rankings (测评排名, 红黑榜). Pure: indicator definitions and score rows come in,
 * weighted totals, ranks, movement and red/black lists go out.
 */
import { type Movement, movementAgainst } from './rankMovement.ts'
import type { Id } from './tree.ts'

/** One indicator of an evaluation round (e.g. 环境卫生, weight 40, scored out of 100). */
export type IndicatorDef = { key: string; name: string; weight: number; maxScore: number }

/**
 * One unit's raw score on one indicator. `notApplicable` marks the indicator 不涉及 for that unit
 * (no market, no station): it has no score and is left out of the unit's total. A null score that
 * is not 不涉及 is a missing score.
 */
export type ScoreRow = { unit: Id; indicator: string; score: number | null; notApplicable?: boolean }

/**
 * A unit's weighted total before ranking; `scores` holds the raw scores by indicator key and
 * `notApplicable` the 不涉及 indicator keys (indicator order). A unit missing the score of an
 * indicator that applies has `missing` (indicator keys, in indicator order) and no total; so has a
 * unit for which no indicator applies. Neither is ranked.
 */
export type UnitTotal = { unit: Id; total: number | null; scores: Record<string, number>; notApplicable: string[]; missing: string[] }

/** A ranked unit (rank null = not ranked: 缺项 or 全部不涉及), with movement against the previous round and its red/black list place. */
export type UnitResult = {
  unit: Id
  total: number | null
  rank: number | null
  previousRank: number | null
  movement: number | null
  list: 'red' | 'black' | null
  scores: Record<string, number>
  notApplicable: string[]
}

/** A validation error: `path` points at the offending field. */
export type EvaluationError = { path: string; message: string }

export { NOT_APPLICABLE_NOTE, NOT_APPLICABLE_RULE, TIE_RULE } from './rankingRules.ts'

/** Rounds to 2 decimals, half up, without float noise (1.005 → 1.01). */
export const round2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100

/**
 * A unit's total from its raw scores: Σ score / maxScore × weight over the indicators that apply,
 * re-weighted to 100 (× 100 / Σ applicable weights) when some are 不涉及 — every indicator applying
 * leaves the plain weighted sum untouched. Null when an applicable score is missing or none applies.
 */
export function unitTotal(indicators: readonly IndicatorDef[], raw: Readonly<Record<string, number>>, notApplicable: ReadonlySet<string>) {
  const applicable = indicators.filter((ind) => !notApplicable.has(ind.key))
  if (applicable.length === 0 || applicable.some((ind) => raw[ind.key] === undefined)) return null
  const sum = applicable.reduce((acc, ind) => acc + (ind.maxScore > 0 ? ((raw[ind.key] as number) / ind.maxScore) * ind.weight : 0), 0)
  if (applicable.length === indicators.length) return round2(sum)
  const weights = applicable.reduce((acc, ind) => acc + ind.weight, 0)
  return weights > 0 ? round2((sum / weights) * 100) : null
}

/**
 * Weighted total per unit (unitTotal), 2 decimals; a unit missing an applicable indicator's score,
 * or to which no indicator applies, gets no total. Units keep first-seen order.
 */
export function weightedTotals(indicators: readonly IndicatorDef[], scores: readonly ScoreRow[]): UnitTotal[] {
  const byUnit = new Map<string, { unit: Id; scores: Record<string, number>; notApplicable: Set<string> }>()
  const known = new Set(indicators.map((indicator) => indicator.key))
  for (const row of scores) {
    const entry = byUnit.get(String(row.unit)) ?? { unit: row.unit, scores: {}, notApplicable: new Set<string>() }
    if (known.has(row.indicator)) {
      if (row.notApplicable) entry.notApplicable.add(row.indicator)
      else if (typeof row.score === 'number' && Number.isFinite(row.score)) entry.scores[row.indicator] = row.score
    }
    byUnit.set(String(row.unit), entry)
  }
  return [...byUnit.values()].map(({ unit, scores: raw, notApplicable }) => {
    const missing = indicators.filter((ind) => !notApplicable.has(ind.key) && raw[ind.key] === undefined).map((ind) => ind.key)
    const skipped = indicators.filter((ind) => notApplicable.has(ind.key)).map((ind) => ind.key)
    return { unit, total: unitTotal(indicators, raw, notApplicable), scores: raw, notApplicable: skipped, missing }
  })
}

/** Why a unit has no total: the names of the applicable indicators it has no score on (缺项), or that none applies. Null when it can have one. */
export function unrankedReason(
  indicators: readonly Pick<IndicatorDef, 'key' | 'name'>[],
  row: { scores: Readonly<Record<string, unknown>>; notApplicable?: readonly string[] | null },
): { kind: 'missing'; indicators: string[] } | { kind: 'not-applicable' } | null {
  const skipped = new Set(row.notApplicable ?? [])
  const applicable = indicators.filter((ind) => !skipped.has(ind.key))
  if (indicators.length > 0 && applicable.length === 0) return { kind: 'not-applicable' }
  const missing = applicable.filter((ind) => typeof row.scores[ind.key] !== 'number').map((ind) => ind.name || ind.key)
  return missing.length > 0 ? { kind: 'missing', indicators: missing } : null
}

/** Every missing cell (unit × indicator key, not 不涉及) of the units that were scored, units in first-seen order. */
export function missingCells(indicators: readonly IndicatorDef[], scores: readonly ScoreRow[]): { unit: Id; indicator: string }[] {
  return weightedTotals(indicators, scores).flatMap((row) => row.missing.map((indicator) => ({ unit: row.unit, indicator })))
}

/** The red/black list size actually used: the asked size, shrunk to half the ranked units (rounded down) so the lists never overlap. */
export function effectiveListSize(rankedUnits: number, listSize: number): { size: number; shrunk: boolean } {
  const size = Math.max(0, Math.min(listSize, Math.floor(rankedUnits / 2)))
  return { size, shrunk: size < listSize }
}

const compareIds = (a: Id, b: Id): number => {
  const [x, y] = [String(a), String(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

const byTotalThenId = (a: UnitTotal, b: UnitTotal): number =>
  (b.total ?? Number.NEGATIVE_INFINITY) - (a.total ?? Number.NEGATIVE_INFINITY) || compareIds(a.unit, b.unit)

/**
 * Ranks the units that have a total (ties share a rank, next rank skips), adds movement against
 * `previous` (movementAgainst) and the red/black lists; units without a total (缺项, or 全部不涉及)
 * follow, unranked, in id order.
 */
export function rankResults(
  totals: readonly UnitTotal[],
  previous: readonly { unit: Id; rank: number | null }[] = [],
  listSize = 3,
): UnitResult[] {
  const complete = totals.filter((row) => row.total !== null && row.missing.length === 0).sort(byTotalThenId)
  const incomplete = totals.filter((row) => !complete.includes(row)).sort((a, b) => compareIds(a.unit, b.unit))
  const { size } = effectiveListSize(complete.length, listSize)
  const ranked = complete.map((row) => {
    const total = row.total as number
    const rank = complete.filter((other) => (other.total as number) > total).length + 1
    const lower = complete.filter((other) => (other.total as number) < total).length
    const list = rank <= size ? ('red' as const) : lower < size ? ('black' as const) : null
    return { unit: row.unit, total, rank, list, scores: { ...row.scores }, notApplicable: [...row.notApplicable] }
  })
  const unranked = incomplete.map((row) => ({
    unit: row.unit,
    total: null,
    rank: null,
    list: null,
    scores: { ...row.scores },
    notApplicable: [...row.notApplicable],
  }))
  const rows = [...ranked, ...unranked]
  const moves = movementAgainst(rows, previous)
  return rows.map((row, i): UnitResult => ({ ...row, ...(moves[i] as Movement) }))
}

const formatNumber = (n: number): string => String(round2(n))

/** Joins a Chinese and an English message as editors see them (no extra space after full-width closing punctuation). */
const bilingual = (zh: string, en: string): string => `${zh}${/[）”」]$/.test(zh) ? '' : ' '}/ ${en}`

function indicatorErrors(indicators: readonly IndicatorDef[]): EvaluationError[] {
  const errors: EvaluationError[] = []
  const add = (path: string, zh: string, en: string) => errors.push({ path, message: bilingual(zh, en) })
  const sum = indicators.reduce((acc, ind) => acc + (Number.isFinite(ind.weight) ? ind.weight : 0), 0)
  if (Math.abs(sum - 100) > 0.001) {
    const now = formatNumber(sum)
    add('indicators', `指标权重之和必须为 100（当前 ${now}）`, `Indicator weights must sum to 100 (now ${now})`)
  }
  const seen = new Set<string>()
  indicators.forEach((ind, i) => {
    const key = ind.key.trim()
    if (!key) add(`indicators.${i}.key`, '指标代码不能为空', 'Indicator key must not be empty')
    else if (seen.has(key))
      add(`indicators.${i}.key`, `指标代码“${key}”重复，必须唯一`, `Indicator key "${key}" is repeated; keys must be unique`)
    seen.add(key)
    if (!(Number.isFinite(ind.weight) && ind.weight > 0)) {
      add(`indicators.${i}.weight`, `指标“${ind.name}”的权重必须大于 0`, `Weight of "${ind.name}" must be greater than 0`)
    }
    if (!(Number.isFinite(ind.maxScore) && ind.maxScore > 0)) {
      add(`indicators.${i}.maxScore`, `指标“${ind.name}”的满分必须大于 0`, `Max score of "${ind.name}" must be greater than 0`)
    }
  })
  return errors
}

type ScoreContext = { defs: Map<string, IndicatorDef>; known: Set<string>; seen: Set<string> }

function scoreErrors(row: ScoreRow, i: number, ctx: ScoreContext): EvaluationError[] {
  const errors: EvaluationError[] = []
  const add = (path: string, zh: string, en: string) => errors.push({ path, message: bilingual(zh, en) })
  const { unit, indicator, score } = row
  const def = ctx.defs.get(indicator)
  if (!ctx.known.has(String(unit)))
    add(`scores.${i}.unit`, `单位 ${unit} 不存在，只能填写已登记的单位`, `Unit ${unit} is unknown; use a registered unit`)
  if (!def) add(`scores.${i}.indicator`, `指标“${indicator}”不在本轮指标中`, `Indicator "${indicator}" is not an indicator of this round`)
  const pair = `${String(unit)}\u0000${indicator}`
  if (ctx.seen.has(pair)) {
    add(
      `scores.${i}`,
      `单位 ${unit} 的指标“${indicator}”重复录入，每项只能有一个分数`,
      `Unit ${unit} has indicator "${indicator}" twice; one score each`,
    )
  }
  ctx.seen.add(pair)
  if (row.notApplicable) {
    if (score !== null) {
      const zh = `单位 ${unit} 的指标“${indicator}”已标为“不涉及”，不能同时填写分数，请清空分数或取消“不涉及”`
      add(`scores.${i}.score`, zh, `Unit ${unit} is marked not applicable on "${indicator}"; leave its score empty or untick it`)
    }
  } else if (score === null) {
    // A missing score: allowed in a draft, refused on publish (incompleteMessage).
  } else if (!Number.isFinite(score)) {
    add(`scores.${i}.score`, `单位 ${unit} 的指标“${indicator}”分数不是有效数字`, `Score of unit ${unit} on "${indicator}" is not a number`)
  } else if (def && (score < 0 || score > def.maxScore)) {
    const range = `0–${def.maxScore}`
    const zh = `单位 ${unit} 的指标“${indicator}”分数 ${score} 超出范围，允许 ${range}`
    add(`scores.${i}.score`, zh, `Score ${score} of unit ${unit} on "${indicator}" is out of range; allowed ${range}`)
  }
  return errors
}

/** Checks an evaluation round before it is ranked; an empty array means valid. */
export function validateEvaluation(
  indicators: readonly IndicatorDef[],
  scores: readonly ScoreRow[],
  knownUnits: readonly Id[],
): EvaluationError[] {
  const defs = new Map<string, IndicatorDef>()
  for (const ind of indicators) if (!defs.has(ind.key)) defs.set(ind.key, ind)
  const ctx: ScoreContext = { defs, known: new Set(knownUnits.map(String)), seen: new Set() }
  return [...indicatorErrors(indicators), ...scores.flatMap((row, i) => scoreErrors(row, i, ctx))]
}

/**
 * Publishing needs every scored unit to have a score on every indicator that is not 不涉及 for it:
 * a message naming the field and each missing cell (unit × indicator, by name), or null when
 * complete. A draft may stay incomplete.
 */
export function incompleteMessage(
  indicators: readonly IndicatorDef[],
  scores: readonly ScoreRow[],
  unitName: (unit: Id) => string,
): string | null {
  const cells = missingCells(indicators, scores)
  if (cells.length === 0) return null
  const names = new Map(indicators.map((ind) => [ind.key, ind.name || ind.key]))
  const list = cells.map((cell) => `${unitName(cell.unit)} × ${names.get(cell.indicator) ?? cell.indicator}`)
  return bilingual(
    `“各单位得分”（scores）不完整，不能发布：以下 ${cells.length} 项缺少分数——${list.join('、')}。` +
      '请补齐后再发布（该指标对该单位不适用的，勾选“不涉及”），草稿可以先保存。',
    `Scores (scores) are incomplete, so the round cannot be published. Missing: ${list.join(', ')}. ` +
      'Fill them in first (tick 不涉及 where the indicator does not apply to the unit); a draft may be saved.',
  )
}
