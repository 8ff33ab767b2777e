/**
 * Pure helpers for the ranking (测评排名) and unit pages: movement text, bar-chart geometry,
 * a unit's history across rounds and a round's neighbours in its series. No Astro imports.
 */
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

/** The results in rank order; tied units keep the order the CMS ranked them in. */
export const byRank = (rows: readonly RankingRow[]): RankingRow[] => [...rows].sort((a, b) => a.rank - b.rank)

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

/** The chart's accessible summary: 各单位总分条形图，最高 大观园街道 91.7 分，最低 … */
export function chartLabel(rows: readonly RankingRow[]): string {
  const sorted = byRank(rows)
  const top = sorted[0]
  const bottom = sorted.at(-1)
  if (!top || !bottom) return '各单位总分条形图（暂无数据）'
  const high = `各单位总分条形图，满分 100 分，最高 ${top.unit.name} ${formatScore(top.total)} 分`
  return top === bottom ? high : `${high}，最低 ${bottom.unit.name} ${formatScore(bottom.total)} 分`
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

export type HistoryRow = LinkRef & { start: string; end: string; rank: number; of: number; total: number; movement: MovementText }

/** One unit's place in every round it was ranked in, newest first. */
export function unitHistory(rounds: readonly Round[], unitSlug: string): HistoryRow[] {
  return [...rounds]
    .sort((a, b) => byStart(b, a))
    .flatMap((round) => {
      const row = round.data.results.find((result) => result.unit.slug === unitSlug)
      if (!row) return []
      const first = roundNeighbours(rounds, round.id).prev === null
      const { title, start, end, results } = round.data
      const movement = movementText(row.movement, first)
      return [{ slug: round.id, title, start, end, rank: row.rank, of: results.length, total: row.total, movement }]
    })
}

export type RoundSummary = LinkRef & { start: string; end: string; evaluator: string; top: RankingRow[]; bottom: RankingRow[] }
export type SeriesGroup = { series: string; rounds: RoundSummary[] }

/** Rounds grouped by series, newest round first inside each series and the series with the newest round first. */
export function groupBySeries(rounds: readonly Round[]): SeriesGroup[] {
  const groups = new Map<string, RoundSummary[]>()
  for (const round of [...rounds].sort((a, b) => byStart(b, a))) {
    const { title, start, end, evaluator, series, results } = round.data
    const ranks = results.map((row) => row.rank)
    const top = byRank(results.filter((row) => row.rank === Math.min(...ranks)))
    const bottom = results.length > 1 ? byRank(results.filter((row) => row.rank === Math.max(...ranks))) : []
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
