/**
 * What a list page's card shows of an item, and nothing more. A list page's cacheKey is a hash of its props
 * (cacheKey.ts), so a list page that carried its items' whole entries was rendered again whenever any field
 * of one of them changed — a renamed unit a bulletin names under 涉及单位, an image's alt text, the bulletin's
 * own updatedAt — though its bytes stayed the same (issue 26: a unit rename rendered 228 such pages at 10,000
 * items, an alt-text edit 471). The list routes carry these cards instead; the card components take these
 * types, so a card that shows one more field fails `astro check` until the field is added here (and the
 * full-build comparison of tests/e2e/publish.test.ts, which renders every page both ways).
 */
import type { BulletinEntry, EpisodeEntry, ProjectEntry } from './entries.ts'
import type { Keyed } from './sections.ts'
import type { TitleItem } from './titles.ts'

/**
 * A card maker: the item's id and the listed fields of its data, in the order listed (the props' order is
 * part of the page's cache key, so a card's fields keep one order).
 */
const cardOf =
  <T, K extends keyof T>(keys: readonly K[]) =>
  ({ id, data }: Keyed<T>): Keyed<Pick<T, K>> => ({
    id,
    data: Object.fromEntries(keys.map((key) => [key, data[key]])) as Pick<T, K>,
  })

/** A bulletin as its list card shows it (components/bulletins/BulletinList.astro). */
export const bulletinCard = cardOf<BulletinEntry, 'title' | 'date' | 'series' | 'issueLabel' | 'summary'>([
  'title',
  'date',
  'series',
  'issueLabel',
  'summary',
])
export type BulletinCard = ReturnType<typeof bulletinCard>

/** A project as its card shows it (components/projects/ProjectCard.astro). */
export const projectCard = cardOf<
  ProjectEntry,
  'title' | 'status' | 'campaign' | 'year' | 'unit' | 'progress' | 'milestones' | 'progressText' | 'progressDate'
>(['title', 'status', 'campaign', 'year', 'unit', 'progress', 'milestones', 'progressText', 'progressDate'])
export type ProjectCard = ReturnType<typeof projectCard>

/** A TV episode as its card shows it (components/tv/EpisodeCard.astro; the list groups them by series, newest first). */
export const episodeCard = cardOf<
  EpisodeEntry,
  'title' | 'series' | 'episodeNumber' | 'airDate' | 'cover' | 'issuesRaised' | 'issuesSolved'
>(['title', 'series', 'episodeNumber', 'airDate', 'cover', 'issuesRaised', 'issuesSolved'])
export type EpisodeCard = ReturnType<typeof episodeCard>

/** A civility title as the directory's table shows it (components/titles/TitleTable.astro). */
export const titleRow = ({ id, status, statusLabel, data }: TitleItem) => ({
  id,
  status,
  statusLabel,
  data: { holder: data.holder, year: data.year, level: data.level, category: data.category },
})
export type TitleRow = ReturnType<typeof titleRow>
