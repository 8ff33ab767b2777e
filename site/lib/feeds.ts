import type { RSSFeedItem } from '@astrojs/rss'
import { absoluteUrl } from './site.ts'

/** What every feed item is made from; each section maps its entries to this explicitly. */
export type FeedSource = {
  /** Stable identity: collection and CMS id, never the title or slug. */
  guid: { collection: string; id: string }
  title: string
  path: string
  date: string
  summary: string
  html: string
  categories: string[]
  image?: { src: string; alt: string; social?: string; bytes?: number }
}

const escapeAttr = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
const escapeText = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Make every root-relative href/src in the HTML absolute, as feed readers need. */
export function absolutizeHtml(html: string, site: URL | string | undefined): string {
  return html.replace(/(href|src)="(\/[^"]*)"/g, (_, attr: string, path: string) => `${attr}="${absoluteUrl(path, site)}"`)
}

/** A GUID that never changes when the item is edited or its slug changes. */
export const guidFor = (source: FeedSource, site: URL | string | undefined): string =>
  absoluteUrl(`/_id/${source.guid.collection}/${source.guid.id}`, site)

/** Newest first; the page address breaks ties, so a feed never depends on the content store's order. */
export const newestFirst = (sources: FeedSource[]): FeedSource[] =>
  [...sources].sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path))

/** RSS items with explicit fields: full sanitized HTML with the lead image, media:content, categories, stable GUID. */
export function toFeedItems(sources: FeedSource[], site: URL | string | undefined): RSSFeedItem[] {
  return newestFirst(sources).map((source) => {
    const lead = source.image ? `<p><img src="${escapeAttr(source.image.src)}" alt="${escapeAttr(source.image.alt)}"></p>` : ''
    const media = source.image?.social ?? source.image?.src
    const mediaTag = media
      ? `<media:content url="${escapeAttr(absoluteUrl(media, site))}" medium="image" type="${media.endsWith('.jpg') ? 'image/jpeg' : 'image/webp'}"/>`
      : ''
    return {
      title: source.title,
      link: absoluteUrl(source.path, site),
      pubDate: new Date(source.date),
      description: source.summary,
      content: absolutizeHtml(lead + source.html, site),
      categories: source.categories,
      customData: `<guid isPermaLink="false">${escapeText(guidFor(source, site))}</guid>${mediaTag}`,
    }
  })
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from the same sources. */
export function toJsonFeed(
  meta: { title: string; description: string; home: string; feedPath: string },
  sources: FeedSource[],
  site: URL | string | undefined,
) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: absoluteUrl(meta.home, site),
    feed_url: absoluteUrl(meta.feedPath, site),
    language: 'zh-CN',
    items: newestFirst(sources).map((source) => ({
      id: guidFor(source, site),
      url: absoluteUrl(source.path, site),
      title: source.title,
      summary: source.summary,
      content_html: absolutizeHtml(source.html, site),
      date_published: new Date(source.date).toISOString(),
      tags: source.categories,
      ...(source.image ? { image: absoluteUrl(source.image.social ?? source.image.src, site) } : {}),
    })),
  }
}
