/**
 * 10. The targeted build's snapshot alone (publisher/siteBuild.ts snapshotTo): the former full
 * `cp -al` of the live build against bringing an old build up to date (publisher/treeSync.ts), on the
 * live build when an earlier stage built one, and on a folder shaped like a build of `items` items
 * (~2.8 entries per item: a folder and an index.html per page, search fragments, /media/).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { finishRecording, recordFullBuild, startRecording } from '../publisher/treeJournal.ts'
import { syncListed, syncTree } from '../publisher/treeSync.ts'
import { MIX } from './synthetic.ts'
import { round } from './util.ts'

export type SnapshotRun = {
  tree: 'live build' | 'build-shaped folder'
  entries: number
  cpAlMs: number
  cpAlUsPerEntry: number
  /** CPU time (this process and its children: cp, find), which a busy machine distorts far less than wall time. */
  cpAlCpuMs: number
  syncCpuMs: number
  /** The old build brought up to a build with `changed` files replaced, one page removed and one added, from the build's list of changes. */
  syncMs: number
  /** How it was brought up ('journal': from the list; 'listing': both trees listed). */
  mode: 'journal' | 'listing'
  /** The same by listing both trees (session 8's way), for comparison. */
  listMs: number
  listCpuMs: number
  syncUsPerEntry: number
  linked: number
  removed: number
  changed: number
  /** cp -al time / sync time. */
  ratio: number
}
export type SnapshotResult = SnapshotRun[]

/** CPU time so far of this process and of its waited-for children (/proc/self/stat cutime + cstime, 10 ms ticks). */
function cpuMs(): number {
  const own = process.cpuUsage()
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
  const children = (Number(fields[13]) + Number(fields[14])) * 10
  return (own.user + own.system) / 1000 + (Number.isFinite(children) ? children : 0)
}

/** `rm -rf` (a few hundred thousand entries: far quicker than fs.rmSync). */
const removeTree = (dir: string) => new Promise<void>((resolve) => execFile('rm', ['-rf', '--', dir], () => resolve()))

const copyLinks = (from: string, to: string) =>
  new Promise<void>((resolve, reject) => execFile('cp', ['-al', from, to], (error) => (error ? reject(error) : resolve())))

/** A folder shaped like a full build of `items` items. */
function buildShaped(dir: string, items: number): void {
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  const shares = [...MIX, ['bulletins', 1 - MIX.reduce((sum, [, share]) => sum + share, 0)] as const]
  for (const [kind, share] of shares)
    for (let i = 0; i < Math.round(items * share); i++) write(`${kind}/${kind}-${i + 1}/index.html`, `<h1>${kind} ${i}</h1>`)
  for (let i = 0; i < Math.ceil(items / 20); i++) write(`list/page/${i + 1}/index.html`, `list ${i}`)
  // Search: one fragment per page in shards of 5,000, a few index files each.
  for (let i = 0; i < items; i++) write(`pagefind/shard-${Math.floor(i / 5000)}/fragment/f${i}.pf_fragment`, `fragment ${i}`)
  for (let i = 0; i < Math.ceil(items / 50); i++) write(`media/photo-${i}.jpg`, `jpeg ${i}`)
  write('index.html', 'home')
}

function countEntries(dir: string): number {
  return fs.readdirSync(dir, { recursive: true }).length
}

/** Build N+1 the way a targeted build makes it from N: `changed` files renamed over their links, a page gone, a page new. */
function nextBuild(dir: string, changed: number): string[] {
  const pages = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('index.html'))
    .slice(0, changed)
  for (const rel of pages) {
    fs.writeFileSync(path.join(dir, `${rel}.new`), `changed ${rel}`)
    fs.renameSync(path.join(dir, `${rel}.new`), path.join(dir, rel))
  }
  const gone = pages.at(-1)
  if (gone) fs.rmSync(path.dirname(path.join(dir, gone)), { recursive: true })
  fs.mkdirSync(path.join(dir, 'news/a-new-page'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'news/a-new-page/index.html'), 'new')
  return [...pages, 'news/a-new-page/index.html']
}

