/**
 * Pure helpers for the exposure board (曝光台) and TV questioning (电视问政) pages: ordering, grouping,
 * tones and the filter paths. No Astro imports, so they are unit-tested directly.
 */

import { unitsUnder } from '../../cms/domain/exposureRollup.ts'
import { RECTIFICATION_LABELS, type RectificationStatus } from '../../cms/domain/exposureRules.ts'
import type { EpisodeEntry, ExposureEntry, Labelled, UnitEntry, UnitRef } from './entries.ts'
import { exposuresUnder, unitRefOf, unitTree } from './unitRollup.ts'
import { paths } from './urls.ts'

/** A collection entry as the pages hold it: the slug and the typed data. */
export type Item<T> = { id: string; data: T }
export type Tone = 'bad' | 'good' | ''

/** The board's promise to residents, true to the configured term: deadlines are China calendar days. */
export function handlingRule(days: number): string {
  const term = days === 0 ? '发现当天' : `发现之日起 ${days} 天内`
  return (
    `即时反馈，限期整改：每条曝光事项都公布整改期限，未另行确定的为${term}；` +
    '期限当天 24 时（北京时间）后仍未整改即为逾期。曝光三次仍未整改的，启动问责程序。逾期和问责的问题排在最前。'
  )
}

/** The rectification statuses in the order the filters show them (待整改, 整改中, 已整改, 逾期, 问责). */
export const STATUS_ORDER = Object.keys(RECTIFICATION_LABELS) as RectificationStatus[]

const BAD = new Set(['overdue', 'accountability'])
const GOOD = new Set(['rectified', 'solved'])

/** The `.tag` modifier for a rectification or issue status: bad for 逾期/问责, good for 已整改/已解决. */
export function statusTone(status: string): Tone {
  if (BAD.has(status)) return 'bad'
  if (GOOD.has(status)) return 'good'
  return ''
}

/** Overdue and accountability items (or anything past its deadline) go to the top of the board. */
export const isUrgent = (entry: ExposureEntry): boolean => entry.overdue || BAD.has(entry.status.value)

/** The board order: urgent first, then by the date found, newest first; the slug breaks ties. */
export function sortForBoard<T extends Item<ExposureEntry>>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(isUrgent(b.data)) - Number(isUrgent(a.data)) || b.data.foundAt.localeCompare(a.data.foundAt) || a.id.localeCompare(b.id),
  )
}

/** The filter page of one status and of one unit. */
export const statusPath = (status: string): string => `${paths.exposures}status/${status}/`
export const unitPath = (unit: string): string => `${paths.exposures}unit/${unit}/`
/** The index of the units with exposures, each with its count (site/pages/exposures/unit/index.astro). */
export const unitIndexPath = `${paths.exposures}unit/`

export type StatusGroup<T> = { status: Labelled; path: string; items: T[] }
export type UnitGroup<T> = { unit: UnitRef; path: string; items: T[] }

/** Items by status, in STATUS_ORDER, only statuses that have items; each group in board order. */
export function groupByStatus<T extends Item<ExposureEntry>>(items: T[]): StatusGroup<T>[] {
  return STATUS_ORDER.flatMap((value) => {
    const members = sortForBoard(items.filter((item) => item.data.status.value === value))
    if (members.length === 0) return []
    return [{ status: { value, label: RECTIFICATION_LABELS[value].zh }, path: statusPath(value), items: members }]
  })
}

/**
 * Items by unit, most items first, then by name; each group in board order. With the unit tree given,
 * a unit's group holds its own items and those of every unit below it (a street: its communities and
 * grids), and the city (whose group would be the whole board) is left out; without it, own items only.
 */
