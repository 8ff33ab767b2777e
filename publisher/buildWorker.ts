/**
 * A long-lived Astro build process. Starting Astro, Vite and Payload costs seconds on every
 * `astro build`; this process pays that once and then builds on request (IPC). Each publish build
 * adds the keepRenderer integration (publisher/astro/keptApp.ts), which hands this process what
 * the build made; a later targeted publish is rendered with that (publisher/astro/keptRenderer.ts)
 * without starting Astro again. Each message carries the whole build as data (runners.ts BuildJob):
 * output and cache folders go to Astro as inline config, and what the build is for (its request) and the
 * settings it runs with (its parent's, read once by the parent's entry point: this process reads none)
 * go to the site's integrations as arguments (publisher/astro/siteConfig.mjs). A targeted build's snapshot
 * of the live build is handed on by a second message once complete (runners.ts WorkerSnapshot).
 *
 * Each build runs in its own working directory (job.scratchDir), so the server bundle Astro
 * prerenders with lands in a folder no other build of this process uses: Astro's private rule, touch
 * point 6 of publisher/astro/internals.mjs. Paths of the project hang off the settings sent with the
 * build, never off the working directory.
 */
import fs from 'node:fs'
import { type AstroIntegration, build } from 'astro'
import { parseBuildRequest } from '../site/lib/buildRequest.ts'
import { forgetParts } from '../site/lib/keptFiles.ts'
import { deferCacheCopies, inOwnPrerenderFolder, syncPageWrites } from './astro/internals.mjs'
import type { Kept } from './astro/keptApp.ts'
import { finishWithKept } from './astro/keptFinish.ts'
import { keptPreviewFits, previewWithKept } from './astro/keptPreview.ts'
import { renderWithKept } from './astro/keptRenderer.ts'
import type { PrerenderTap } from './astro/prerenderTaps.ts'
import { type MediaSource, mediaSourceOf } from './astro/publicMedia.ts'
import { renderedFacts } from './astro/renderedFacts.ts'
import { siteConfig } from './astro/siteConfig.mjs'
import type { SnapshotReady } from './astro/targetedBuild.mjs'
import { batchOutput, flushOutput } from './batchedOutput.ts'
import { PageWriteThread } from './pageWriteThread.ts'
import type { SnapshotOutcome, WorkerReply, WorkerRequest, WorkerSnapshot } from './runners.ts'
import { siteSourceHash } from './sourceHash.ts'

/** What the last publish build of this process made, for rendering the next targeted publish (null: build with Astro). */
let kept: Kept | null = null
/**
 * What the last Astro preview build of this process made, for rendering the next targeted preview
 * (publisher/astro/keptPreview.ts). Never used for a publish (its store holds a draft), nor `kept` for a preview.
 */
let keptPreview: (Kept & { codeHash: string }) | null = null

/** A build log line, timestamped like Astro's. */
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} ${line}`)

/** The snapshot outcome of each running build, settled by its WorkerSnapshot message. */
const snapshots = new Map<number, (outcome: SnapshotOutcome) => void>()

/** Resolves once build `id`'s snapshot is complete (rejects with why it failed); never polls. */
function snapshotOf(id: number): SnapshotReady {
  const outcome = new Promise<SnapshotOutcome>((resolve) => snapshots.set(id, resolve))
  return async () => {
    const done = await outcome
    if (!done.ok) throw new Error(done.error)
  }
}

/**
 * A targeted publish through what the last Astro build in this process kept (keptRenderer.ts): true
 * when done. A failure while rendering forgets it (the caller runs Astro for the same request); a
 * failure after that (the new build folder is being assembled) fails the build, which the builder
 * retries with Astro.
 */
async function buildWithKept(job: WorkerRequest['job'], snapshotReady: SnapshotReady, media: MediaSource): Promise<boolean> {
  const renderer = job.request.targeted?.into && job.request.preview === null ? kept : null
  if (!renderer) return false
  let early: Awaited<ReturnType<typeof renderWithKept>>
  const facts = renderedFacts(media.storage.kind === 's3' ? media.storage.publicBaseUrl : undefined)
  try {
    early = await renderWithKept(renderer, job, log, facts)
  } catch (error) {
    kept = null
    log(`[kept] rendering failed, building with Astro instead: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return false
  }
  try {
    await finishWithKept(renderer, job, early, log, snapshotReady, media, facts)
  } catch (error) {
    kept = null
    throw error
  }
  return true
}

