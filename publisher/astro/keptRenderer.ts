/**
 * Targeted publishes without starting Astro again. A targeted `astro build` at 10,000 items spends
 * about 3 s before it renders its first page (config, Vite, content sync and a 9 MB content store
 * written to disk, the page bundle) — every edit, even one that changes 5 pages. The long-lived build
 * process (publisher/buildWorker.ts) keeps what the last Astro build made instead (keptApp.ts):
 * - its page renderer: Astro's own prerender app, with every page module of the site loaded;
 * - its content store: the Map the pages read through astro:content.
 * A later targeted build then runs the same content loaders (site/loaders/index.ts) against that
 * Map, asks the same app for every route's paths (each route's getStaticPaths keeps only the pages
 * whose key changed, site/lib/buildScope.ts, and writes the new page manifest), renders those
 * pages into the scratch folder exactly where `astro build` puts them, and hands the folder to the
 * same assembly as an Astro-rendered one (keptFinish.ts: publicMedia.ts, targetedBuild.mjs): snapshot, /media/,
 * sitemap, search index, checks, switch.
 *
 * What it never does: full builds (code, schema or lockfile changes, `npm run build:site`) and
 * previews always run Astro; a code change makes the builder run a full build, which replaces what
 * is kept. The content on disk (data-store.json) is left as the last Astro build wrote it: its
 * loaders' sync marks are older, so the next Astro build reads every change since then again.
 * Any error here falls back to a real Astro build of the same request (buildWorker.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { RouteData } from 'astro'
import { contentTypes } from '../../cms/domain/contentTypes/index.ts'
import { eachLimited } from '../../cms/storage/files.ts'
import type { BuildRequest } from '../../site/lib/buildRequest.ts'
import { loadersFor } from '../../site/loaders/index.ts'
import { isSearchable, pageFile } from '../rules/affectedPages.ts'
import { clockTurned } from '../rules/clockTurned.ts'
import { forgetPaths, renderRoute, syncWithLoaders } from './internals.mjs'
import type { Kept } from './keptApp.ts'
import { listPaths } from './keptListing.ts'
import { isStatic, linkLive, renderStatics, staticPlan } from './keptStatic.ts'
import { pageTarget } from './pageTarget.ts'
import { folderMaker, placeRendered, type RenderedFacts } from './renderedFacts.ts'
import { type EarlySearch, earlySearch } from './searchUpdate.mjs'
import { removedPages } from './targetedBuild.mjs'

export { pageTarget } from './pageTarget.ts'

/** Collections whose loaders re-read documents when a date passes (the content-type table's clockField). */
const CLOCK_DRIVEN: ReadonlySet<string> = new Set(contentTypes.filter((type) => type.site.clockField).map((type) => type.key))

/** When each kept store was last synced (ms): a clock-driven entry's dates are judged against it (clockTurned.ts). */
const lastSync = new WeakMap<object, number>()

export type KeptJob = { outDir: string; cacheDir: string; request: BuildRequest }

/**
 * The rendering half of a targeted build through the kept app: sync content and render the affected
 * pages into `outDir`. Nothing outside `outDir` and the kept store is touched yet, so on an error the
 * caller can forget the renderer and run Astro for the same request. Log lines carry the markers
 * `astro build` writes (the bench reads its phases from them).
 */
export async function renderWithKept(
  kept: Kept,
  job: KeptJob,
  log: (line: string) => void,
  facts: RenderedFacts | null = null,
): Promise<EarlySearch | null> {
  const targeted = job.request.targeted
  if (!targeted?.into) throw new Error('the kept renderer does targeted publish builds only')
  // The search indexes these pages are in start taking their other pages now, and each page once rendered (see earlySearch).
  return renderListed(kept, job, log, (files) => earlySearch(targeted.baseDir, files, removedPages(job.request).map(pageFile)), facts)
}

/**
 * The cacheKey of a path that is a keyed feed — a dynamic route's file that is not an HTML page (those are
 * in the page manifest and listed only when affected: site/lib/buildScope.ts) — or null.
 */
function keyedFeed(entry: { pathname: string; route: RouteData; cacheKey?: string }): string | null {
  return entry.cacheKey !== undefined && !isStatic(entry.route) && !pageTarget(entry.pathname, entry.route).file.endsWith('.html')
    ? entry.cacheKey
    : null
}

/** What a caller of renderListed does with the pages about to be rendered and each one once rendered. */
type RenderWatch = { rendered(file: string, html: string, live?: string | null): void; discard(): Promise<void> } | null

/**
 * Sync the kept store with the loaders of the job's request, list every route's paths (each
 * getStaticPaths keeps only the affected pages) and render them into `job.outDir`. `watch` is told
 * the files about to be rendered and returns what is told of each HTML page rendered.
 */
