/**
 * The 文明称号 directory: orders, groups by level and by year, and each title's standing today
 * (cms/domain/titles.ts titleStatus). Computed when pages are built, so a notice opening or closing
 * changes the pages' props and they are rendered again (the builder rebuilds at those moments).
 */
import { TITLE_LEVELS } from '../../cms/domain/contentTypes/index.ts'
import { TITLE_STATUS, type TitleStatus, titleStatus } from '../../cms/domain/titles.ts'
import type { CivilityTitleEntry } from './entries.ts'
import type { Group, Keyed } from './sections.ts'
import { paths } from './urls.ts'

export type TitleItem = Keyed<CivilityTitleEntry> & { status: TitleStatus; statusLabel: string }

const LEVEL_ORDER = Object.keys(TITLE_LEVELS)
const levelRank = (level: string): number => (LEVEL_ORDER.includes(level) ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length)

/** 全国文明单位, 省级文明家庭… */
export const titleName = (entry: Pick<CivilityTitleEntry, 'level' | 'category'>): string => `${entry.level.label}${entry.category.label}`

export const levelPath = (level: string): string => `${paths.titles}level/${level}/`
export const yearPath = (year: number | string): string => `${paths.titles}year/${year}/`

/** Newest year first, then national before provincial before city, then by holder. */
export function directoryOrder(items: readonly Keyed<CivilityTitleEntry>[], now: Date): TitleItem[] {
  return [...items]
    .sort(
      (a, b) =>
        b.data.year - a.data.year ||
        levelRank(a.data.level.value) - levelRank(b.data.level.value) ||
        a.data.holder.localeCompare(b.data.holder, 'zh') ||
        a.id.localeCompare(b.id),
    )
    .map((item) => {
      const status = titleStatus(item.data, now)
      return { ...item, status, statusLabel: TITLE_STATUS[status].zh }
    })
}

/** The directory's groups by level (highest first) and by year (newest first), with their members in directory order. */
export function byLevel(items: readonly TitleItem[]): Group<TitleItem>[] {
  const levels = [...new Set(items.map((item) => item.data.level.value))].sort((a, b) => levelRank(a) - levelRank(b))
  return levels.map((key) => {
    const members = items.filter((item) => item.data.level.value === key)
    return { key, label: members[0]?.data.level.label ?? key, items: members }
  })
}

export function byYear(items: readonly TitleItem[]): Group<TitleItem>[] {
  const years = [...new Set(items.map((item) => item.data.year))].sort((a, b) => b - a)
  return years.map((year) => ({ key: String(year), label: `${year}年度`, items: items.filter((item) => item.data.year === year) }))
}

/** The filter links of every directory page: each level and each year with its count. */
export const filterCounts = (items: readonly TitleItem[]) => ({
  total: items.length,
  levels: byLevel(items).map(({ key, label, items: members }) => ({ path: levelPath(key), label, count: members.length })),
  years: byYear(items).map(({ key, label, items: members }) => ({ path: yearPath(key), label, count: members.length })),
})
export type FilterCounts = ReturnType<typeof filterCounts>

/** The tag tone of a status: revoked is bad, in notice is marked, held is plain. */
export const statusTone = (status: TitleStatus): string => (status === 'revoked' ? 'tag bad' : status === 'notice' ? 'tag good' : 'tag')
