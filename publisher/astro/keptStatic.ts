/**
 * Routes without getStaticPaths (home, section fronts, the ~50 feeds, 404…) have no cache key: a
 * targeted publish used to render all of them, every time — about 70 of the ~80 pages a one-document edit
 * rendered, nearly all coming out byte-identical (issue 26). The kept renderer (keptRenderer.ts) renders
 * them one at a time and notes which content collections each one read (internals.mjs watchReads); in
 * the next publish such a page is not rendered again when all of this holds:
 * - the live build is the one it was rendered (or last carried) into, so the live file is its output;
 * - no collection it read was written by a loader since (a changed, added, removed or re-dated entry:
 *   internals.mjs syncWithLoaders) — its inputs are the store, the build's settings (fixed for the
 *   process) and the clock, which reaches pages through the loaders (an entry re-read when its date passes);
 * - it is the same China day (a page reading the clock directly — the year on the partners page, the
 *   coming volunteer activities on the home page — is rendered again at least once a day).
 * A page not rendered is linked from the live build into the render folder, so the assembly sees it as
 * rendered and unchanged (the sitemap still lists it); a preview answers it from the live build.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { RouteData } from 'astro'
import { chinaDay } from '../../cms/domain/dates.ts'
import { type Store, watchReads } from './internals.mjs'
import { pageTarget } from './pageTarget.ts'

/**
 * What each static page read when rendered, each dynamic route's getStaticPaths when listed (keptListing.ts),
 * and the cacheKey each keyed feed (a dynamic route's file that is not a page: the unit feeds) was rendered with.
 */
type Memo = {
  day: string
  into: string
  reads: Map<string, ReadonlySet<string>>
  lists: Map<string, ReadonlySet<string>>
  keys: Map<string, string>
}

/** Per kept renderer (one per build process): what each static page read when it was last rendered. */
const memos = new WeakMap<object, Memo>()

export type StaticPlan = {
  /** May the page `key` keep the live build's file? (Then it counts as carried into this build.) */
  keep(key: string): boolean
  /** The page `key` was rendered, reading these collections. */
  rendered(key: string, reads: ReadonlySet<string>): void
  /** May the route `key` ('bulletins/[slug]') keep the live build's pages and keys without being listed? */
  keepList(key: string): boolean
  /** The route `key` was listed, its getStaticPaths reading these collections. */
  listed(key: string, reads: ReadonlySet<string>): void
  /**
   * May the keyed file `file` (a feed with a cacheKey, not in the page manifest) keep the live build's file?
   * Only when it was rendered (or carried) into the live build with this same key — a key is a hash of all
   * it shows (site/lib/cacheKey.ts) — and only for a publish (a preview has no build of its own to carry into).
   */
  keepKeyed(file: string, cacheKey: string): boolean
  /** The keyed file `file` was rendered with this cacheKey. */
  renderedKeyed(file: string, cacheKey: string): void
}

/**
 * The static pages of one targeted publish (`into`: its new folder; `base`: the live build it starts
 * from), given the collections the loaders wrote to in this build's sync. For a preview (`into` null: the
 * preview folder answers from the live build what it does not have) a page or route is kept while the
 * day is the same and nothing it read was written since this process's last preview, whichever build is live now.
 */
export function staticPlan(owner: object, base: string, into: string | null, touched: ReadonlySet<string>, now: Date): StaticPlan {
  const day = chinaDay(now) ?? ''
  const last = memos.get(owner)
  // A publish keeps only on top of the build the memo was made into (the live file is that page's output). A
  // preview answers kept pages from whichever build is live: its own store was synced from the same database,
  // so a publish in between that changed what a page read shows up in `touched` (issue 26: no re-listing after a publish).
  const valid = last && last.day === day && (into === null || last.into === base) ? last : null
  // A preview (no new folder) is answered from the live build where it has no page: it builds on `base` again.
  // Keyed files go on as they were unless rendered again: a file not listed now (its route kept, keptListing.ts) is the live one.
  const next: Memo = {
    day,
    into: into ?? base,
    reads: new Map(),
    lists: new Map(),
    keys: new Map(into === null ? [] : (valid?.keys ?? [])),
  }
  memos.set(owner, next)
  const carry = (from: Memo['reads'] | undefined, to: Memo['reads'], key: string) => {
    const reads = from?.get(key)
    if (!reads || [...reads].some((collection) => touched.has(collection))) return false
    to.set(key, reads)
    return true
  }
  return {
    keep: (key) => carry(valid?.reads, next.reads, key),
    rendered(key, reads) {
      next.reads.set(key, reads)
    },
    keepList: (key) => carry(valid?.lists, next.lists, key),
    listed(key, reads) {
      next.lists.set(key, reads)
    },
    keepKeyed(file, cacheKey) {
      return into !== null && valid?.keys.get(file) === cacheKey
    },
    renderedKeyed(file, cacheKey) {
      next.keys.set(file, cacheKey)
    },
  }
}

/** A route without getStaticPaths (one page, its pathname fixed). */
export const isStatic = (route: RouteData): boolean => typeof route.pathname === 'string'

/** Link the live build's `file` into the render folder; false when the live build has no such file. */
export function linkLive(liveDir: string, outDir: string, file: string): boolean {
  try {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    fs.linkSync(path.join(liveDir, file), path.join(outDir, file))
    return true
  } catch {
    return false
  }
}

/** Render the static pages of `paths` one after the other, telling `plan` which collections each read. */
export async function renderStatics<P extends { pathname: string; route: RouteData }>(
  store: Store,
  plan: StaticPlan | null,
  paths: readonly P[],
  render: (path: P) => Promise<void>,
): Promise<void> {
  let reads: Set<string> | null = null
  const unwatch = plan ? watchReads(store, (collection) => reads?.add(collection)) : () => undefined
  try {
    for (const entry of paths) {
      if (!isStatic(entry.route)) continue
      reads = new Set()
      await render(entry)
      plan?.rendered(pageTarget(entry.pathname, entry.route).file, reads)
      reads = null
    }
  } finally {
    unwatch()
  }
}