export async function renderListed<W extends RenderWatch>(
  kept: Kept,
  job: KeptJob,
  log: (line: string) => void,
  watch: (files: string[]) => W,
  facts: RenderedFacts | null = null,
): Promise<W> {
  const started = Date.now()
  log('[content] Syncing content')
  // A clock-driven entry re-read unchanged counts only when one of its dates passed since this store's last sync.
  const syncedAt = Date.now()
  const since = lastSync.get(kept.store) ?? null
  const clockDue = (data: unknown) => clockTurned(data, since, syncedAt)
  const touched = await syncWithLoaders(kept.store, loadersFor(job.request, kept.page), job.cacheDir, log, CLOCK_DRIVEN, clockDue)
  lastSync.set(kept.store, syncedAt)
  log(`[content] Synced content (changed: ${[...touched].sort().join(', ') || 'nothing'})`)
  forgetPaths(kept.app)
  fs.rmSync(job.outDir, { recursive: true, force: true })
  fs.mkdirSync(job.outDir, { recursive: true })
  log('[kept] generating static routes')
  const renderStarted = Date.now()
  // Pages and routes whose inputs did not change keep the live build's files (keptStatic.ts, keptListing.ts).
  const targeted = job.request.targeted
  const plan = targeted ? staticPlan(kept, targeted.baseDir, targeted.into, touched, new Date()) : null
  // Every route's paths (each getStaticPaths keeps only the affected pages); the first route wins a pathname, as in Astro.
  const seen = new Set<string>()
  const listed = await listPaths(kept, plan, targeted?.baseDir ?? null, job.request.pagesDir)
  const paths = listed.paths.filter(({ pathname }) => {
    const key = pathname.replace(/\/+$/, '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const listedMs = Date.now() - renderStarted
  const origin = new URL(kept.site || 'http://localhost').origin
  const fromLive = (file: string) =>
    !!targeted && (targeted.into ? linkLive(targeted.baseDir, job.outDir, file) : fs.existsSync(path.join(targeted.baseDir, file)))
  const carried = new Set([
    ...paths
      .filter(({ route }) => isStatic(route))
      .map(({ pathname, route }) => pageTarget(pathname, route).file)
      .filter((file) => !!plan?.keep(file) && fromLive(file)),
    // Keyed feeds (the unit feeds) whose key is the one they were rendered with into the live build.
    ...paths
      .map((entry) => ({ file: pageTarget(entry.pathname, entry.route).file, key: keyedFeed(entry) }))
      .filter(({ file, key }) => key !== null && !!plan?.keepKeyed(file, key) && fromLive(file))
      .map(({ file }) => file),
  ])
  const rendering = paths.filter(({ pathname, route }) => !carried.has(pageTarget(pathname, route).file))
  const early = watch(rendering.map(({ pathname, route }) => pageTarget(pathname, route).file))
  const makeFolder = folderMaker()
  const render = async ({ pathname, route, cacheKey }: (typeof paths)[number]) => {
    const target = pageTarget(pathname, route)
    const response = await renderRoute(kept.app, new Request(new URL(target.url, origin)), route)
    // As astro build: the body is the page whatever the status (the 404 page answers 404); no route redirects.
    if (response.status >= 300 && response.status < 400) throw new Error(`${pathname}: a redirect (${response.status})`)
    if (!response.body) return
    const body = Buffer.from(await response.arrayBuffer())
    if (facts && targeted?.into) {
      // The live bytes are wanted for a page the early search compares; another file is not read when its size differs.
      const html = target.file.endsWith('.html')
      const live = placeRendered(
        facts,
        targeted.baseDir,
        job.outDir,
        target.file,
        body,
        makeFolder,
        !!early && html && isSearchable(target.file),
      )
      if (html) early?.rendered(target.file, body.toString('utf8'), live === undefined ? undefined : (live?.toString('utf8') ?? null))
    } else {
      const file = path.join(job.outDir, target.file)
      makeFolder(path.dirname(file))
      fs.writeFileSync(file, body)
      if (target.file.endsWith('.html')) early?.rendered(target.file, body.toString('utf8'))
    }
    const key = keyedFeed({ pathname, route, cacheKey })
    if (key !== null) plan?.renderedKeyed(target.file, key)
    // The page went to disk synchronously: let the event loop turn (the early search's pages go to the
    // Pagefind process over a socket, the snapshot's message and the log's flush arrive) before the next.
    await new Promise((resolve) => setImmediate(resolve))
  }
  try {
    // Static pages one at a time, each noting the collections it reads; then the others, four at a time.
    await renderStatics(kept.store, plan, rendering, render)
    await eachLimited(
      rendering.filter(({ route }) => !isStatic(route)),
      4,
      render,
    )
  } catch (error) {
    await early?.discard()
    throw error
  }
  log(
    `✓ Completed in ${Date.now() - renderStarted}ms (kept renderer: ${rendering.length} pages, ${carried.size} unchanged static pages and keyed feeds kept from the live build, ${listedMs} ms listing every route's paths (${listed.skipped} routes with unchanged inputs not listed${listed.slowest ? `; slowest: ${listed.slowest}` : ''}), ${Date.now() - started} ms since the request).`,
  )
  return early
}
