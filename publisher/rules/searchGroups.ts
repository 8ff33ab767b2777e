/**
 * How a full build files pages into search shards (issue 26): by the unit a page shows, so that a unit
 * rename, which changes the searched text of that unit's pages, rewrites the few shards holding them
 * and not every shard (session 9: the first rename at 100,000 items rewrote all 64 shards, 182 s).
 *
 * A page's group is read from its rendered `<main>` (what Pagefind indexes): the one unit it links to
 * (`/units/<slug>/`), MANY_UNITS when it links to several (lists, rankings: any rename touches them),
 * NO_UNIT when it links to none. The live indexer (publisher/astro/pagefindLive.ts) keeps one open
 * shard per bucket and deals each group to one bucket, in the order groups first appear. Pure.
 */

export const MANY_UNITS = 'units:many'
export const NO_UNIT = 'units:none'

/** Buckets filled at the same time: each holds an open index in the Pagefind service until it is full. */
export const MAX_BUCKETS = 16
/**
 * Pages held by open indexes at most: the Pagefind service keeps a page in memory until its shard is
 * written, about 0.1 MB each here (16 open shards at 10,000 items raised the build's process tree by
 * about 0.3 GB), so at 100,000 items (shards of ~1,700 pages) five buckets, not sixteen.
 */
export const OPEN_PAGES_BUDGET = 8_000
/** At least two buckets: the Pagefind service indexes on two threads. */
export const MIN_BUCKETS = 2

const UNIT_LINK = /href="\/units\/([^"/?#]+)\/"/g

/** The searched part of a page: its `<main>` (the whole page when it has none). */
function mainOf(html: string): string {
  const start = html.indexOf('<main')
  if (start < 0) return html
  const end = html.indexOf('</main>', start)
  return end < 0 ? html.slice(start) : html.slice(start, end)
}

/** The group of a rendered page: `unit:<slug>`, MANY_UNITS or NO_UNIT. */
export function searchGroupOf(html: string): string {
  let found: string | null = null
  for (const match of mainOf(html).matchAll(UNIT_LINK)) {
    const slug = match[1] as string
    if (found === null) found = slug
    else if (found !== slug) return MANY_UNITS
  }
  return found === null ? NO_UNIT : `unit:${found}`
}

/** How many buckets a build of shards of `perShard` pages fills at once. */
export function bucketCount(perShard: number): number {
  return Math.min(MAX_BUCKETS, Math.max(MIN_BUCKETS, Math.floor(OPEN_PAGES_BUDGET / Math.max(1, perShard))))
}

/** Deals each group to a bucket, in the order groups first appear (the first `buckets` groups get one each). */
export function groupBuckets(buckets: number): (group: string) => number {
  const assigned = new Map<string, number>()
  return (group) => {
    let bucket = assigned.get(group)
    if (bucket === undefined) {
      bucket = assigned.size % buckets
      assigned.set(group, bucket)
    }
    return bucket
  }
}
