/**
 * Pure helpers for the ranking (测评排名) and unit pages: movement worked out from the rounds,
 * movement text, bar-chart geometry, a unit's history across rounds and a round's neighbours in
 * its series. No Astro imports.
 */
import { effectiveListSize, unrankedReason } from '../../cms/domain/ranking.ts'
import { seriesMovement } from '../../cms/domain/rankMovement.ts'
import type { EpisodeEntry, LinkRef, RankingData, RankingEntry, RankingResult } from './entries.ts'

/** A collection entry as getCollection returns it: the slug and the typed data. */
export type StoredRound = { id: string; data: RankingData }
/** A round with movement, as the pages show it. */
export type Round = { id: string; data: RankingEntry }

/**
 * Every round with each unit's movement against the previous round of its series, worked out now
 * from the rounds given (the published ones) — never read from the CMS, so a corrected or
 * unpublished earlier round moves the later rounds' arrows in the same build. Every page, feed and
 * list that shows movement takes its rounds from here.
 */
export function withMovement(rounds: readonly StoredRound[]): Round[] {
  const moves = seriesMovement(
    rounds.map(({ data }) => ({
      id: data.cmsId,
      series: data.series,
      start: data.start,
      results: data.results.map((row) => ({ unit: row.unit.slug, rank: row.rank })),
    })),
  )
  return rounds.map(({ id, data }) => {
    const round = moves.get(data.cmsId)
    const results = data.results.map((row, i) => ({ ...row, ...(round?.rows[i] ?? { previousRank: null, movement: null }) }))
    return { id, data: { ...data, results, first: round?.first ?? true } }
  })
}

export type MovementText = { symbol: string; text: string }

/** How a rank moved against the previous round: ↑2 上升2位, ↓1 下降1位, — 持平, 新 新参评 (— 首期 in a series' first round). */
export function movementText(movement: number | null, firstRound = false): MovementText {
  if (movement === null) return firstRound ? { symbol: '—', text: '首期测评' } : { symbol: '新', text: '新参评' }
  if (movement > 0) return { symbol: `↑${movement}`, text: `上升${movement}位` }
  if (movement < 0) return { symbol: `↓${-movement}`, text: `下降${-movement}位` }
  return { symbol: '—', text: '持平' }
}

/** A score as residents read it: up to two decimals, no trailing zeros (84.2, 91.75, 90). */
export const formatScore = (value: number): string => String(Math.round(value * 100) / 100)

/** The Chinese half of a bilingual rule text (`中文 / English`), for the public site. */
export const chinesePart = (text: string): string => text.split(' / ')[0]?.trim() ?? text

/** Ranked, as opposed to 缺项 or 全部不涉及: the CMS leaves the rank empty, which may arrive as null or 0. */
export const isRanked = <T extends Pick<RankingResult, 'rank'>>(row: T): row is T & { rank: number } =>
  typeof row.rank === 'number' && row.rank >= 1

const rankKey = (row: Pick<RankingResult, 'rank'>): number => (isRanked(row) ? row.rank : Number.POSITIVE_INFINITY)

/** The results in rank order, units not ranked (缺项) last; tied units keep the order the CMS ranked them in. */
export const byRank = <T extends Pick<RankingResult, 'rank'>>(rows: readonly T[]): T[] => [...rows].sort((a, b) => rankKey(a) - rankKey(b))

/** Only the ranked rows, in rank order. */
export const rankedRows = <T extends Pick<RankingResult, 'rank'>>(rows: readonly T[]): T[] => byRank(rows.filter(isRanked))

/** The names of the indicators that apply to a unit and that it has no score on (empty for a ranked unit). */
export const missingIndicators = (
  round: Pick<RankingData, 'indicators'>,
  row: Pick<RankingResult, 'scores' | 'notApplicable'>,
): string[] => {
  const reason = unrankedReason(round.indicators, row)
  return reason?.kind === 'missing' ? reason.indicators : []
}

