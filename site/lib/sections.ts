/**
 * Pure helpers for the bulletins, good-people, TV, ads and knowledge pages: grouping, ordering,
 * pagination and labels. No Astro imports, so they are unit-tested directly (tests/unit/sections-lib.test.ts).
 */
import { BULLETIN_SERIES, GOOD_PERSON_CATEGORIES, KNOWLEDGE_TOPICS } from '../../cms/domain/contentTypes/index.ts'
import { LADDER, LADDER_LABELS } from '../../cms/domain/ladder.ts'
import type { AdEntry, BulletinEntry, EpisodeEntry, GoodPersonEntry, KnowledgeEntry, Labelled, SelectionRoundEntry } from './entries.ts'
import { pagePath, paths } from './urls.ts'

/** A content entry as getCollection returns it: the slug and the typed data. */
export type Keyed<T> = { id: string; data: T }
export type Group<T> = { key: string; label: string; items: T[] }

/** The editorial orders of the select values (the option lists' order in the content-type table); unknown values follow in order of first appearance. */
export const SERIES_ORDER = Object.keys(BULLETIN_SERIES)
export const CATEGORY_ORDER = Object.keys(GOOD_PERSON_CATEGORIES)
export const TOPIC_ORDER = Object.keys(KNOWLEDGE_TOPICS)

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

/** Items a page on the paginated lists of knowledge, ads and good-people rounds. */
export const LIST_PAGE_SIZE = 24
/** TV episodes a page: the cards carry a cover image each. */
export const TV_PAGE_SIZE = 12

/**
 * Where each item lands when `items`, already in page order, are cut into pages of `size` under
 * `base` (page 1 at base, then base/page/n/, as paginatePaths cuts them): key → page path.
 */
export function pageOfEach<T>(items: readonly T[], base: string, size: number, key: (item: T) => string): Map<string, string> {
  return new Map(items.map((item, index) => [key(item), pagePath(base, Math.floor(index / size) + 1)]))
}

/** A page's items as consecutive groups in the order they come (the list is already in group order). */
export const groupRuns = <T>(items: readonly T[], key: (item: T) => Labelled): Group<T>[] => groupBy(items, key)

/** “（第 N 页）” after a list title from page 2 on. */
export const pageTitle = (title: string, page: number): string => (page > 1 ? `${title}（第 ${page} 页）` : title)

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

/** Nominees of a round shown on /good-people/; the rest are on the round's own pages. */
export const ROUND_PREVIEW = 12

export const roundPath = (round: string): string => `${paths.goodPeople}round/${round}/`
export const categoryAnchor = (round: string, category: string): string => `${round}-${category}`

/** A round's nominees in the order of its pages: by category in the fixed order, highest level first within. */
export const roundOrder = <T extends Keyed<GoodPersonEntry>>(items: readonly T[]): T[] =>
  groupNomineesByCategory(items).flatMap((group) => group.items)

export type CategoryLink = { key: string; label: string; count: number; href: string }

/** The category index of a round: each category with its count, linked to where it starts on the round's pages. */
export function categoryLinks<T extends Keyed<GoodPersonEntry>>(round: string, items: readonly T[]): CategoryLink[] {
  const ordered = roundOrder(items)
  const pages = pageOfEach(ordered, roundPath(round), LIST_PAGE_SIZE, (item) => item.id)
  return groupBy(ordered, (item) => item.data.category).map((group) => ({
    key: group.key,
    label: group.label,
    count: group.items.length,
    href: `${pages.get(group.items[0]?.id ?? '')}#${categoryAnchor(round, group.key)}`,
  }))
}

// 电视问政 -----------------------------------------------------------------------------------

/** Newest aired first; the same day falls back to the higher episode number, then the slug. */
export const newestEpisodes = <T extends Keyed<EpisodeEntry>>(items: readonly T[]): T[] =>
  [...items].sort(
    (a, b) => b.data.airDate.localeCompare(a.data.airDate) || b.data.episodeNumber - a.data.episodeNumber || a.id.localeCompare(b.id),
  )

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

/** All ads in the order of the /ads/ pages: series by series as adsBySeries has them. */
export const adsInOrder = <T extends AdEntry>(ads: readonly T[]): T[] => adsBySeries(ads).flatMap((group) => group.items)

/** One page of ads (in adsInOrder order) grouped by series again, in the order they come. */
export const adPageGroups = <T extends AdEntry>(ads: readonly T[]): Group<T>[] =>
  groupRuns(ads, (ad) => ({ value: ad.series, label: ad.series || OTHER_SERIES }))

/** For an ad, the path of the /ads/ page it lands on (LIST_PAGE_SIZE a page, in adsInOrder order). */
export function adLocator(ads: readonly AdEntry[]): (ad: Pick<AdEntry, 'cmsId'>) => string {
  const pages = pageOfEach(adsInOrder(ads), paths.ads, LIST_PAGE_SIZE, (ad) => ad.cmsId)
  return (ad) => pages.get(ad.cmsId) ?? paths.ads
}

// 文明知识 -----------------------------------------------------------------------------------

export const questionAnchor = (cmsId: string): string => `q-${cmsId}`
export const topicAnchor = (topic: string): string => `topic-${topic}`
export const topicPath = (topic: string): string => `${paths.knowledge}${topic}/`

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

/** A topic's items in the order of its pages: the questions and tips, then the convention articles. */
export const topicOrder = <T extends KnowledgeEntry>(group: TopicGroup<T>): T[] => [...group.questions, ...group.articles]

/**
 * For a knowledge entry, the path of the topic page it lands on: /knowledge/<topic>/, then
 * /knowledge/<topic>/page/n/ (LIST_PAGE_SIZE a page, in topicOrder order).
 */
export function knowledgeLocator(items: readonly KnowledgeEntry[]): (entry: Pick<KnowledgeEntry, 'cmsId'>) => string {
  const pages = new Map(
    knowledgeByTopic(items).flatMap((group) => [
      ...pageOfEach(topicOrder(group), topicPath(group.key), LIST_PAGE_SIZE, (item) => item.cmsId),
    ]),
  )
  return (entry) => pages.get(entry.cmsId) ?? paths.knowledge
}

export type TopicPageParts<T> = { questions: T[]; articles: T[]; start: number }

/**
 * One topic page's items (a slice of topicOrder from `offset`) as its questions and its articles,
 * with the number of the first article there, so <ol start> keeps the numbering across pages.
 */
export function topicPageParts<T extends KnowledgeEntry>(items: readonly T[], offset: number, questionCount: number): TopicPageParts<T> {
  return {
    questions: items.filter((item) => item.kind.value !== 'convention'),
    articles: items.filter((item) => item.kind.value === 'convention'),
    start: Math.max(0, offset - questionCount) + 1,
  }
}
