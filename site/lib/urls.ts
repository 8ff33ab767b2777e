import { type SectionKey, sectionTypes } from '../../cms/domain/contentTypes/index.ts'
import { paths } from '../../cms/domain/publicPaths.ts'

export { paths, type SectionKey }

/** The sections with their own feed, in navigation order: read from the content-type table (cms/domain/contentTypes). */
export const SECTIONS: readonly { key: SectionKey; label: string; path: string; feed: string }[] = sectionTypes.map((type) => ({
  key: type.key,
  label: type.site.section.label.zh,
  path: type.path,
  feed: type.feed,
}))

export const sectionFeed = (key: SectionKey): string => SECTIONS.find((section) => section.key === key)?.feed ?? '/rss.xml'

/** A section's JSON Feed, beside its RSS feed (/tv/feed.json). */
export const sectionJsonFeed = (key: SectionKey): string => sectionFeed(key).replace(/rss\.xml$/, 'feed.json')

/** Page n of a paginated list: the list itself for page 1, then /page/n/. */
export const pagePath = (base: string, page: number): string => (page <= 1 ? base : `${base}page/${page}/`)