/** Whether no indicator of the round applies to the unit (全部不涉及): it has no total and is not ranked. */
export const noneApplies = (round: Pick<RankingData, 'indicators'>, row: Pick<RankingResult, 'scores' | 'notApplicable'>): boolean =>
  unrankedReason(round.indicators, row)?.kind === 'not-applicable'

/** Whether the indicator is 不涉及 for the unit. */
export const isNotApplicable = (row: Pick<RankingResult, 'notApplicable'>, key: string): boolean => (row.notApplicable ?? []).includes(key)

/** A total as shown: the score, or 缺项 for a unit that is not ranked. */
export const totalText = (row: Pick<RankingResult, 'rank' | 'total'>): string =>
  isRanked(row) && typeof row.total === 'number' ? formatScore(row.total) : '缺项'

export type RedBlack = { red: RankingResult[]; black: RankingResult[]; note: string | null }

/**
 * The red and black lists as the CMS computed them (ties included): red best first, black worst
 * first; `note` says why the lists are shorter than asked, or that units were left unranked (缺项,
 * or no indicator applies to them).
 */
export function redBlackLists(round: Pick<RankingData, 'results' | 'listSize' | 'indicators'>): RedBlack {
  const ranked = rankedRows(round.results)
  const red = ranked.filter((row) => row.list === 'red')
  const black = ranked.filter((row) => row.list === 'black').reverse()
  const { size, shrunk } = effectiveListSize(ranked.length, round.listSize)
  const notes: string[] = []
  if (shrunk && size === 0) notes.push(`本期完成全部指标测评的单位只有 ${ranked.length} 个，不足以分出红、黑榜，本期不设红黑榜。`)
  else if (shrunk) {
    notes.push(
      `本期完成全部指标测评的单位只有 ${ranked.length} 个，不足以红、黑榜各列 ${round.listSize} 个，两榜各列 ${size} 个（并列者同列），互不重叠。`,
    )
  }
  const unranked = round.results.filter((row) => !isRanked(row))
  const none = unranked.filter((row) => noneApplies({ indicators: round.indicators ?? [] }, row)).length
  if (unranked.length > none) notes.push(`另有 ${unranked.length - none} 个单位缺少指标分数（缺项），不参加排名。`)
  if (none > 0) notes.push(`另有 ${none} 个单位全部指标均不涉及，没有总分，不参加排名。`)
  return { red, black, note: notes.length > 0 ? notes.join('') : null }
}

export type BarOptions = { width?: number; max?: number; barHeight?: number; gap?: number; labelWidth?: number; valueWidth?: number }
export type Bar = {
  x: number
  y: number
  w: number
  h: number
  label: string
  value: number
  labelX: number
  labelY: number
  valueX: number
}
export type BarChart = { width: number; height: number; track: number; bars: Bar[] }

const one = (n: number): number => Math.round(n * 10) / 10

/** Geometry of a horizontal bar chart: labels left of the bars, values right of them, bars scaled to `max` (100). */
export function barChart(rows: readonly { label: string; value: number }[], opts: BarOptions = {}): BarChart {
  const { width = 400, max = 100, barHeight = 18, gap = 10, labelWidth = 110, valueWidth = 46 } = opts
  const track = width - labelWidth - valueWidth
  const bars = rows.map(({ label, value }, index) => {
    const y = gap / 2 + index * (barHeight + gap)
    const w = one((Math.min(Math.max(value, 0), max) / max) * track)
    return {
      x: labelWidth,
      y,
      w,
      h: barHeight,
      label,
      value,
      labelX: labelWidth - 6,
      labelY: y + barHeight / 2,
      valueX: labelWidth + w + 4,
    }
  })
  return { width, height: rows.length * (barHeight + gap), track, bars }
}

/** The chart's accessible summary: 各单位总分条形图，最高 新华街道 91.7 分，最低 … */
export function chartLabel(rows: readonly RankingResult[]): string {
  const sorted = rankedRows(rows)
  const top = sorted[0]
  const bottom = sorted.at(-1)
  if (!top || !bottom) return '各单位总分条形图（暂无数据）'
  const high = `各单位总分条形图，满分 100 分，最高 ${top.unit.name} ${formatScore(top.total ?? 0)} 分`
  return top === bottom ? high : `${high}，最低 ${bottom.unit.name} ${formatScore(bottom.total ?? 0)} 分`
}

