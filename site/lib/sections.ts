/**
 * Pure helpers for the bulletins, good-people, ads and knowledge pages: grouping, ordering and
 * labels. No Astro imports, so they are unit-tested directly (tests/unit/sections-lib.test.ts).
 */
import { LADDER, LADDER_LABELS } from '../../cms/domain/ladder.ts'
import type { AdEntry, BulletinEntry, GoodPersonEntry, KnowledgeEntry, Labelled, SelectionRoundEntry } from './entries.ts'
import { paths } from './urls.ts'

/** A content entry as getCollection returns it: the slug and the typed data. */
export type Keyed<T> = { id: string; data: T }
export type Group<T> = { key: string; label: string; items: T[] }

/** The editorial orders of the select values (as in the CMS); unknown values follow in order of first appearance. */
export const SERIES_ORDER = ['supervision', 'evaluation', 'briefing', 'praise', 'criticism'] as const
export const CATEGORY_ORDER = ['helping-others', 'bravery', 'honesty', 'dedication', 'filial-piety'] as const
export const TOPIC_ORDER = [
  'campaign-basics',
  'traffic',
  'waste-sorting',
  'dog-keeping',
  'etiquette',
  'convention',
  'public-health',
  'volunteering',
] as const

const zh = new Intl.Collator('zh-CN', { numeric: true })

/** Groups keyed by a labelled value: keys listed in `order` first, the rest in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => Labelled, order: readonly string[] = []): Group<T>[] {
  const groups = new Map<string, Group<T>>()
  for (const item of items) {
    const { value, label } = key(item)
    const group = groups.get(value) ?? { key: value, label, items: [] }
    group.items.push(item)
    groups.set(value, group)
  }
  const rank = (value: string): number => (order.includes(value) ? order.indexOf(value) : order.length)
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key))
}

// 通报 ---------------------------------------------------------------------------------------

/** Newest first; the same day falls back to the slug so the order never changes between builds. */
export const newestBulletins = <T extends Keyed<BulletinEntry>>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))

/** Bulletins grouped by series (督查专报, 测评通报…), each newest first. */
export const bySeries = <T extends Keyed<BulletinEntry>>(items: readonly T[]): Group<T>[] =>
  groupBy(newestBulletins(items), (item) => item.data.series, SERIES_ORDER)

export const seriesPath = (series: string): string => `${paths.bulletins}series/${series}/`

/** “督查专报 2026年第13期”, or the series alone when the issue has no number. */
export const issueText = (entry: Pick<BulletinEntry, 'series' | 'issueLabel'>): string =>
  entry.issueLabel ? `${entry.series.label} ${entry.issueLabel}` : entry.series.label

/** A file size as residents read it: whole KB below 1 MB, one decimal in MB above. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return ''
  const kb = Math.max(1, Math.round(bytes / 1024))
  if (kb < 1024) return `${kb} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
}

// 好人榜 -------------------------------------------------------------------------------------

export type LadderStep = { value: string; label: string; reached: boolean; current: boolean }

/** The five-level ladder, lowest first, with the levels reached up to `level` marked. */
export function ladderSteps(level: string): LadderStep[] {
  const top = LADDER.indexOf(level as (typeof LADDER)[number])
  return LADDER.map((value, index) => ({ value, label: LADDER_LABELS[value].zh, reached: index <= top, current: index === top }))
}

const ladderRank = (level: string): number => LADDER.indexOf(level as (typeof LADDER)[number])

/** Highest level first, then by name. */
export const byLevel = <T extends Keyed<GoodPersonEntry>>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => ladderRank(b.data.level.value) - ladderRank(a.data.level.value) || zh.compare(a.data.name, b.data.name))

/** A round's nominees grouped by category (助人为乐, 见义勇为…), each group highest level first. */
export const groupNomineesByCategory = <T extends Keyed<GoodPersonEntry>>(items: readonly T[]): Group<T>[] =>
  groupBy(byLevel(items), (item) => item.data.category, CATEGORY_ORDER)

export type RoundWithNominees<R, P> = { round: R; nominees: P[]; announced: boolean }

/** Rounds newest first (by start date), each with its own nominees. */
export function roundsWithNominees<R extends Keyed<SelectionRoundEntry>, P extends Keyed<GoodPersonEntry>>(
  rounds: readonly R[],
  people: readonly P[],
): RoundWithNominees<R, P>[] {
  return [...rounds]
    .sort((a, b) => b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id))
    .map((round) => ({
      round,
      nominees: byLevel(people.filter((person) => person.data.round.slug === round.id)),
      announced: round.data.status.value === 'announced',
    }))
}

// 公益广告 -----------------------------------------------------------------------------------

export const OTHER_SERIES = '其他'
export const adAnchor = (cmsId: string): string => `ad-${cmsId}`

/** Ads grouped by series, the series with the newest ad first and “其他” last; oldest first inside a series. */
export function adsBySeries<T extends AdEntry>(ads: readonly T[]): Group<T>[] {
  const sorted = [...ads].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || zh.compare(a.cmsId, b.cmsId))
  const groups = groupBy(sorted, (ad) => ({ value: ad.series, label: ad.series || OTHER_SERIES }))
  const newest = (group: Group<T>): string => group.items.at(-1)?.validFrom ?? ''
  return groups.sort((a, b) => Number(!a.key) - Number(!b.key) || newest(b).localeCompare(newest(a)))
}

// 文明知识 -----------------------------------------------------------------------------------

export const questionAnchor = (cmsId: string): string => `q-${cmsId}`
export const topicAnchor = (topic: string): string => `topic-${topic}`

export type TopicGroup<T> = Group<T> & { questions: T[]; articles: T[] }

/** Knowledge by topic in the fixed topic order; questions and tips apart from convention articles, each by `order`. */
export function knowledgeByTopic<T extends KnowledgeEntry>(items: readonly T[]): TopicGroup<T>[] {
  const sorted = [...items].sort((a, b) => a.order - b.order || zh.compare(a.cmsId, b.cmsId))
  return groupBy(sorted, (item) => item.topic, TOPIC_ORDER).map((group) => ({
    ...group,
    questions: group.items.filter((item) => item.kind.value !== 'convention'),
    articles: group.items.filter((item) => item.kind.value === 'convention'),
  }))
}
