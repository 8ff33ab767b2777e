/**
 * The generic types' content as their routes, feeds and blocks read it (astro:content): each type's
 * entries, and what is published now in every public type, to resolve the links a document gathers.
 */
import { getCollection } from 'astro:content'
import { contentTypes, type GenericType, genericTypes } from '../../cms/domain/contentTypes/index.ts'
import type { GenericEntry } from './entries.ts'
import type { FeedSource } from './feeds.ts'
import {
  type Card,
  feedSource,
  forUnit,
  type Keyed,
  newestFirst,
  type PublishedIndex,
  type ResolvedRef,
  resolveRefs,
  toCard,
} from './generic.ts'

/** A generic type's entries, newest first. */
export async function genericEntries(type: GenericType): Promise<Keyed<GenericEntry>[]> {
  return newestFirst((await getCollection(type.key as never)) as Keyed<GenericEntry>[])
}

/** Titles and slugs of every published document of every public type, by collection and CMS id. */
export async function publishedIndex(): Promise<PublishedIndex> {
  const index = new Map<string, Map<string, { slug: string; title: string }>>()
  for (const type of contentTypes) {
    const entries = (await getCollection(type.key as never)) as Keyed<Record<string, unknown>>[]
    const titleOf = (data: Record<string, unknown>): string => String(data.title ?? data[type.titleField] ?? '')
    index.set(type.slug, new Map(entries.map(({ id, data }) => [String(data.cmsId), { slug: id, title: titleOf(data) }])))
  }
  return index
}

/** The links of each document, resolved (only types with a `refs` field read the index). */
export async function withRefs(type: GenericType): Promise<{ entry: Keyed<GenericEntry>; refs: ResolvedRef[] }[]> {
  const entries = await genericEntries(type)
  const index = type.generic.refs ? await publishedIndex() : new Map()
  return entries.map((entry) => ({ entry, refs: resolveRefs(entry.data.refs, index) }))
}

/** Each generic type's feed items, by key (site/lib/sources.ts spreads them into SECTION_SOURCES). */
export const genericSources = Object.fromEntries(
  genericTypes.map((type) => [
    type.key,
    async (): Promise<FeedSource[]> => (await withRefs(type)).map(({ entry, refs }) => feedSource(type, entry, refs)),
  ]),
) as Record<GenericType['key'], () => Promise<FeedSource[]>>

/** A generic type's block on a unit's page or on the home page: its heading, the newest cards, the count and its section. */
export type Block = { key: string; heading: string; cards: Card[]; total: number; path: string }

/** The unit-page blocks of the generic types with a unit-page heading: (unit slug) → blocks, for getStaticPaths props. */
export async function unitBlocksFor(): Promise<(unit: string) => Block[]> {
  const types = genericTypes.filter((type) => type.site.unitPage !== null && type.generic.units)
  const entries = await Promise.all(types.map((type) => genericEntries(type)))
  return (unit) =>
    types.map((type, i) => {
      const mine = forUnit(entries[i] ?? [], unit, Number.POSITIVE_INFINITY)
      const cards = mine.slice(0, UNIT_BLOCK_SIZE).map((entry) => toCard(type, entry))
      return { key: type.key, heading: type.site.unitPage ?? '', cards, total: mine.length, path: type.path }
    })
}

/** Items a unit page lists of each generic type. */
export const UNIT_BLOCK_SIZE = 5

/** The home page blocks of the generic types with a home-page heading: the newest `homeCount` (default 5) each. */
export async function homeBlocks(): Promise<Block[]> {
  const types = genericTypes.filter((type) => type.site.homePage !== null)
  return Promise.all(
    types.map(async (type) => {
      const entries = await genericEntries(type)
      const cards = entries.slice(0, type.generic.homeCount ?? 5).map((entry) => toCard(type, entry))
      return { key: type.key, heading: type.site.homePage ?? '', cards, total: entries.length, path: type.path }
    }),
  )
}