export function groupByUnit<T extends Item<ExposureEntry>>(items: T[], units?: readonly Item<UnitEntry>[]): UnitGroup<T>[] {
  if (units) {
    return units
      .filter((unit) => unit.data.kind.value !== 'city')
      .map((unit) => ({ unit: unitRefOf(unit), path: unitPath(unit.id), items: sortForBoard(exposuresUnder(unit.id, units, items)) }))
      .filter((group) => group.items.length > 0)
      .sort((a, b) => b.items.length - a.items.length || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
  }
  const groups = new Map<string, UnitGroup<T>>()
  for (const item of items) {
    const unit = item.data.unit
    if (!unit.slug) continue
    const group = groups.get(unit.slug) ?? { unit, path: unitPath(unit.slug), items: [] }
    group.items.push(item)
    groups.set(unit.slug, group)
  }
  return [...groups.values()]
    .map((group) => ({ ...group, items: sortForBoard(group.items) }))
    .sort((a, b) => b.items.length - a.items.length || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
}

/** Plain text split into paragraphs at blank lines. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)

/** Coordinates as residents read them: 北纬 36.6571°，东经 116.9885°. */
export function formatCoordinates(coordinates: { lat: number; lng: number } | null): string | null {
  if (!coordinates) return null
  const { lat, lng } = coordinates
  return `${lat >= 0 ? '北纬' : '南纬'} ${Math.abs(lat)}°，${lng >= 0 ? '东经' : '西经'} ${Math.abs(lng)}°`
}

/** 《淄博问政·调查追踪》第3期 */
export const episodeLabel = (entry: Pick<EpisodeEntry, 'series' | 'episodeNumber'>): string =>
  `《${entry.series}》第${entry.episodeNumber}期`

/** 曝光问题 N 个 · 已解决 M 个 */
export const issueCounts = (entry: Pick<EpisodeEntry, 'issuesRaised' | 'issuesSolved'>): string =>
  `曝光问题 ${entry.issuesRaised} 个 · 已解决 ${entry.issuesSolved} 个`

/** What ordering and grouping episodes reads of them (the TV list's cards carry only these and what they show). */
type Aired = Item<Pick<EpisodeEntry, 'series' | 'airDate' | 'episodeNumber'>>

const newestAired = <T extends Aired>(a: T, b: T): number =>
  b.data.airDate.localeCompare(a.data.airDate) || b.data.episodeNumber - a.data.episodeNumber || a.id.localeCompare(b.id)

export type SeriesGroup<T> = { series: string; items: T[] }

/** Episodes by series, newest first: series by their latest air date, episodes within by air date. */
export function groupBySeries<T extends Aired>(items: T[]): SeriesGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const item of [...items].sort(newestAired)) {
    const members = groups.get(item.data.series)
    if (members) members.push(item)
    else groups.set(item.data.series, [item])
  }
  return [...groups].map(([series, members]) => ({ series, items: members }))
}

export type Neighbour = { path: string; title: string; label: string }

/**
 * The previous and next episode (by number) in the same series, for every episode at once: each
 * series is sorted once (a route asks this for every episode; per episode it was quadratic).
 */
export function episodeNeighbourIndex<T extends Item<EpisodeEntry>>(
  items: T[],
): (slug: string) => { prev: Neighbour | null; next: Neighbour | null } {
  const bySeries = new Map<string, T[]>()
  for (const item of items) {
    const members = bySeries.get(item.data.series)
    if (members) members.push(item)
    else bySeries.set(item.data.series, [item])
  }
  const at = (item: T | undefined): Neighbour | null =>
    item ? { path: paths.episode(item.id), title: item.data.title, label: episodeLabel(item.data) } : null
  const neighbours = new Map<string, { prev: Neighbour | null; next: Neighbour | null }>()
  for (const members of bySeries.values()) {
    members.sort(
      (a, b) => a.data.episodeNumber - b.data.episodeNumber || a.data.airDate.localeCompare(b.data.airDate) || a.id.localeCompare(b.id),
    )
    members.forEach((item, index) => {
      if (!neighbours.has(item.id)) neighbours.set(item.id, { prev: at(members[index - 1]), next: at(members[index + 1]) })
    })
  }
  return (slug) => neighbours.get(slug) ?? { prev: null, next: null }
}

