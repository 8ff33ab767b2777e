/**
 * 2. Publish-to-live: a static server like cms/server.ts (sirv over the live dir, a new handler on
 * each switch) and the real SiteBuilder. Each edit: Local API update by the system (the hook fires),
 * clock starts when update() returns, stops when GET /bulletins/<slug>/ serves the new title.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import type { SiteBuilder } from '../cms/publish/builder.ts'
import { startPublishing } from '../cms/publish/service.ts'
import { liveTarget } from '../cms/publish/siteBuild.ts'
import { serveFrom, siteHandler } from '../cms/publish/siteHandler.ts'
import { TreeWatcher } from './procWatch.ts'
import { newLogs, phases } from './siteBuild.ts'
import { percentile, round, sleep } from './util.ts'

export type PublishResult = {
  edits: number
  ms: number[]
  buildMs: number[]
  p50: number
  p95: number
  max: number
  /** Edits that never went live: the build failed (log named) or the page did not change in time. */
  failures: string[]
  /** Edits whose build ran more than once (the builder retries a failed build in a fresh process). */
  retried: number
  medianBuildMs: number
  /** After the build: work the builder defers past the switch (its search re-index, after a quiet delay). */
  medianAfterLiveMs: number
  /** Median per build phase, from update() returning (so the first includes the 200 ms window). */
  medianPhases: Record<string, number>
  peakTreeMb: number
}

const TIMEOUT_MS = 600_000

async function startStaticServer(): Promise<{ server: http.Server; port: number; onSwitch: (dir: string) => void }> {
  let site = siteHandler(liveTarget())
  const server = http.createServer((req, res) => serveFrom(site, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port, onSwitch: (dir) => (site = siteHandler(dir)) }
}

/** Poll until the page shows `text`; give up when the build failed (nothing else will come) or after TIMEOUT_MS. */
async function waitForText(url: string, text: string, builder: SiteBuilder, runsBefore: number): Promise<'served' | 'failed' | 'timeout'> {
  const deadline = Date.now() + TIMEOUT_MS
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.ok && (await response.text()).includes(text)) return 'served'
    const { state, buildsRun, pending } = builder.status
    if (state === 'failed' && buildsRun > runsBefore && !pending && !builder.scheduler.state.building) return 'failed'
    await sleep(50)
  }
  return 'timeout'
}

export async function benchPublish(
  payload: Payload,
  bulletins: { id: number; slug: string }[],
  edits: number,
  log: (line: string) => void,
): Promise<PublishResult> {
  const { server, port, onSwitch } = await startStaticServer()
  // The server's publishing service: hooks queue requests in the database, the builder polls them.
  const publishing = await startPublishing({ payload, onSwitch, windowMs: 200 })
  const builder = publishing.builder
  const settle = () => builder.whenIdle()
  const ms: number[] = []
  const buildMs: number[] = []
  const phaseRuns: Record<string, number>[] = []
  const afterLiveMs: number[] = []
  let retried = 0
  let peakTreeMb = 0
  const failures: string[] = []
  try {
    for (let edit = 0; edit < edits; edit++) {
      await settle()
      const target = bulletins[Math.floor((edit * bulletins.length) / edits)] as { id: number; slug: string }
      const marker = `基准标记-${edit + 1}-${Date.now().toString(36)}`
      const logs = newLogs()
      const findLog = () => logs().at(-1)
      const runsBefore = builder.status.buildsRun
      await payload.update({
        collection: 'bulletins',
        id: target.id,
        data: { title: `关于创城督查的通报 ${marker}` },
        overrideAccess: true,
      })
      const started = performance.now()
      const watcher = new TreeWatcher(process.pid, 100, findLog).start()
      const outcome = await waitForText(`http://127.0.0.1:${port}/bulletins/${target.slug}/`, marker, builder, runsBefore)
      const elapsed = performance.now() - started
      const served = outcome === 'served'
      if (served) ms.push(Math.round(elapsed))
      else failures.push(outcome === 'failed' ? `build failed: ${builder.status.lastLog}` : 'timeout')
      await builder.whenIdle()
      const { memory, lines } = watcher.stop()
      phaseRuns.push(phases(lines, performance.now() - started))
      peakTreeMb = Math.max(peakTreeMb, memory.peakTreeMb)
      buildMs.push(builder.status.lastDurationMs ?? Number.NaN)
      const attempts = logs().length
      if (attempts > 1) retried++
      const idleAt = performance.now()
      await settle()
      afterLiveMs.push(performance.now() - idleAt)
      log(
        `  edit ${edit + 1}/${edits}: ${served ? `${Math.round(elapsed)} ms live` : outcome.toUpperCase()} (build ${builder.status.lastDurationMs} ms${attempts > 1 ? ` in ${attempts} attempts` : ''}, then ${Math.round(performance.now() - idleAt)} ms deferred work)`,
      )
    }
  } finally {
    await settle()
    publishing.close()
    await new Promise((resolve) => server.close(resolve))
  }
  return {
    edits,
    ms,
    buildMs,
    p50: round(percentile(ms, 50), 0),
    p95: round(percentile(ms, 95), 0),
    max: Math.max(...ms),
    failures,
    retried,
    medianBuildMs: round(percentile(buildMs, 50), 0),
    medianAfterLiveMs: round(percentile(afterLiveMs, 50), 0),
    medianPhases: Object.fromEntries(
      Object.keys(phaseRuns[0] ?? {}).map((name) => [
        name,
        percentile(
          phaseRuns.map((run) => run[name] ?? 0),
          50,
        ),
      ]),
    ),
    peakTreeMb,
  }
}
