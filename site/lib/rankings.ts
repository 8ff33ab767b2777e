/**
 * Pure helpers for the ranking (测评排名) and unit pages: movement text, bar-chart geometry,
 * a unit's history across rounds and a round's neighbours in its series. No Astro imports.
 */
import { effectiveListSize } from '../../cms/domain/ranking.ts'
import type { EpisodeEntry, LinkRef, RankingEntry, RankingRow } from './entries.ts'

/** A collection entry as getCollection returns it: the slug and the typed data. */
export type Round = { id: string; data: RankingEntry }

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

/** Ranked, as opposed to 缺项 (missing an indicator score): the CMS leaves the rank empty, which may arrive as null or 0. */
export const isRanked = (row: Pick<RankingRow, 'rank'>): row is Pick<RankingRow, 'rank'> & { rank: number } =>
  typeof row.rank === 'number' && row.rank >= 1

const rankKey = (row: RankingRow): number => (isRanked(row) ? row.rank : Number.POSITIVE_INFINITY)

/** The results in rank order, units not ranked (缺项) last; tied units keep the order the CMS ranked them in. */
export const byRank = (rows: readonly RankingRow[]): RankingRow[] => [...rows].sort((a, b) => rankKey(a) - rankKey(b))

/** Only the ranked rows, in rank order. */
export const rankedRows = (rows: readonly RankingRow[]): RankingRow[] => byRank(rows.filter(isRanked))

/** The names of the indicators a unit has no score on (empty for a ranked unit). */
export const missingIndicators = (round: Pick<RankingEntry, 'indicators'>, row: RankingRow): string[] =>
  round.indicators.filter((indicator) => typeof row.scores[indicator.key] !== 'number').map((indicator) => indicator.name)

/** A total as shown: the score, or 缺项 for a unit that is not ranked. */
export const totalText = (row: RankingRow): string => (isRanked(row) && typeof row.total === 'number' ? formatScore(row.total) : '缺项')

export type RedBlack = { red: RankingRow[]; black: RankingRow[]; note: string | null }

/**
 * The red and black lists as the CMS computed them (ties included): red best first, black worst
 * first; `note` says why the lists are shorter than asked, or that units were left unranked (缺项).
 */
export function redBlackLists(round: Pick<RankingEntry, 'results' | 'listSize'>): RedBlack {
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
  const unranked = round.results.length - ranked.length
  if (unranked > 0) notes.push(`另有 ${unranked} 个单位缺少指标分数（缺项），不参加排名。`)
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
export function chartLabel(rows: readonly RankingRow[]): string {
  const sorted = rankedRows(rows)
  const top = sorted[0]
  const bottom = sorted.at(-1)
  if (!top || !bottom) return '各单位总分条形图（暂无数据）'
  const high = `各单位总分条形图，满分 100 分，最高 ${top.unit.name} ${formatScore(top.total ?? 0)} 分`
  return top === bottom ? high : `${high}，最低 ${bottom.unit.name} ${formatScore(bottom.total ?? 0)} 分`
}

const byStart = (a: Round, b: Round): number => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)
const ref = (round: Round | undefined): LinkRef | null => (round ? { slug: round.id, title: round.data.title } : null)

/** The previous and next round of the same series, by period start. */
export function roundNeighbours(rounds: readonly Round[], slug: string): { prev: LinkRef | null; next: LinkRef | null } {
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
      const first = roundNeighbours(rounds, round.id).prev === null
      const { title, start, end, results } = round.data
      const movement = movementText(row.movement, first)
      const ranked = isRanked(row)
      const of = results.filter(isRanked).length
      return [{ slug: round.id, title, start, end, rank: ranked ? row.rank : null, of, total: ranked ? row.total : null, movement }]
    })
}

export type RoundSummary = LinkRef & { start: string; end: string; evaluator: string; top: RankingRow[]; bottom: RankingRow[] }
export type SeriesGroup = { series: string; rounds: RoundSummary[] }

/** Rounds grouped by series, newest round first inside each series and the series with the newest round first. */
export function groupBySeries(rounds: readonly Round[]): SeriesGroup[] {
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
