/**
 * Evaluation rankings (测评排名, 红黑榜). Pure: indicator definitions and score rows come in,
 * weighted totals, ranks, movement and red/black lists go out.
 */
import type { Id } from './tree.ts'

/** One indicator of an evaluation round (e.g. 环境卫生, weight 40, scored out of 100). */
export type IndicatorDef = { key: string; name: string; weight: number; maxScore: number }

/** One unit's raw score on one indicator. */
export type ScoreRow = { unit: Id; indicator: string; score: number }

/**
 * A unit's weighted total before ranking; `scores` holds the raw scores by indicator key. A unit
 * missing any indicator has `missing` (indicator keys, in indicator order) and no total: it is not ranked.
 */
export type UnitTotal = { unit: Id; total: number | null; scores: Record<string, number>; missing: string[] }

/** A ranked unit (rank null = 缺项, not ranked), with movement against the previous round and its red/black list place. */
export type UnitResult = {
  unit: Id
  total: number | null
  rank: number | null
  previousRank: number | null
  movement: number | null
  list: 'red' | 'black' | null
  scores: Record<string, number>
}

/** A validation error: `path` points at the offending field. */
export type EvaluationError = { path: string; message: string }

/** The tie rule, shown to editors next to the ranking. */
export const TIE_RULE =
  '并列按“竞赛排名法”处理：总分相同者名次相同，其后名次顺延跳过（如 95、90、90、85 → 第1、2、2、4名）；' +
  '红榜为名次在前 N 名内的单位（含并列），黑榜为总分低于其的单位少于 N 个的单位；两榜重叠时以红榜为准，与红榜单位并列者不上黑榜。' +
  '参评单位不足 2N 个时，两榜各缩为参评单位数的一半（向下取整），互不重叠。缺少任一指标分数的单位标为“缺项”，不参加排名，也不上红黑榜。' +
  ' / Ties use standard competition ranking: equal totals share a rank and the next rank is skipped (95, 90, 90, 85 → 1, 2, 2, 4). ' +
  'The red list is every unit ranked within the top N (ties included); the black list is every unit with fewer than N units scoring ' +
  'strictly lower. If the lists would overlap, red wins and no unit tied with a red unit is black. With fewer than 2N ranked units ' +
  'both lists shrink to half the ranked units (rounded down) so they never overlap. A unit missing any indicator score is shown as ' +
  'incomplete and is neither ranked nor listed.'

/** Rounds to 2 decimals, half up, without float noise (1.005 → 1.01). */
export const round2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100

/** Weighted total per unit: Σ score / maxScore × weight, 2 decimals; a unit missing an indicator gets no total. Units keep first-seen order. */
export function weightedTotals(indicators: readonly IndicatorDef[], scores: readonly ScoreRow[]): UnitTotal[] {
  const byUnit = new Map<string, { unit: Id; scores: Record<string, number> }>()
  const known = new Set(indicators.map((indicator) => indicator.key))
  for (const row of scores) {
    const entry = byUnit.get(String(row.unit)) ?? { unit: row.unit, scores: {} }
    if (known.has(row.indicator) && Number.isFinite(row.score)) entry.scores[row.indicator] = row.score
    byUnit.set(String(row.unit), entry)
  }
  return [...byUnit.values()].map(({ unit, scores: raw }) => {
    const missing = indicators.filter((ind) => raw[ind.key] === undefined).map((ind) => ind.key)
    const sum = indicators.reduce((acc, ind) => acc + (ind.maxScore > 0 ? ((raw[ind.key] ?? 0) / ind.maxScore) * ind.weight : 0), 0)
    return { unit, total: missing.length > 0 ? null : round2(sum), scores: raw, missing }
  })
}

/** Every missing cell (unit × indicator key) of the units that were scored, units in first-seen order. */
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
 * Ranks the complete units (ties share a rank, next rank skips), adds movement against `previous`
 * and the red/black lists; units missing an indicator follow, unranked (缺项), in id order.
 */
export function rankResults(
  totals: readonly UnitTotal[],
  previous: readonly { unit: Id; rank: number | null }[] = [],
  listSize = 3,
): UnitResult[] {
  const complete = totals.filter((row) => row.total !== null && row.missing.length === 0).sort(byTotalThenId)
  const incomplete = totals.filter((row) => !complete.includes(row)).sort((a, b) => compareIds(a.unit, b.unit))
  const before = new Map(previous.filter((p) => typeof p.rank === 'number').map((p) => [String(p.unit), p.rank as number]))
  const { size } = effectiveListSize(complete.length, listSize)
  const ranked = complete.map((row): UnitResult => {
    const total = row.total as number
    const rank = complete.filter((other) => (other.total as number) > total).length + 1
    const lower = complete.filter((other) => (other.total as number) < total).length
    const previousRank = before.get(String(row.unit)) ?? null
    const list = rank <= size ? 'red' : lower < size ? 'black' : null
    const movement = previousRank === null ? null : previousRank - rank
    return { unit: row.unit, total, rank, previousRank, movement, list, scores: { ...row.scores } }
  })
  const unranked = incomplete.map(
    (row): UnitResult => ({
      unit: row.unit,
      total: null,
      rank: null,
      previousRank: before.get(String(row.unit)) ?? null,
      movement: null,
      list: null,
      scores: { ...row.scores },
    }),
  )
  return [...ranked, ...unranked]
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
  if (!Number.isFinite(score)) {
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
 * Publishing needs every scored unit to have every indicator: a message naming the field and each
 * missing cell (unit × indicator, by name), or null when complete. A draft may stay incomplete.
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
    `“各单位得分”（scores）不完整，不能发布：以下 ${cells.length} 项缺少分数——${list.join('、')}。请补齐后再发布，草稿可以先保存。`,
    `Scores (scores) are incomplete, so the round cannot be published. Missing: ${list.join(', ')}. Fill them in first; a draft may be saved.`,
  )
}
