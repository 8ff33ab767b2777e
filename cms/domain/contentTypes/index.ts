/**
 * Lookups in the content-type table (./table.ts): every list of public types, slugs, routes, sections
 * and feeds is read from here, so generic code names no type. Pure.
 */
import type { GenericShape } from './generic.ts'
import { CONTENT_TYPES, type ContentTypeEntry } from './table.ts'

export * from './generic.ts'

export * from './options.ts'
export { CONTENT_TYPES, type ContentTypeEntry }

export type ContentTypeKey = keyof typeof CONTENT_TYPES
/** A public collection's slug ('tv-episodes'). */
export type PublicSlug = (typeof CONTENT_TYPES)[ContentTypeKey]['slug']
/** A type with a navigation section of its own (and a feed). */
export type SectionKey = { [K in ContentTypeKey]: (typeof CONTENT_TYPES)[K]['site']['section'] extends null ? never : K }[ContentTypeKey]

export type ContentType = ContentTypeEntry & {
  key: ContentTypeKey
  slug: PublicSlug
  /** The route base as a path: '/tv/'. */
  path: string
  /** The section's RSS feed ('/tv/rss.xml'), null without a section. */
  feed: string | null
}

const withDerived = (key: ContentTypeKey): ContentType => {
  const entry: ContentTypeEntry = CONTENT_TYPES[key]
  const path = `/${entry.site.route}/`
  return { ...entry, key, slug: CONTENT_TYPES[key].slug, path, feed: entry.site.section ? `${path}rss.xml` : null }
}

/** Every public type, in the table's (the workbench's) order. */
export const contentTypes: readonly ContentType[] = (Object.keys(CONTENT_TYPES) as ContentTypeKey[]).map(withDerived)
export const contentTypeKeys: readonly ContentTypeKey[] = contentTypes.map((type) => type.key)

/** The public collections' slugs, in table order. */
export const publicSlugs = contentTypes.map((type) => type.slug) as readonly PublicSlug[]

/** slugs.<key> for every public type: { tvEpisodes: 'tv-episodes', … }. */
export const slugsByKey = Object.fromEntries(contentTypes.map((type) => [type.key, type.slug])) as {
  readonly [K in ContentTypeKey]: (typeof CONTENT_TYPES)[K]['slug']
}

export const contentType = (key: ContentTypeKey): ContentType => contentTypes.find((type) => type.key === key) as ContentType

/** The type of a collection slug, or undefined for a collection that is no public type (units, users…). */
export const typeOfSlug = (slug: string): ContentType | undefined => contentTypes.find((type) => type.slug === slug)

/** A type with a navigation section of its own: its section and its feed are there. */
export type SectionType = ContentType & {
  key: SectionKey
  feed: string
  site: ContentType['site'] & { section: NonNullable<ContentType['site']['section']> }
}

/** The types with a navigation section of their own, in navigation order. */
export const sectionTypes: readonly SectionType[] = contentTypes
  .filter((type): type is SectionType => type.site.section !== null && type.feed !== null)
  .sort((a, b) => a.site.section.navOrder - b.site.section.navOrder)

/** The page of one document: its own page, or the list of its section (of the type it is shown within). */
export function documentPathOf(type: ContentType, slug: string): string {
  return type.site.detailPages ? `${type.path}${slug}/` : type.path
}

/** A type whose site pages, loader, feed and seed are generic (its entry has a `generic` shape, ./generic.ts). */
export type GenericKey = {
  [K in ContentTypeKey]: (typeof CONTENT_TYPES)[K] extends { generic: GenericShape } ? K : never
}[ContentTypeKey]

export type GenericType = SectionType & { key: GenericKey; generic: GenericShape }

/** The generic types, in navigation order: each has a section (a generic type is always a section of its own). */
export const genericTypes: readonly GenericType[] = sectionTypes.filter((type): type is GenericType => type.generic !== undefined)

/** A generic type by its route ('news'), for the routes under site/pages/[section]/. */
export const genericByRoute = (route: string): GenericType | undefined => genericTypes.find((type) => type.site.route === route)