/** A targeted preview through what the last Astro preview build kept: true when done; on a failure it is forgotten (Astro runs). */
async function previewWithKeptApp(job: WorkerRequest['job'], media: MediaSource, root: string): Promise<boolean> {
  const renderer = keptPreviewFits(job) ? keptPreview : null
  // Kept from other code (the site's code changed since, and the live build was rebuilt with it): Astro, whose app is kept instead.
  if (!renderer || renderer.codeHash !== siteSourceHash(root)) return false
  try {
    await previewWithKept(renderer, job, media, log)
    return true
  } catch (error) {
    keptPreview = null
    log(`[kept] preview failed, building with Astro instead: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return false
  }
}

/**
 * V8 keeps the heap pages a garbage collection frees (mapped and resident) for its next allocations;
 * only a last-resort collection hands them back. A full build's content sync is its largest heap (at
 * 100,000 items about 3 GB of RSS, where the render then lives in about 1 GB of heap): without this,
 * those pages stayed resident through the render, beside the Pagefind service (issue 26: builder
 * memory). Run once per full build, between the content sync and the bundle (astro:build:start); it
 * needs --expose-gc (publisher/runners.ts) and costs a few full collections. Not for targeted builds:
 * their heap is small and their time counts in publish-to-live.
 */
const lastResortGc = (): void => {
  const gc = (globalThis as { gc?: (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void }).gc
  gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}

const releaseMemory: AstroIntegration = {
  name: 'campaign:release-memory',
  hooks: { 'astro:build:start': lastResortGc },
}

/** The thread a full build's pages are written on while they render (pageWriteThread.ts); one per process, started at its first full build. */
const pageWrites = new PageWriteThread()

/**
 * A full build's pages are written on pageWrites while Astro renders them: from its prerenderer's setup
 * (after the bundle and its assets are in place) to its teardown (every page generated, before any
 * astro:build:generated or astro:build:done hook reads the folder), where every write is checked (a
 * failed one fails the build); writes before and after are made on this thread. `state.threaded` is
 * read at each write.
 */
function threadedPageWrites(state: { threaded: boolean }): PrerenderTap {
  return (prerenderer) => {
    const setup = prerenderer.setup?.bind(prerenderer)
    const teardown = prerenderer.teardown?.bind(prerenderer)
    prerenderer.setup = async () => {
      await setup?.()
      state.threaded = true
    }
    prerenderer.teardown = async () => {
      state.threaded = false
      try {
        await pageWrites.flush()
      } finally {
        await teardown?.()
      }
    }
    return prerenderer
  }
}

async function runBuild({ id, job: sent, settings }: WorkerRequest): Promise<void> {
  const job = { ...sent, request: parseBuildRequest(JSON.stringify(sent.request)) }
  // Manifest parts kept by an earlier build that stopped half-way are not this build's (keptListing.ts).
  forgetParts()
  const snapshotReady = snapshotOf(id)
  const root = settings.paths.projectRoot
  fs.mkdirSync(job.cacheDir, { recursive: true })
  if (await buildWithKept(job, snapshotReady, mediaSourceOf(settings))) return
  if (await previewWithKeptApp(job, mediaSourceOf(settings), root)) return
  // Astro lists every route again: no part kept by a kept-renderer attempt that failed may stand for one of them.
  forgetParts()
  const codeHash = siteSourceHash(root)
  // A publish build hands over what it made; a preview's app (its store shows a draft) is kept for previews only.
  const onKept =
    job.request.preview === null
      ? (made: Kept | null) => (kept = made)
      : (made: Kept | null) => (keptPreview = made && { ...made, codeHash })
  const full = job.request.targeted === null && job.request.preview === null
  // A full build's pages are written on a thread of their own (targeted builds and previews write few pages: on this one).
  const writes = { threaded: false }
  const config = siteConfig({ settings, request: job.request, snapshotReady, onKept, pageWrites: full ? threadedPageWrites(writes) : null })
  if (full) config.integrations = [...(config.integrations ?? []), releaseMemory]
  // A publish full build writes each page once; its builder links the incremental cache's copies to the finished build (siteBuild.ts).
  deferCacheCopies(job.incremental && job.request.preview === null)
  // Pages written synchronously into the output folder (internals.mjs 8.: no thread-pool trips per page),
  // a full build's on their own thread while Astro renders (threadedPageWrites).
  const asyncWrites = syncPageWrites(job.outDir, () => (writes.threaded ? pageWrites : null))
  try {
    await inOwnPrerenderFolder(job.scratchDir, root, () =>
      build({
        ...config,
        configFile: false,
        root,
        outDir: job.outDir,
        cacheDir: job.cacheDir,
        logLevel: 'info',
        experimental: { ...config.experimental, incrementalBuild: job.incremental },
      }),
    )
  } finally {
    asyncWrites()
    // A build that failed between its prerenderer's setup and teardown: nothing is still written into its folder once it is reported.
    if (writes.threaded) {
      writes.threaded = false
      await pageWrites.flush().catch(() => undefined)
    }
  }
}

batchOutput()
process.on('message', (message: WorkerRequest | WorkerSnapshot) => {
  if ('snapshot' in message) return snapshots.get(message.id)?.(message.snapshot)
  void runBuild(message)
    .finally(() => {
      snapshots.delete(message.id)
      flushOutput()
    })
    .then(
      () => {
        // A full build leaves the render's heap pages resident (at 100,000 items 3.0–3.5 GB of RSS, where the
        // kept state after it is ~1.4 GB), and the runner restarts a worker whose RSS passed its cap before the
        // next build, which then starts from nothing: an Astro build of minutes in place of a publish of seconds
        // (issue 26). Handing the freed pages back first keeps the worker and its kept renderer.
        if (message.job.request.targeted === null && message.job.request.preview === null) lastResortGc()
        process.send?.({
          id: message.id,
          ok: true,
          rss: process.memoryUsage().rss,
          // maxRSS is in KiB: the process's largest RSS since it started (its builds so far), where rss is after this build.
          peakRss: process.resourceUsage().maxRSS * 1024,
        } satisfies WorkerReply)
      },
      (error: unknown) => {
        console.error(error)
        process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply)
      },
    )
})
process.on('disconnect', () => process.exit(0))
