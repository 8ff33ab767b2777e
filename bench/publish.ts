/**
 * 2. Publish-to-live: a static server like publisher/server.ts (cms/http/staticFiles.ts over the live dir, a new handler on
 * each switch) and the real SiteBuilder. Edits go round the public collections, a unit rename and a
 * media alt-text change (publishTargets.ts). Each edit: Local API update by the system (the hook
 * fires), the clock starts when update() returns and stops when its page, its feed item and its
 * search entry are all served over HTTP: when the page answered in the polling round that finds all three (the
 * round's search check, a Node Pagefind client merging every shard, takes ~1 s of its own at 10,000
 * items; its end is kept as checkedMs, the measure before session 10). Then one draft is previewed
 * (cold and warm preview worker).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Settings } from '../cms/config/settings.ts'
import type { SiteBuilder } from '../publisher/builder.ts'
import { buildPreview, lastPreviewLog } from '../publisher/preview.ts'
import { startPublishing } from '../publisher/service.ts'
import { liveTarget } from '../publisher/siteBuild.ts'
import { serveFrom, siteHandler } from '../publisher/siteHandler.ts'
import { TreeWatcher } from './procWatch.ts'
import { type EditTarget, editPlan, editTargets } from './publishTargets.ts'
import { searchFinds } from './searchCheck.ts'
import { newLogs, phases } from './siteBuild.ts'
import { percentile, round, sleep } from './util.ts'

export type PublishResult = {
  edits: number
  /** What each edit changed, its ms to live (null: never) and how its build ran. */
  perEdit: { label: string; ms: number | null; checkedMs?: number; kind: string; pages?: number; cpuMs?: number }[]
  /**
   * One draft previewed: the first preview (starts the preview worker), then WARM_PREVIEWS more of
   * new drafts (warmMs: their median, warmAll each; keptAll: rendered by the kept renderer, not Astro).
   */
  preview: { coldMs: number; warmMs: number; warmAll?: number[]; keptAll?: boolean[]; memoryMb?: number[]; ok: boolean } | null
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
/** Previews after the first (warm preview worker). */
const WARM_PREVIEWS = 3

