/**
 * A long-lived Astro build process. Starting Astro, Vite and Payload costs seconds on every
 * `astro build`; this process pays that once (Payload is started here and shared with the site's
 * loaders through globalThis) and then builds on request (IPC). A targeted publish after the first
 * Astro build is rendered by what that build kept (site/integrations/keptRenderer.ts) without
 * starting Astro again. Each message
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
 * if an Astro upgrade changes where that bundle goes. Paths of the project hang off PROJECT_ROOT
 * (set when this process starts), never off the working directory.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'astro'
import { getPayload } from 'payload'
import { forgetRenderer, keptRenderer } from '../../site/integrations/keptApp.ts'
import { finishWithKept, renderWithKept } from '../../site/integrations/keptRenderer.ts'
import { BUILD_REQUEST_FILE, SHARED_PAYLOAD } from '../domain/buildRequest.ts'
import { projectRoot } from '../paths.ts'
import config from '../payload.config.ts'
import type { WorkerReply, WorkerRequest } from './runners.ts'

// Payload once for every build of this process: the site's loaders take it from here (site/loaders/payload.ts).
const payload = getPayload({ config })
// A failed start is reported by the first build that needs it, not as an unhandled rejection.
payload.catch(() => undefined)
;(globalThis as Record<symbol, unknown>)[SHARED_PAYLOAD] = payload

/** A build log line, timestamped like Astro's. */
const log = (line: string) => console.log(`${new Date().toTimeString().slice(0, 8)} ${line}`)

/**
 * A targeted publish through what the last Astro build in this process kept (site/integrations/
 * keptRenderer.ts): true when done. A failure while rendering forgets it (the caller runs Astro for
 * the same request); a failure after that (the new build folder is being assembled) fails the build,
 * which the builder retries with Astro.
 */
async function buildWithKept(job: WorkerRequest['job']): Promise<boolean> {
  const kept = job.request.targeted?.into && job.request.preview === null ? keptRenderer() : null
  if (!kept) return false
  let early: Awaited<ReturnType<typeof renderWithKept>>
  try {
    early = await renderWithKept(kept, job, log)
  } catch (error) {
    forgetRenderer()
    log(`[kept] rendering failed, building with Astro instead: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return false
  }
  try {
    await finishWithKept(kept, job, early, log)
  } catch (error) {
    forgetRenderer()
    throw error
  }
  return true
}

async function runBuild({ job }: WorkerRequest): Promise<void> {
  fs.mkdirSync(job.cacheDir, { recursive: true })
  fs.writeFileSync(path.join(job.cacheDir, BUILD_REQUEST_FILE), JSON.stringify(job.request))
  if (await buildWithKept(job)) return
  fs.mkdirSync(job.scratchDir, { recursive: true })
  process.chdir(job.scratchDir)
  try {
    await build({
      root: projectRoot(),
      outDir: job.outDir,
      cacheDir: job.cacheDir,
      logLevel: 'info',
      experimental: { incrementalBuild: job.incremental },
    })
  } finally {
    process.chdir(projectRoot())
    fs.rmSync(job.scratchDir, { recursive: true, force: true })
    // A preview's app shows a draft: never publish with it.
    if (job.request.preview !== null) forgetRenderer()
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