async function measure(tree: SnapshotRun['tree'], live: string, work: string, log: (line: string) => void): Promise<SnapshotRun> {
  const entries = countEntries(live)
  const old = path.join(work, 'old')
  const listed = path.join(work, 'listed')
  const next = path.join(work, 'next')
  await copyLinks(live, old)
  await copyLinks(live, listed)
  // The old build gets an id of its own (the live build is left as it is), the next build is made from it.
  recordFullBuild(old)
  // The former snapshot: a full hard-link copy of the live build.
  const started = performance.now()
  const cpu = cpuMs()
  await copyLinks(live, next)
  const cpAlMs = performance.now() - started
  const cpAlCpuMs = Math.round(cpuMs() - cpu)
  const recording = startRecording(next, old)
  const paths = nextBuild(next, 40)
  finishRecording(recording, paths)
  const changed = paths.length - 1
  // Session 8's: both trees listed.
  const listCpu = cpuMs()
  const listStarted = performance.now()
  await syncListed(next, listed, '')
  const listMs = Math.round(performance.now() - listStarted)
  const listCpuMs = Math.round(cpuMs() - listCpu)
  // Now: the old build brought up to the next from the next build's list of changes.
  const syncCpu = cpuMs()
  const sync = await syncTree(next, old)
  const syncCpuMs = Math.round(cpuMs() - syncCpu)
  const run: SnapshotRun = {
    tree,
    entries,
    cpAlMs: Math.round(cpAlMs),
    cpAlUsPerEntry: round((cpAlMs * 1000) / entries, 1),
    cpAlCpuMs,
    syncCpuMs,
    syncMs: sync.ms,
    mode: sync.mode,
    listMs,
    listCpuMs,
    syncUsPerEntry: round((sync.ms * 1000) / entries, 1),
    linked: sync.linked,
    removed: sync.removed,
    changed,
    ratio: round(cpAlMs / Math.max(1, sync.ms), 1),
  }
  log(
    `  ${tree}: ${entries.toLocaleString('en')} entries · cp -al ${run.cpAlMs} ms (${run.cpAlUsPerEntry} µs/entry, CPU ${run.cpAlCpuMs} ms) · both trees listed ${run.listMs} ms (CPU ${run.listCpuMs} ms) · old build brought up to date from the list of changes (${run.mode}) ${run.syncMs} ms (${run.syncUsPerEntry} µs/entry, CPU ${run.syncCpuMs} ms, ${run.linked} linked, ${run.removed} removed) → ${run.ratio}×`,
  )
  await Promise.all([old, listed, next].map(removeTree))
  return run
}

export async function benchSnapshot(tmp: string, items: number, live: string | null, log: (line: string) => void): Promise<SnapshotResult> {
  const work = path.join(tmp, 'snapshot')
  fs.mkdirSync(work, { recursive: true })
  const runs: SnapshotRun[] = []
  if (live) runs.push(await measure('live build', live, work, log))
  const shaped = path.join(tmp, 'build-shaped')
  log(`  making a folder shaped like a build of ${items.toLocaleString('en')} items`)
  buildShaped(shaped, items)
  runs.push(await measure('build-shaped folder', shaped, work, log))
  await removeTree(shaped)
  return runs
}

export function snapshotRows(result: SnapshotResult): [string, string][] {
  return result.map((run) => [
    `Targeted-build snapshot, ${run.tree} (${run.entries.toLocaleString('en')} entries)`,
    `cp -al ${(run.cpAlMs / 1000).toFixed(2)} s (${run.cpAlUsPerEntry} µs/entry, CPU ${(run.cpAlCpuMs / 1000).toFixed(2)} s) · both trees listed ${((run.listMs ?? 0) / 1000).toFixed(2)} s (CPU ${((run.listCpuMs ?? 0) / 1000).toFixed(2)} s) · old build brought up to date from the list of changes (${run.mode ?? 'listing'}) **${(run.syncMs / 1000).toFixed(2)} s** (${run.syncUsPerEntry} µs/entry, CPU ${(run.syncCpuMs / 1000).toFixed(2)} s; ${run.linked} linked, ${run.removed} removed after ${run.changed} changed pages) → ${run.ratio}×`,
  ])
}
