/**
 * A feed file's modification time is its last real change (issue 25): the newest item's updated date,
 * read back from the feed itself (RSS `<lastBuildDate>`, written from the items by
 * site/lib/feedEndpoint.ts; JSON Feed: the latest `date_modified`). Set on the file after each build
 * (publisher/astro/feedTimes.ts), it makes Last-Modified and the ETag (size and mtime, in the built-in
 * server and nginx) last until an item changes. Pure.
 */

/** Feed files of a build, relative to its folder: the site's, each section's and each unit's. */
export const isFeedFile = (relative: string): boolean => /(^|\/)(rss\.xml|feed\.json)$/.test(relative)

/** The feed's last change, or null when it has no items (or cannot be read): its time is then left alone. */
export function feedLastChange(relative: string, text: string): Date | null {
  if (relative.endsWith('.json')) {
    try {
      const items = (JSON.parse(text) as { items?: { date_modified?: string }[] }).items ?? []
      const times = items.map((item) => Date.parse(item.date_modified ?? '')).filter((time) => !Number.isNaN(time))
      return times.length ? new Date(Math.max(...times)) : null
    } catch {
      return null
    }
  }
  if (!text.includes('<item>')) return null
  const match = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(text)
  const time = match?.[1] ? Date.parse(match[1]) : Number.NaN
  return Number.isNaN(time) ? null : new Date(time)
}
