/**
 * Feed items kept between builds, per section (issue 26). The unit feeds' getStaticPaths, the site-wide feeds
 * and each section's feed take every item of their sections; at 100,000 items mapping all of them again took
 * 2.3–5.5 s of every one-document publish, though an edit changes one section. The kept renderer keeps its
 * content store between publishes (publisher/astro/keptRenderer.ts) and replaces only the entries a loader
 * changed, added or removed (publisher/astro/internals.mjs scopedStore: an entry set again with the same
 * digest is left as it is, data and all). So a section's list made from entries that are all still there —
 * the same data objects, in the same order — is the list a new computation would make, except where the clock
 * moves an item's updated date (a dated event passing: FeedSource.changesAt). A section is made again when
 * either happened; the others are handed back as kept. The check reads every collection the list was made
 * from, so the kept renderer's read tracking (keptStatic.ts, keptListing.ts) sees what a new computation reads.
 * Pure but for what `reader` does; the lists are shared: callers never change them.
 */
import type { FeedSource } from './feeds.ts'

/** Where a section's items come from: the collections it reads, how to read one, how to make its items. */
export type SectionReader<K extends string> = {
  readsOf(key: K): readonly string[]
  read(collection: string): Promise<readonly { data: unknown }[]>
  make(key: K): Promise<FeedSource[]>
}

/** A collection as a section's list was made from it: each entry's data, in store order. */
type Stamp = readonly unknown[]
type Kept = { stamps: ReadonlyMap<string, Stamp>; sources: Promise<FeedSource[]>; until: number }

const sameStamp = (a: Stamp | undefined, b: Stamp | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((data, i) => data === b[i])

/** The earliest instant (ms) at which the clock alone changes one of these items; Infinity when never. */
export function sourcesChangeAt(sources: readonly FeedSource[]): number {
  let until = Number.POSITIVE_INFINITY
  for (const source of sources) if (source.changesAt) until = Math.min(until, new Date(source.changesAt).getTime())
  return until
}

/** A section's items by key (`now`: ms, the clock), kept while nothing they were made from changed. */
export function keptSections<K extends string>(reader: SectionReader<K>): (key: K, now?: number) => Promise<FeedSource[]> {
  const kept = new Map<K, Kept>()
  return async (key, now = Date.now()) => {
    const reads = reader.readsOf(key)
    const stamps = new Map(
      await Promise.all(reads.map(async (collection) => [collection, (await reader.read(collection)).map((entry) => entry.data)] as const)),
    )
    const last = kept.get(key)
    if (last && now < last.until && reads.every((collection) => sameStamp(last.stamps.get(collection), stamps.get(collection))))
      return last.sources
    const next: Kept = { stamps, sources: reader.make(key), until: Number.POSITIVE_INFINITY }
    kept.set(key, next)
    next.sources.then(
      (sources) => {
        next.until = sourcesChangeAt(sources)
      },
      () => {
        if (kept.get(key) === next) kept.delete(key)
      },
    )
    return next.sources
  }
}