type AnyRound = { id: string; data: Pick<RankingData, 'start' | 'series' | 'title'> }
const byStart = (a: AnyRound, b: AnyRound): number => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)
const ref = (round: AnyRound | undefined): LinkRef | null => (round ? { slug: round.id, title: round.data.title } : null)

/** The previous and next round of the same series, by period start (for the pager; movement uses withMovement). */
export function roundNeighbours(rounds: readonly AnyRound[], slug: string): { prev: LinkRef | null; next: LinkRef | null } {
  const current = rounds.find((round) => round.id === slug)
  if (!current) return { prev: null, next: null }
  const series = rounds.filter((round) => round.data.series === current.data.series).sort(byStart)
  const index = series.findIndex((round) => round.id === slug)
  return { prev: ref(series[index - 1]), next: ref(series[index + 1]) }
}

/** A unit's place in one round; rank and total are null when it was not ranked (缺项). */
export type HistoryRow = LinkRef & {
  start: string
  end: string
  rank: number | null
  of: number
  total: number | null
  movement: MovementText
}

/** One unit's place in every round it took part in, newest first; `of` counts the ranked units. */
export function unitHistory(rounds: readonly Round[], unitSlug: string): HistoryRow[] {
  return [...rounds]
    .sort((a, b) => byStart(b, a))
    .flatMap((round) => {
      const row = round.data.results.find((result) => result.unit.slug === unitSlug)
      if (!row) return []
      const { title, start, end, results, first } = round.data
      const movement = movementText(row.movement, first)
      const ranked = isRanked(row)
      const of = results.filter(isRanked).length
      return [{ slug: round.id, title, start, end, rank: ranked ? row.rank : null, of, total: ranked ? row.total : null, movement }]
    })
}

export type RoundSummary = LinkRef & { start: string; end: string; evaluator: string; top: RankingResult[]; bottom: RankingResult[] }
export type SeriesGroup = { series: string; rounds: RoundSummary[] }

/** Rounds grouped by series, newest round first inside each series and the series with the newest round first. */
export function groupBySeries(rounds: readonly StoredRound[]): SeriesGroup[] {
  const groups = new Map<string, RoundSummary[]>()
  for (const round of [...rounds].sort((a, b) => byStart(b, a))) {
    const { title, start, end, evaluator, series } = round.data
    const results = rankedRows(round.data.results)
    const ranks = results.map((row) => row.rank as number)
    const top = results.filter((row) => row.rank === Math.min(...ranks))
    const bottom = results.length > 1 ? results.filter((row) => row.rank === Math.max(...ranks)) : []
    const list = groups.get(series) ?? []
    list.push({ slug: round.id, title, start, end, evaluator: evaluator.label, top, bottom })
    groups.set(series, list)
  }
  return [...groups].map(([series, list]) => ({ series, rounds: list }))
}

/** Whether a TV episode questioned the unit, raised an issue against it or questioned one of its officials. */
export const episodeMentions = (episode: EpisodeEntry, unitSlug: string): boolean =>
  episode.questionedUnits.some((unit) => unit.slug === unitSlug) ||
  episode.issues.some((issue) => issue.unit?.slug === unitSlug) ||
  episode.officials.some((official) => official.unit?.slug === unitSlug)

/** The tag class for an exposure status: rectified is good, overdue and accountability are bad. */
export const statusTone = (status: string, overdue = false): string =>
  status === 'rectified' ? 'tag good' : overdue || status === 'overdue' || status === 'accountability' ? 'tag bad' : 'tag'

/** A unit page lists at most `limit` of a kind and says how many there are: `{ [key]: items, [key + 'Total']: n }`. */
export function capped<K extends string, T>(key: K, items: T[], limit = 10): Record<K, T[]> & Record<`${K}Total`, number> {
  return { [key]: items.slice(0, limit), [`${key}Total`]: items.length } as Record<K, T[]> & Record<`${K}Total`, number>
}
