/**
 * A full build's search index, made while Astro renders (issue 26): each searchable page goes to the
 * Pagefind service (its own process, so it works on the other core) the moment it is rendered, and
 * each base shard is written as soon as it holds its share of pages, in the background. After the
 * render only the pages Astro reused from its incremental cache are read from disk, the last shards
 * written, and the index placed as indexSite() places it. The result is the same index a full build
 * always made — every searchable page in exactly one base shard, about shardCount(pages) shards,
 * /pagefind/shards.json and the search state — except that a shard holds pages rendered one after
 * the other instead of pages picked by a hash (the search state records where each page is, and only
 * a full index uses shardOf). Pages are filed by the unit they show (publisher/rules/searchGroups.ts):
 * one open shard per bucket, each unit's pages in its bucket's shards, so a unit rename rewrites those
 * shards and the shards of pages showing many units, not every shard; a bucket's last shard may be
 * partly full, so shards are filled to shardCount(pages) less one per bucket. Whenever the pages on
 * disk are not exactly the pages it planned (a page
 * it indexed was not written, a page it did not plan was), it throws its work away and indexes the
 * folder from disk (indexSite), so a surprise costs time, never an entry.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { AstroPrerenderer, RouteData } from 'astro'
import * as pagefind from 'pagefind'
import { isSearchable, shardCount } from '../rules/affectedPages.ts'
import { bucketCount, groupBuckets, searchGroupOf } from '../rules/searchGroups.ts'
import { baseState, shardIndexName } from '../rules/searchLayers.ts'
import { addPage, indexSite, newIndex, type PagefindIndex, placeIndex, searchedFiles, writeIndex, writeState } from './pagefindIndex.mjs'
import { pageTarget } from './pageTarget.ts'
import { type PrerenderTap, renderedBody } from './prerenderTaps.ts'

/**
 * One base shard being filled: its index in the Pagefind service, its pages, each page's request (sent
 * in the order the pages came, without waiting for the answer to the one before) and, once sealed,
 * the writing of its files.
 */
type Part = { shard: number; files: string[]; index: Promise<PagefindIndex>; sent: Promise<void>[]; written: Promise<void> | null }

export type LiveSearch = {
  /** Wraps the build's prerenderer: learns every page from getStaticPaths, indexes each page it renders. */
  tap: PrerenderTap
  /** Where the build writes (astro:config:done): the shards are written into temporary folders there. */
  outDir(dir: string): void
  /** Complete, write and place the index of the finished build in `dir`; returns the pages indexed and how many while rendering. */
  finish(dir: string): Promise<{ pages: number; whileRendering: number; fromDisk: boolean }>
}

/** The page key Astro dedupes paths by (no slashes around, decoded). */
const keyOf = (pathname: string): string => pathname.replace(/^\/+|\/+$/g, '')

/** The searchable HTML files of a build's paths, by page key (the first route of a pathname wins, as in Astro). Pure. */
export function plannedFiles(paths: readonly { pathname: string; route: Pick<RouteData, 'type'> }[]): Map<string, string> {
  const files = new Map<string, string>()
  const seen = new Set<string>()
  for (const { pathname, route } of paths) {
    const key = keyOf(pathname)
    if (seen.has(key)) continue
    seen.add(key)
    const { file } = pageTarget(pathname, route)
    if (file.endsWith('.html') && isSearchable(file)) files.set(key, file)
  }
  return files
}

/**
 * Send a page to its shard's index once the index is at hand. A function of its own: the closures made
 * in `add` share one scope, and its `.catch` lives until the answer is read (after the render), so a
 * `content` in that scope kept every page's HTML through the render (issue 26: builder memory).
 */
const send = (index: Promise<PagefindIndex>, file: string, content: string): Promise<void> =>
  index.then((ready) => addPage(ready, file, content))

