/**
 * The 民生实事 progress board: projects grouped by district (the unit tree, cms/domain/tree.ts) and by
 * campaign, counted by status, 滞后 first. Pure: entries in (their status already worked out with the
 * build's clock by site/loaders/projects.ts), groups out.
 */
import { PROJECT_CAMPAIGNS, PROJECT_STATUS } from '../../cms/domain/contentTypes/index.ts'
import { districtOf, type ProjectStatus, STATUS_ORDER } from '../../cms/domain/projects.ts'
import { subtree } from '../../cms/domain/tree.ts'
import type { ProjectEntry, UnitEntry } from './entries.ts'
import { paths } from './urls.ts'

type Item<T> = { id: string; data: T }
export type Counts = Record<ProjectStatus, number> & { total: number }
export type BoardGroup = { key: string; name: string; path: string; counts: Counts }

/** The group of 市级 projects and the city's departments (部门), which belong to no district. */
export const CITY_GROUP = { key: 'city', name: '市级及市直部门' } as const

const rank = (status: string): number => STATUS_ORDER.indexOf(status as ProjectStatus)

/** 滞后 first, then 进行中, 计划中, 已完成; the latest progress first within each; the slug breaks ties. */
export function sortForBoard<T extends Item<ProjectEntry>>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      rank(a.data.status.value) - rank(b.data.status.value) ||
      (b.data.progressDate ?? '').localeCompare(a.data.progressDate ?? '') ||
      a.id.localeCompare(b.id),
  )
}

export function countByStatus(items: readonly Item<ProjectEntry>[]): Counts {
  const counts = Object.fromEntries(Object.keys(PROJECT_STATUS).map((key) => [key, 0])) as Counts
  for (const item of items) counts[item.data.status.value as ProjectStatus] += 1
  return { ...counts, total: items.length }
}

const parents = (units: readonly Item<UnitEntry>[]) =>
  units.map((unit) => ({ id: unit.id, kind: unit.data.kind.value, parent: unit.data.parent?.slug ?? null }))

/** Each project's board group: the district its responsible unit belongs to, or the city group. */
export function districtKeyOf(units: readonly Item<UnitEntry>[]): (item: Item<ProjectEntry>) => string {
  const tree = parents(units)
  return (item) => String(districtOf(item.data.unit.slug, tree) ?? CITY_GROUP.key)
}

/** The districts (in unit order) and the city group that have projects, each with its projects. */
export function byDistrict<T extends Item<ProjectEntry>>(
  items: readonly T[],
  units: readonly Item<UnitEntry>[],
): (BoardGroup & { items: T[] })[] {
  const keyOf = districtKeyOf(units)
  const groups = [
    ...units.filter((unit) => unit.data.kind.value === 'district').map((unit) => ({ key: unit.id, name: unit.data.name })),
    CITY_GROUP,
  ]
  return groups
    .map((group) => ({ ...group, items: sortForBoard(items.filter((item) => keyOf(item) === group.key)) }))
    .filter((group) => group.items.length > 0)
    .map((group) => ({ ...group, path: paths.projectsDistrict(group.key), counts: countByStatus(group.items) }))
}

/** The campaigns (in the option list's order) that have projects, each with its projects. */
export function byCampaign<T extends Item<ProjectEntry>>(items: readonly T[]): (BoardGroup & { items: T[] })[] {
  return Object.entries(PROJECT_CAMPAIGNS)
    .map(([key, label]) => ({ key, name: label.zh, items: sortForBoard(items.filter((item) => item.data.campaign.value === key)) }))
    .filter((group) => group.items.length > 0)
    .map((group) => ({ ...group, path: paths.projectsCampaign(group.key), counts: countByStatus(group.items) }))
}

/** The projects of a unit and every unit below it. */
export function projectsUnder<T extends Item<ProjectEntry>>(slug: string, units: readonly Item<UnitEntry>[], items: readonly T[]): T[] {
  const under = new Set(subtree(slug, parents(units)).map(String))
  return sortForBoard(items.filter((item) => under.has(item.data.unit.slug)))
}

/** The home page's 民生实事进展: the latest progress reports. */
export function latestProgress<T extends Item<ProjectEntry>>(items: readonly T[], count = 3): T[] {
  return [...items]
    .filter((item) => item.data.progressDate !== null)
    .sort((a, b) => (b.data.progressDate ?? '').localeCompare(a.data.progressDate ?? '') || a.id.localeCompare(b.id))
    .slice(0, count)
}

/** The CSS tone of a status tag (the site's .tag classes). */
export const statusTone = (status: string): string => (status === 'lagging' ? 'tag bad' : status === 'done' ? 'tag good' : 'tag')
