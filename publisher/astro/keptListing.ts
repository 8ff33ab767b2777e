/**
 * Listing every route's paths is the part of a targeted publish that grows with the site: each route's
 * getStaticPaths computes every page's props and cache key (site/lib/buildScope.ts), ~11,650 pages at
 * 10,000 items, to find the few whose key changed. The kept renderer notes which content collections
 * each route's getStaticPaths read (internals.mjs watchListing, watchReads; the build request it reads
 * to compare keys is left out: that comparison is what is skipped); in the next publish a route whose
 * collections no loader wrote since, on top of the build it was listed for, on the same China day
 * (keptStatic.ts staticPlan), is not listed: it has no page to render, and its part of the new page
 * manifest is the live build's (a preview answers its pages from the live build).
 */
import type { RouteData } from 'astro'
import { buildManifest, forgetParts, keepPart } from '../../site/lib/keptFiles.ts'
import { allStaticPaths, dynamicRoutes, type Store, skipPaths, watchListing, watchReads } from './internals.mjs'
import type { Kept } from './keptApp.ts'
import type { StaticPlan } from './keptStatic.ts'

/** A route's name in the page manifest: its file under site/pages without the extension. */
export const routeKey = (route: RouteData): string => route.component.replace(/^.*?\bpages\//, '').replace(/\.[a-z]+$/, '')

/**
 * Every route's paths, as allStaticPaths lists them, except the routes `plan` lets keep the live build's
 * pages (their manifest parts are the live manifest's, kept for `pagesDir`: keptFiles.ts keepPart). Returns the paths and
 * how many routes were not listed.
 */
export async function listPaths(
  kept: Kept,
  plan: StaticPlan | null,
  baseDir: string | null,
  pagesDir: string | null,
): Promise<{ paths: Awaited<ReturnType<typeof allStaticPaths>>; skipped: number; slowest: string }> {
  if (pagesDir) forgetParts(pagesDir)
  // The live build's page manifest (null: none, the routes are all listed), kept in memory (keptFiles.ts).
  const live = plan && baseDir ? buildManifest(baseDir) : null
  if (!plan || !live) return { paths: await allStaticPaths(kept.app), skipped: 0, slowest: '' }
  const skipped = new Set<string>()
  for (const route of dynamicRoutes(kept.app)) {
    const key = routeKey(route)
    const keys = live[key]
    if (!keys || !plan.keepList(key)) continue
    await skipPaths(kept.app, route)
    // A publish makes the next manifest (a preview none: its pages are answered from the live build):
    // this route's part is the live build's, kept in memory (the assembly writes the whole manifest, targetedBuild.mjs).
    if (pagesDir) keepPart(pagesDir, key, keys)
    skipped.add(key)
  }
  const reads = new Map<string, Set<string>>()
  let current: Set<string> | null = null
  // How long each listed route took (routes are listed one after another), for the build log.
  const took = new Map<string, number>()
  let routeStarted = Date.now()
  let last: string | null = null
  const lap = () => {
    if (last) took.set(last, (took.get(last) ?? 0) + Date.now() - routeStarted)
    routeStarted = Date.now()
  }
  const store: Store = kept.store
  const unwatchReads = watchReads(store, (collection) => current?.add(collection))
  const unwatchListing = watchListing(kept.app, (route) => {
    lap()
    const key = routeKey(route)
    current = skipped.has(key) ? null : new Set()
    last = current ? key : null
    if (current) reads.set(key, current)
  })
  try {
    const paths = await allStaticPaths(kept.app)
    lap()
    for (const [key, read] of reads) {
      read.delete('build')
      plan.listed(key, read)
    }
    return { paths, skipped: skipped.size, slowest: slowest(took, reads) }
  } finally {
    unwatchListing()
    unwatchReads()
  }
}

/** The routes that took longest to list, with what they read ('bulletins/[slug] 420 ms (bulletins, units)'), for the build log. */
function slowest(took: ReadonlyMap<string, number>, reads: ReadonlyMap<string, ReadonlySet<string>>, count = 5): string {
  return [...took]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${key} ${ms} ms (${[...(reads.get(key) ?? [])].sort().join(', ')})`)
    .join('; ')
}
