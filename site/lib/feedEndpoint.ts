import { getEntry } from 'astro:content'
import rss from '@astrojs/rss'
import { type FeedRights, type FeedSource, newestOf, toFeedItems, toJsonFeed, updatedOf } from './feeds.ts'
import { licenceOf } from './identity.ts'
import { SITE_NAME } from './site.ts'
import { keptSourcesBySection, sectionSources } from './sources.ts'
import { SECTIONS, type SectionKey, sectionFeed, sectionJsonFeed } from './urls.ts'

const MEDIA_NS = 'http://search.yahoo.com/mrss/'

/** Feeds carry the newest items only (readers poll them; the site keeps everything). */
export const SECTION_FEED_SIZE = 50
export const SITE_FEED_SIZE = 200

/** What one feed is: its title, description, HTML page, its two addresses and its items. */
export type FeedSpec = { title: string; description: string; home: string; rssPath: string; jsonPath: string; sources: FeedSource[] }

/** The whole site (`key` undefined) or one section, newest first. */
export async function feedSpec(key?: SectionKey): Promise<FeedSpec> {
  const section = SECTIONS.find((item) => item.key === key)
  // The newest items picked in one pass (newestOf), not every item sorted: a section or the whole site at 100,000 items (issue 26).
  const sources = key ? newestOf([await sectionSources(key)], SECTION_FEED_SIZE) : newestOf(await keptSourcesBySection(), SITE_FEED_SIZE)
  return {
    title: section ? `${section.label} · ${SITE_NAME}` : SITE_NAME,
    description: section
      ? `${SITE_NAME}“${section.label}”栏目`
      : '文明城市创建的通报、测评排名、曝光台、电视问政、好人榜、公益广告与文明知识。',
    home: section?.path ?? '/',
    rssPath: key ? sectionFeed(key) : '/rss.xml',
    jsonPath: key ? sectionJsonFeed(key) : '/feed.json',
    sources,
  }
}

/**
 * The feed's last change: its newest item's updated date, never the build time, so a build that changes
 * nothing writes the same bytes (the same ETag, the same Last-Modified: readers get 304).
 */
const lastChange = (sources: FeedSource[]): Date => new Date(Math.max(0, ...sources.map((source) => new Date(updatedOf(source)).getTime())))

async function rightsFor(sources: FeedSource[]): Promise<FeedRights> {
  const identity = (await getEntry('siteIdentity', 'site'))?.data
  const year = lastChange(sources).getUTCFullYear()
  return licenceOf(identity, SITE_NAME, year > 1970 ? year : 2026)
}

const origin = (site: URL | undefined): URL | string => site ?? 'http://localhost:3000'

/** The RSS 2.0 response of a feed. */
export async function rssResponse(site: URL | undefined, spec: FeedSpec): Promise<Response> {
  const rights = await rightsFor(spec.sources)
  return rss({
    title: spec.title,
    description: spec.description,
    site: origin(site),
    xmlns: { media: MEDIA_NS, atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    items: toFeedItems(spec.sources, site, rights, spec.rssPath),
    customData: [
      '<language>zh-cn</language>',
      `<copyright>${rights.copyright.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</copyright>`,
      `<lastBuildDate>${lastChange(spec.sources).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${new URL(spec.rssPath, origin(site))}" rel="self" type="application/rss+xml"/>`,
      `<atom:link href="${new URL(spec.jsonPath, origin(site))}" rel="alternate" type="application/feed+json"/>`,
    ].join(''),
  })
}

/** The JSON Feed 1.1 response of a feed. */
export async function jsonResponse(site: URL | undefined, spec: FeedSpec): Promise<Response> {
  const rights = await rightsFor(spec.sources)
  const body = toJsonFeed(
    { title: spec.title, description: spec.description, home: spec.home, feedPath: spec.jsonPath },
    spec.sources,
    site,
    rights,
  )
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } })
}

/** The RSS 2.0 response of one section, or of everything when `key` is undefined. */
export const rssFeed = async (site: URL | undefined, key?: SectionKey): Promise<Response> => rssResponse(site, await feedSpec(key))

/** The JSON Feed of one section, or of everything when `key` is undefined. */
export const jsonFeed = async (site: URL | undefined, key?: SectionKey): Promise<Response> => jsonResponse(site, await feedSpec(key))
