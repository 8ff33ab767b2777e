/**
 * A long-lived Astro build process. Starting Astro, Vite and Payload costs seconds on every
 * `astro build`; this process pays that once and then builds on request (IPC). Each publish build
 * adds the keepRenderer integration (site/integrations/keptApp.ts), which hands this process what
 * the build made; a later targeted publish is rendered with that (site/integrations/keptRenderer.ts)
 * without starting Astro again. Each message
 * carries the whole build as data (runners.ts BuildJob): output and cache folders go to Astro as
 * inline config, and what the build is for (search index, preview draft) is written to the cache
 * folder as campaign-build-request.json, where the site's loader and search integration read it.
 *
 * Framework detail (rule 16), kept to this file: Astro 7 writes the server bundle it renders static
 * pages with to `<outDir>/.prerender/` when outDir lies inside process.cwd(), and otherwise to
 * `<cwd>/.astro/.prerender/` — one folder shared by every build started from the same directory, and
 * the same module URLs build after build in this process (Node caches modules by URL). That is what
 * made builds fail with ERR_MODULE_NOT_FOUND for `.astro/.prerender/chunks/*`. So each build runs
 * with its own working directory (`job.scratchDir`: inside the project, so the bundle's imports of
 * packages resolve, and outside outDir): its bundle lands in a folder no other build uses, under URLs
 * no earlier build loaded. tests/unit/astroPrerenderDir.test.ts fails
 * if an Astro upgrade changes where that bundle goes. Paths of the project hang off the settings read
 * when this process starts (cms/config/processSettings.ts), never off the working directory.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'astro'
import { type Kept, keepRenderer } from '../../site/integrations/keptApp.ts'
import { finishWithKept, renderWithKept } from '../../site/integrations/keptRenderer.ts'
import { processSettings } from '../config/processSettings.ts'
import { BUILD_REQUEST_FILE } from '../domain/buildRequest.ts'
import type { WorkerReply, WorkerRequest } from './runners.ts'

/** What the last publish build of this process made, for rendering the next targeted publish (null: build with Astro). */
let kept: Kept | null = null

/** A build log line, timestamped like Astro's. */
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} ${line}`)

/**
 * A targeted publish through what the last Astro build in this process kept (site/integrations/
 * keptRenderer.ts): true when done. A failure while rendering forgets it (the caller runs Astro for
 * the same request); a failure after that (the new build folder is being assembled) fails the build,
 * which the builder retries with Astro.
 */
async function buildWithKept(job: WorkerRequest['job']): Promise<boolean> {
  const renderer = job.request.targeted?.into && job.request.preview === null ? kept : null
  if (!renderer) return false
  let early: Awaited<ReturnType<typeof renderWithKept>>
  try {
    early = await renderWithKept(renderer, job, log)
  } catch (error) {
    kept = null
    log(`[kept] rendering failed, building with Astro instead: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return false
  }
  try {
    await finishWithKept(renderer, job, early, log)
  } catch (error) {
    kept = null
    throw error
  }
  return true
}

async function runBuild({ job }: WorkerRequest): Promise<void> {
  // This worker's settings, read once, at its first build (before any chdir); a bad setting fails the build, not the worker.
  const { projectRoot } = processSettings().paths
  fs.mkdirSync(job.cacheDir, { recursive: true })
  fs.writeFileSync(path.join(job.cacheDir, BUILD_REQUEST_FILE), JSON.stringify(job.request))
  if (await buildWithKept(job)) return
  fs.mkdirSync(job.scratchDir, { recursive: true })
  process.chdir(job.scratchDir)
  try {
    await build({
      root: projectRoot,
      outDir: job.outDir,
      cacheDir: job.cacheDir,
      logLevel: 'info',
      experimental: { incrementalBuild: job.incremental },
      // A publish build hands over what it made; a preview's app shows a draft and is never kept.
      integrations: job.request.preview === null ? [keepRenderer((made) => (kept = made))] : [],
    })
  } finally {
    process.chdir(projectRoot)
    fs.rmSync(job.scratchDir, { recursive: true, force: true })
  }
}

process.on('message', (message: WorkerRequest) => {
  void runBuild(message).then(
    () => process.send?.({ id: message.id, ok: true, rss: process.memoryUsage().rss } satisfies WorkerReply),
    (error: unknown) => {
      console.error(error)
      process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply)
    },
  )
})
process.on('disconnect', () => process.exit(0))
