import type { RSSFeedItem } from '@astrojs/rss'
import { absoluteUrl } from './site.ts'

export type FeedSource = {
  title: string
  path: string
  date: string
  summary: string
  html: string
  category: string
  image?: { src: string; alt: string }
}

/** Make every root-relative href/src in the HTML absolute, as feed readers need. */
export function absolutizeHtml(html: string, site: URL | string | undefined): string {
  return html.replace(/(href|src)="(\/[^"]*)"/g, (_, attr: string, path: string) => `${attr}="${absoluteUrl(path, site)}"`)
}

/** Feed items with explicit fields, newest first, full HTML content and absolute URLs. */
export function toFeedItems(sources: FeedSource[], site: URL | string | undefined): RSSFeedItem[] {
  return [...sources]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((source) => {
      const lead = source.image ? `<p><img src="${source.image.src}" alt="${source.image.alt.replaceAll('"', '&quot;')}"></p>` : ''
      return {
        title: source.title,
        link: absoluteUrl(source.path, site),
        pubDate: new Date(source.date),
        description: source.summary,
        content: absolutizeHtml(lead + source.html, site),
        categories: [source.category],
      }
    })
}