/** The previous and next episode (by number) in the same series as `slug`. */
export function episodeNeighbours<T extends Item<EpisodeEntry>>(
  items: T[],
  slug: string,
): { prev: Neighbour | null; next: Neighbour | null } {
  return episodeNeighbourIndex(items)(slug)
}

export type FilterLink = { label: string; path: string; count: number }

/**
 * The filter links every board page shows: one per status that has items, one per unit (with its subtree when
 * the tree is given), with the same labels, order and counts as groupByStatus and groupByUnit — counted, not
 * grouped: the groups' board order is not needed for a count (issue 26: every exposure list route computes
 * these links when listed, and a unit rename lists them all; grouping sorted the whole board 17 times per route).
 */
export function filterLinks<T extends Item<ExposureEntry>>(
  items: T[],
  units?: readonly Item<UnitEntry>[],
): { statuses: FilterLink[]; units: FilterLink[] } {
  const byStatus = new Map<string, number>()
  // Each unit's own items, and (without the tree) the unit as its first item names it.
  const own = new Map<string, { unit: UnitRef; count: number }>()
  for (const item of items) {
    byStatus.set(item.data.status.value, (byStatus.get(item.data.status.value) ?? 0) + 1)
    const unit = item.data.unit
    if (!units && !unit.slug) continue
    const counted = own.get(unit.slug)
    if (counted) counted.count++
    else own.set(unit.slug, { unit, count: 1 })
  }
  const statuses = STATUS_ORDER.flatMap((value) => {
    const count = byStatus.get(value) ?? 0
    return count > 0 ? [{ label: RECTIFICATION_LABELS[value].zh, path: statusPath(value), count }] : []
  })
  const tree = units ? unitTree(units) : []
  const counted = units
    ? units
        .filter((unit) => unit.data.kind.value !== 'city')
        .map((unit) => {
          let count = 0
          for (const slug of unitsUnder(unit.id, tree)) count += own.get(slug)?.count ?? 0
          return { unit: unitRefOf(unit), count }
        })
    : [...own.values()]
  return {
    statuses,
    units: counted
      .filter((group) => group.count > 0)
      .sort((a, b) => b.count - a.count || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
      .map((group) => ({ label: group.unit.name, path: unitPath(group.unit.slug), count: group.count })),
  }
}

/**
 * What every board list page's filters show: the status links with counts, the whole board's count and how many
 * units have items — no unit's name. The units and their counts are on one index page (unitIndexPath): with
 * every unit named on every list page (a collapsed <details>), a unit rename rendered all ~670 list pages at
 * 10,000 items, and every page carried the whole unit list (issue 26).
 */
export function boardFilters<T extends Item<ExposureEntry>>(
  items: T[],
  units?: readonly Item<UnitEntry>[],
): { statuses: FilterLink[]; units: number; total: number } {
  const links = filterLinks(items, units)
  return { statuses: links.statuses, units: links.units.length, total: items.length }
}

export type OverduePromise = { issue: string; promiseDeadline: string; episode: { path: string; title: string } }

/** A unit's TV promises 逾期未兑现 (the unit named responsible for the issue), earliest deadline first. */
export function overduePromises<T extends Item<EpisodeEntry>>(items: T[], unitSlug: string): OverduePromise[] {
  return items
    .flatMap(({ id, data }) =>
      data.issues
        .filter((issue) => issue.promiseOverdue && issue.unit?.slug === unitSlug && issue.promiseDeadline)
        .map((issue) => ({
          issue: issue.title,
          promiseDeadline: issue.promiseDeadline as string,
          episode: { path: paths.episode(id), title: `${episodeLabel(data)}：${data.title}` },
        })),
    )
    .sort((a, b) => a.promiseDeadline.localeCompare(b.promiseDeadline) || a.episode.path.localeCompare(b.episode.path))
}
