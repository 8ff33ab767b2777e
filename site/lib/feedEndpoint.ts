import rss from '@astrojs/rss'
import { type FeedSource, newestFirst, toFeedItems, toJsonFeed } from './feeds.ts'
import { SITE_NAME } from './site.ts'
import { allSources, SECTION_SOURCES } from './sources.ts'
import { SECTIONS, type SectionKey, sectionFeed } from './urls.ts'

const MEDIA_NS = 'http://search.yahoo.com/mrss/'

/** Feeds carry the newest items only (readers poll them; the site keeps everything). */
export const SECTION_FEED_SIZE = 50
export const SITE_FEED_SIZE = 200
const newest = (sources: FeedSource[], size: number): FeedSource[] => newestFirst(sources).slice(0, size)

/** The RSS 2.0 response of one section, or of everything when `key` is undefined. */
export async function rssFeed(site: URL | undefined, key?: SectionKey): Promise<Response> {
  const section = SECTIONS.find((item) => item.key === key)
  const sources = key ? newest(await SECTION_SOURCES[key](), SECTION_FEED_SIZE) : newest(await allSources(), SITE_FEED_SIZE)
  return rss({
    title: section ? `${section.label} · ${SITE_NAME}` : SITE_NAME,
    description: section
      ? `${SITE_NAME}“${section.label}”栏目`
      : '文明城市创建的通报、测评排名、曝光台、电视问政、好人榜、公益广告与文明知识。',
    site: site ?? 'http://localhost:3000',
    xmlns: { media: MEDIA_NS, atom: 'http://www.w3.org/2005/Atom' },
    items: toFeedItems(sources, site),
    customData: [
      '<language>zh-cn</language>',
      `<lastBuildDate>${new Date().toUTCString()}</lastBuildDate>`,
      `<atom:link href="${new URL(key ? sectionFeed(key) : '/rss.xml', site ?? 'http://localhost:3000')}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  })
}

export async function jsonFeed(site: URL | undefined): Promise<Response> {
  const body = toJsonFeed(
    { title: SITE_NAME, description: '创城宣传全部栏目', home: '/', feedPath: '/feed.json' },
    newest(await allSources(), SITE_FEED_SIZE),
    site,
  )
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } })
}