async function startStaticServer(settings: Settings): Promise<{ server: http.Server; port: number; onSwitch: (dir: string) => void }> {
  // Before the first build: an empty folder (nothing found) until the first switch.
  let site = siteHandler(liveTarget(settings.paths) ?? path.resolve(settings.paths.projectRoot, 'dist/empty'))
  const server = http.createServer((req, res) => serveFrom(site, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port, onSwitch: (dir) => (site = siteHandler(dir)) }
}

/**
 * An edit publishes: `_status: 'published'` for the types with drafts. Without it an update keeps the
 * document's status, and a reused site (--reuse) whose last run ended with the preview step has a draft
 * there: the edit was saved as a draft, asked for no publish, and the bench waited for its page until the
 * timeout (the "--reuse stall" of session 9).
 */
const publishedStatus = (payload: Payload, target: EditTarget): { _status?: 'published' } =>
  payload.collections[target.collection as 'bulletins']?.config.versions?.drafts ? { _status: 'published' } : {}

const shows = async (url: string, text: string): Promise<boolean> => {
  const response = await fetch(url).catch(() => undefined)
  return !!response?.ok && (await response.text()).includes(text)
}

/** Poll until page, feed and search all show `marker`; give up when the build failed (nothing else will come) or after TIMEOUT_MS. */
async function waitUntilLive(
  base: string,
  target: EditTarget,
  marker: string,
  builder: SiteBuilder,
  runsBefore: number,
  seen: { pageMs?: number; servedMs?: number; searchChecks: number },
): Promise<'served' | 'failed' | 'timeout'> {
  const started = performance.now()
  const deadline = Date.now() + TIMEOUT_MS
  while (Date.now() < deadline) {
    // The switch puts page, feed and search files live at once: all three were served when the page answered
    // in the round that finds them all (the Node search client merging every shard then takes its own time, not the site's).
    const page = await shows(`${base}${target.page}`, marker)
    const answered = performance.now()
    if (page) seen.pageMs ??= Math.round(performance.now() - started)
    if (
      page &&
      (target.feed === null || (await shows(`${base}${target.feed}`, marker))) &&
      (target.searchPage === null || (await searchChecked(base, marker, target.searchPage, seen)))
    ) {
      seen.servedMs = Math.round(answered - started)
      return 'served'
    }
    const { state, buildsRun, pending } = builder.status
    if (state === 'failed' && buildsRun > runsBefore && !pending && !builder.scheduler.state.building) return 'failed'
    await sleep(50)
  }
  return 'timeout'
}

/** Run the search check once, counting it. */
async function searchChecked(base: string, marker: string, page: string, seen: { searchChecks: number }): Promise<boolean> {
  seen.searchChecks++
  return searchFinds(base, marker, page).catch(() => false)
}

/** Preview one draft of `target` twice (the first starts the preview worker); ms each, and whether its page showed the draft. */
async function benchPreview(payload: Payload, settings: Settings, target: EditTarget): Promise<NonNullable<PublishResult['preview']>> {
  const times: number[] = []
  const kept: boolean[] = []
  // The preview build process's memory after each preview (its kept renderer included).
  const memory: number[] = []
  let ok = true
  for (let round = 1; round <= 1 + WARM_PREVIEWS; round++) {
    const marker = `pv${round}x${Date.now().toString(36)}`
    const draft = await payload.update({
      collection: target.collection as 'bulletins',
      id: target.id,
      data: { [target.field]: target.value(marker) } as never,
      draft: true,
      overrideAccess: true,
    })
    const started = performance.now()
    const dir = await buildPreview(
      { collection: target.collection, id: String(target.id), rest: [] },
      `bench-${round}-${draft.updatedAt.replace(/\D/g, '')}`,
      settings,
    )
    times.push(Math.round(performance.now() - started))
    const previewLog = fs.readFileSync(lastPreviewLog(settings.paths), 'utf8')
    kept.push(/kept renderer/.test(previewLog))
    memory.push(Number(/build process memory: (\d+) MB/.exec(previewLog)?.[1] ?? Number.NaN))
    const file = dir ? path.join(dir, target.page.replace(/^\//, ''), 'index.html') : ''
    ok &&= !!dir && fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(marker)
  }
  const warm = times.slice(1)
  return { coldMs: times[0] as number, warmMs: round(percentile(warm, 50), 0), warmAll: warm, keptAll: kept.slice(1), memoryMb: memory, ok }
}

export async function benchPublish(
  payload: Payload,
  settings: Settings,
  edits: number,
  log: (line: string) => void,
): Promise<PublishResult> {
  const { server, port, onSwitch } = await startStaticServer(settings)
  const base = `http://127.0.0.1:${port}`
  // The server's publishing service: hooks queue requests in the database, the builder polls them.
  const publishing = await startPublishing({ payload, settings, onSwitch, windowMs: 200 })
  const builder = publishing.builder
  const settle = () => builder.whenIdle()
  // As publisher/server.ts does at startup: one build first, so the build worker is running when editors publish.
  builder.request({ reason: 'startup', changed: [] })
  await settle()
  const plan = editPlan(await editTargets(payload, base), edits)
  const perEdit: PublishResult['perEdit'] = []
  const ms: number[] = []
  const buildMs: number[] = []
  const phaseRuns: Record<string, number>[] = []
  const afterLiveMs: number[] = []
  let retried = 0
  let peakTreeMb = 0
  const failures: string[] = []
  let preview: PublishResult['preview'] = null
  try {
    for (let edit = 0; edit < edits; edit++) {
      await settle()
      const target = plan[edit] as EditTarget
      const marker = `bm${edit + 1}x${Date.now().toString(36)}`
      const logs = newLogs(settings.paths)
      const findLog = () => logs().at(-1)
      const runsBefore = builder.status.buildsRun
      await payload.update({
        collection: target.collection as 'bulletins',
        id: target.id,
        data: { [target.field]: target.value(marker), ...publishedStatus(payload, target) } as never,
        overrideAccess: true,
      })
      const started = performance.now()
      const watcher = new TreeWatcher(process.pid, 100, findLog).start()
      const seen: { pageMs?: number; servedMs?: number; searchChecks: number } = { searchChecks: 0 }
      const outcome = await waitUntilLive(base, target, marker, builder, runsBefore, seen)
      // Live: the start of the polling round that found page, feed item and search entry served (see waitUntilLive).
      const checkedMs = Math.round(performance.now() - started)
      const elapsed = seen.servedMs ?? checkedMs
      const served = outcome === 'served'
      if (served) ms.push(Math.round(elapsed))
      else failures.push(`${target.label}: ${outcome === 'failed' ? `build failed: ${builder.status.lastLog}` : 'timeout'}`)
      const lastLog = builder.status.lastLog
      const logText = lastLog && fs.existsSync(lastLog) ? fs.readFileSync(lastLog, 'utf8') : ''
      const kind = /^build \S+: (\w+)/.exec(logText)?.[1] ?? '?'
      // How many pages (and feeds) the edit rendered again (the kept renderer logs it).
      const rendered = /kept renderer: (\d+) pages/.exec(logText)?.[1]
      const entry: PublishResult['perEdit'][number] = {
        label: target.label,
        ms: served ? Math.round(elapsed) : null,
        checkedMs,
        kind,
        ...(rendered ? { pages: Number(rendered) } : {}),
      }
      perEdit.push(entry)
      await builder.whenIdle()
      const { memory, lines } = watcher.stop()
      // CPU of the bench's process tree (builder, build worker, Pagefind, this process's HTTP checks) from update() to idle.
      entry.cpuMs = memory.cpuMs
      phaseRuns.push(phases(lines, performance.now() - started))
      peakTreeMb = Math.max(peakTreeMb, memory.peakTreeMb)
      buildMs.push(builder.status.lastDurationMs ?? Number.NaN)
      const attempts = logs().length
      if (attempts > 1) retried++
      const idleAt = performance.now()
      await settle()
      afterLiveMs.push(performance.now() - idleAt)
      log(
        `  edit ${edit + 1}/${edits} (${target.label}, ${kind}): ${served ? `${Math.round(elapsed)} ms live` : outcome.toUpperCase()} (page served after ${seen.pageMs ?? '–'} ms, all checks done after ${checkedMs} ms, ${seen.searchChecks} search checks; build ${builder.status.lastDurationMs} ms, CPU ${memory.cpuMs} ms${attempts > 1 ? ` in ${attempts} attempts` : ''}, then ${Math.round(performance.now() - idleAt)} ms deferred work)`,
      )
    }
    log('  preview of one draft (cold, then warm preview worker)')
    preview = await benchPreview(payload, settings, plan[0] as EditTarget)
    log(
      `  preview: cold ${preview.coldMs} ms, warm ${preview.warmAll?.join(' / ')} ms (median ${preview.warmMs} ms; kept renderer: ${preview.keptAll?.join(' / ')}; preview process memory ${preview.memoryMb?.join(' / ')} MB)${preview.ok ? '' : ' (DRAFT NOT SHOWN)'}`,
    )
  } finally {
    await settle()
    publishing.close()
    await new Promise((resolve) => server.close(resolve))
  }
  return {
    edits,
    perEdit,
    preview,
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