/** The live indexer of one full build (siteConfig.mjs makes one per build that wants a search index). */
export function liveSearch(): LiveSearch {
  let out = ''
  let planned: Map<string, string> | null = null
  let shards = 0
  let perShard = 1
  const indexed = new Set<string>()
  const parts: Part[] = []
  /** The open shard of each bucket (null: the next page of the bucket opens one). */
  let open: (Part | null)[] = []
  let bucketOf = groupBuckets(1)
  let failure: unknown = null
  /**
   * Indexes made before the render, taken by the shards as they open. Pages render one after another
   * without this process's event loop turning (Astro awaits only settled promises between them, page
   * writes included: internals.mjs 8.), so an answer of the Pagefind service is read only after the
   * render: a shard that had to wait for its new index, or each page for the answer to the one before,
   * left every page to be indexed after it (13 s of a 44 s build at 10,000 items). With its index at
   * hand a shard's requests are all written to the service at once, and it indexes while pages render.
   */
  let spare: PagefindIndex[] = []
  const fresh = (shard: number) => path.join(out, `.pagefind-shard-${shard}.tmp`)

  const openPart = (): Part => {
    const ready = spare.shift()
    const part: Part = { shard: parts.length, files: [], index: ready ? Promise.resolve(ready) : newIndex(), sent: [], written: null }
    parts.push(part)
    return part
  }
  const seal = (part: Part) => {
    open = open.map((other) => (other === part ? null : other))
    // After every page's request (callbacks on one promise run in the order they were added): the service builds the shard next.
    part.written = part.index.then(async (index) => {
      const outcomes = await Promise.allSettled([writeIndex(index, part.files, fresh(part.shard), part.shard === 0), ...part.sent])
      const failed = outcomes.find((outcome) => outcome.status === 'rejected')
      if (failed) throw failed.reason
    })
    part.written.catch((error: unknown) => (failure ??= error))
  }
  const add = (file: string, content: string) => {
    const bucket = bucketOf(searchGroupOf(content))
    const part = open[bucket] ?? openPart()
    open[bucket] = part
    indexed.add(file)
    part.files.push(file)
    const sent = send(part.index, file, content)
    sent.catch((error: unknown) => (failure ??= error))
    part.sent.push(sent)
    if (part.files.length >= perShard) seal(part)
  }
  const discard = async () => {
    await Promise.all(parts.map((part) => part.written?.catch(() => undefined) ?? Promise.allSettled(part.sent)))
    for (const part of parts) fs.rmSync(fresh(part.shard), { recursive: true, force: true })
    await pagefind.close()
  }

  const tap: PrerenderTap = (prerenderer: AstroPrerenderer) => {
    const getStaticPaths = prerenderer.getStaticPaths.bind(prerenderer)
    const render = prerenderer.render.bind(prerenderer)
    prerenderer.getStaticPaths = async () => {
      const paths = await getStaticPaths()
      planned = plannedFiles(paths)
      shards = shardCount(planned.size)
      const buckets = bucketCount(Math.ceil(planned.size / shards))
      // Full shards for all but `buckets` of them: each bucket's last shard is partly full, so the count stays within shardCount(pages).
      perShard = Math.ceil(planned.size / (shards > 2 * buckets ? shards - buckets : shards))
      open = Array.from({ length: buckets }, () => null)
      bucketOf = groupBuckets(buckets)
      // The shards' indexes made now, while this build can wait for the service's answers (see `spare`).
      // At most one per shard and one more per bucket (each bucket's last shard is partly full).
      if (planned.size > 0) spare = await Promise.all(Array.from({ length: shards + buckets }, () => newIndex()))
      return paths
    }
    prerenderer.render = async (request, options) => {
      const result = await render(request, options)
      const response = result instanceof Response ? result : result.response
      const file = planned?.get(keyOf(decodeURIComponent(new URL(request.url).pathname)))
      if (!file || !out || indexed.has(file) || !response.body || (response.status >= 300 && response.status < 400)) return result
      // Astro writes the body as it is; it gets the same bytes in a new Response (a body is read once).
      const body = await renderedBody(result)
      add(file, body.text)
      return body.result
    }
    return prerenderer
  }

  return {
    tap,
    outDir(dir) {
      out = dir
    },
    async finish(dir) {
      out = dir
      const disk = searchedFiles(dir)
      const onDisk = new Set(disk)
      const wanted = new Set(planned?.values() ?? [])
      const surprise =
        !planned ||
        failure !== null ||
        shardCount(disk.length) !== shards ||
        disk.some((file) => !wanted.has(file)) ||
        [...indexed].some((file) => !onDisk.has(file))
      if (surprise) {
        await discard()
        return { pages: await indexSite(dir), whileRendering: 0, fromDisk: true }
      }
      const whileRendering = indexed.size
      try {
        // Pages Astro reused from its incremental cache were never rendered: read them as written.
        for (const file of disk) if (!indexed.has(file)) add(file, await fs.promises.readFile(path.join(dir, file), 'utf8'))
        // Shard 0 (pagefind/ itself, with the search page's client files) exists even when no page is searchable.
        if (parts.length === 0) parts.push(openPart())
        for (const part of parts) if (!part.written) seal(part)
        await Promise.all(parts.map((part) => part.written))
      } catch (error) {
        await discard()
        throw error
      }
      await pagefind.close()
      fs.rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true })
      for (const part of parts) placeIndex(dir, shardIndexName(part.shard), fresh(part.shard))
      writeState(
        dir,
        baseState(
          parts.length,
          parts.map((part) => part.files),
        ),
      )
      return { pages: disk.length, whileRendering, fromDisk: false }
    },
  }
}
