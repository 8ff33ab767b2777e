import type { RSSFeedItem } from '@astrojs/rss'
import type { FeedFile } from './media.ts'
import { absoluteUrl } from './site.ts'

/** What every feed item is made from; each section maps its entries to this explicitly. */
export type FeedSource = {
  /** Identity: the GUID stored on the document (`feedId`); collection and CMS id only for a document without one. */
  guid: { collection: string; id: string; feedId?: string }
  title: string
  path: string
  /** Published (ISO instant or China day) and updated (cms/domain/feeds/feedDates.ts; defaults to published). */
  date: string
  updated?: string
  /** When the clock alone changes `updated` (a dated event still in the future; feedDatesChangeAt); never shown in a feed. */
  changesAt?: string
  summary: string
  html: string
  categories: string[]
  image?: { src: string; alt: string; social?: string; feed?: FeedFile; thumb?: FeedFile }
  /** A file the item is about (a bulletin's PDF, an episode's video); else the image is the enclosure. */
  file?: FeedFile & { title: string }
  /** The units the item names (slugs): the per-unit feeds pick their items by them. */
  units?: string[]
}

/** The licence and attribution every item carries (site/lib/identity.ts licenceOf). */
export type FeedRights = { licence: string; copyright: string; sourceName: string }

const escapeAttr = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
const escapeText = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Make every root-relative href/src in the HTML absolute, as feed readers need. */
export function absolutizeHtml(html: string, site: URL | string | undefined): string {
  return html.replace(/(href|src)="(\/[^"]*)"/g, (_, attr: string, path: string) => `${attr}="${absoluteUrl(path, site)}"`)
}

/** The stored GUID (never built from SITE_URL); a document saved before GUIDs were stored falls back to its old one. */
export const guidFor = (source: FeedSource, site: URL | string | undefined): string =>
  source.guid.feedId || absoluteUrl(`/_id/${source.guid.collection}/${source.guid.id}`, site)

const time = (value: string): number => new Date(value).getTime()
export const updatedOf = (source: FeedSource): string => source.updated ?? source.date

/** Each item's updated time (ms), read once per item, not in every comparison (at 10,000 items the dates were
 * parsed about 2.7 million times per build, issue 26); the items are kept between builds (site/lib/sources.ts). */
const times = new WeakMap<FeedSource, number>()
const keptTime = (source: FeedSource): number => {
  let at = times.get(source)
  if (at === undefined) {
    at = time(updatedOf(source))
    times.set(source, at)
  }
  return at
}
/** Most recently updated first (an item that changed comes back to the top); the page address breaks ties. */
const before = (a: FeedSource, b: FeedSource): number => keptTime(b) - keptTime(a) || a.path.localeCompare(b.path)

export const newestFirst = (sources: FeedSource[]): FeedSource[] => [...sources].sort(before)

/**
 * Put `source` into `list` (newestFirst order, at most `size` items) after every item that comes before it or
 * ties with it. Offering items one by one gives newestFirst(items).slice(0, size) — ties in the order offered —
 * in one pass, without sorting them all (issue 26: a site feed at 100,000 items sorted every item of every
 * section to keep 200).
 */
export function offerNewest(list: FeedSource[], source: FeedSource, size: number): void {
  const last = list[list.length - 1]
  if (list.length >= size && last && before(source, last) >= 0) return
  let at = list.length
  while (at > 0 && before(source, list[at - 1] as FeedSource) < 0) at--
  list.splice(at, 0, source)
  if (list.length > size) list.pop()
}

/** newestFirst(lists.flat()).slice(0, size), in one pass. */
export function newestOf(lists: readonly (readonly FeedSource[])[], size: number): FeedSource[] {
  const found: FeedSource[] = []
  for (const list of lists) for (const source of list) offerNewest(found, source, size)
  return found
}

/** The enclosure: the item's file, else its uncropped picture. */
export const enclosureOf = (source: FeedSource): FeedFile | undefined => source.file ?? source.image?.feed

const mediaTags = (source: FeedSource, site: URL | string | undefined): string => {
  const image = source.image?.feed
  const thumb = source.image?.thumb
  const content = image
    ? `<media:content url="${escapeAttr(absoluteUrl(image.src, site))}" medium="image" type="${escapeAttr(image.type)}" width="${image.width}" height="${image.height}" fileSize="${image.bytes}"/>`
    : ''
  const thumbnail = thumb
    ? `<media:thumbnail url="${escapeAttr(absoluteUrl(thumb.src, site))}" width="${thumb.width}" height="${thumb.height}"/>`
    : ''
  return content + thumbnail
}

const licenceHtml = (rights: FeedRights): string => `<p>${escapeText(rights.licence)}</p>`

/** RSS items with explicit fields: full sanitized HTML, enclosure, media:content, dates, rights, categories, stored GUID. */
export function toFeedItems(sources: FeedSource[], site: URL | string | undefined, rights: FeedRights, feedPath: string): RSSFeedItem[] {
  return newestFirst(sources).map((source) => {
    const lead = source.image ? `<p><img src="${escapeAttr(source.image.src)}" alt="${escapeAttr(source.image.alt)}"></p>` : ''
    const enclosure = enclosureOf(source)
    return {
      title: source.title,
      link: absoluteUrl(source.path, site),
      pubDate: new Date(source.date),
      description: source.summary,
      content: absolutizeHtml(lead + source.html + licenceHtml(rights), site),
      categories: source.categories,
      ...(enclosure ? { enclosure: { url: absoluteUrl(enclosure.src, site), length: enclosure.bytes, type: enclosure.type } } : {}),
      customData: [
        `<guid isPermaLink="false">${escapeText(guidFor(source, site))}</guid>`,
        `<atom:updated>${new Date(updatedOf(source)).toISOString()}</atom:updated>`,
        `<dc:rights>${escapeText(rights.licence)}</dc:rights>`,
        `<source url="${escapeAttr(absoluteUrl(feedPath, site))}">${escapeText(rights.sourceName)}</source>`,
        mediaTags(source, site),
      ].join(''),
    }
  })
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from the same sources; `_rights` is this feed's extension. */
export function toJsonFeed(
  meta: { title: string; description: string; home: string; feedPath: string },
  sources: FeedSource[],
  site: URL | string | undefined,
  rights: FeedRights,
) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: absoluteUrl(meta.home, site),
    feed_url: absoluteUrl(meta.feedPath, site),
    language: 'zh-CN',
    authors: [{ name: rights.sourceName }],
    _rights: { licence: rights.licence, copyright: rights.copyright },
    items: newestFirst(sources).map((source) => {
      const enclosure = enclosureOf(source)
      const image = source.image?.feed
      return {
        id: guidFor(source, site),
        url: absoluteUrl(source.path, site),
        title: source.title,
        summary: source.summary,
        content_html: absolutizeHtml(source.html + licenceHtml(rights), site),
        date_published: new Date(source.date).toISOString(),
        date_modified: new Date(updatedOf(source)).toISOString(),
        tags: source.categories,
        ...(image ? { image: absoluteUrl(image.src, site) } : source.image ? { image: absoluteUrl(source.image.src, site) } : {}),
        ...(enclosure
          ? {
              attachments: [
                {
                  url: absoluteUrl(enclosure.src, site),
                  mime_type: enclosure.type,
                  size_in_bytes: enclosure.bytes,
                  ...(source.file ? { title: source.file.title } : {}),
                },
              ],
            }
          : {}),
        ...(image ? { _media: { width: image.width, height: image.height } } : {}),
        _rights: { licence: rights.licence, copyright: rights.copyright },
      }
    }),
  }
}
