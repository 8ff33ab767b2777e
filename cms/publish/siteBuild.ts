/**
 * One atomic site build: build into a new directory, check it, then switch the live path (a
 * symlink) to it in one rename. A failed build leaves the live site as it was and keeps its log.
 */
import fs from 'node:fs'
import path from 'node:path'
import { siteDistDir } from '../paths.ts'
import { indexSite } from './pagefindIndex.mjs'
import { type AstroRunner, spawnRunner } from './runners.ts'

export type BuildResult =
  | { ok: true; id: string; dir: string; durationMs: number; pages: number; logFile: string; searchIndexReused: boolean }
  | { ok: false; id: string; durationMs: number; error: string; logFile: string }

export const buildsDir = (): string => `${siteDistDir()}.builds`
const KEEP = 3
/**
 * Astro always builds into the same staging folder (its incremental cache is keyed on the config,
 * output folder included, so a new folder per build would render every page again); the finished,
 * checked build is then renamed into its own folder and switched live.
 */
const STAGING = 'staging'

/** Copying a search index and swapping one in must not overlap (both are short; indexing itself is not locked). */
let searchIndexLock: Promise<unknown> = Promise.resolve()
function withSearchIndexLock<T>(work: () => T | Promise<T>): Promise<T> {
  const next = searchIndexLock.then(work)
  searchIndexLock = next.catch(() => undefined)
  return next
}

/** Re-index a live build: write the new index beside the old one, then swap the folders. */
export async function refreshSearchIndex(dir: string): Promise<number> {
  const pages = await indexSite(dir, 'pagefind.next')
  await withSearchIndexLock(() => {
    const live = path.join(dir, 'pagefind')
    const old = path.join(dir, 'pagefind.old')
    fs.rmSync(old, { recursive: true, force: true })
    if (fs.existsSync(live)) fs.renameSync(live, old)
    fs.renameSync(path.join(dir, 'pagefind.next'), live)
    fs.rmSync(old, { recursive: true, force: true })
  })
  return pages
}

function newBuildId(): string {
  return (
    new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '') +
    `-${process.pid}-${Math.floor(Math.random() * 1e4)}`
  )
}

/** The files a served site cannot do without. */
export function quickCheck(dir: string): string | null {
  for (const file of ['index.html', '404.html', 'rss.xml', 'feed.json']) {
    if (!fs.existsSync(path.join(dir, file))) return `构建结果缺少 ${file} / the build has no ${file}`
  }
  if (!fs.readFileSync(path.join(dir, 'rss.xml'), 'utf8').includes('<rss version="2.0"')) return 'rss.xml 不是 RSS 2.0 / rss.xml is not RSS'
  return null
}

export function countPages(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .length
}

/** Point the live path at `dir` atomically (rename of a fresh symlink over the old one). */
export function switchLive(dir: string): void {
  const live = siteDistDir()
  if (fs.existsSync(live) && !fs.lstatSync(live).isSymbolicLink()) fs.rmSync(live, { recursive: true, force: true })
  const temp = `${live}.switch-${process.pid}`
  fs.rmSync(temp, { force: true })
  fs.symlinkSync(dir, temp, 'dir')
  fs.renameSync(temp, live)
}

/** The directory the live path points at, or null before the first build. */
export function liveTarget(): string | null {
  try {
    return fs.realpathSync(siteDistDir())
  } catch {
    return null
  }
}

function prune(keep: string): void {
  const root = buildsDir()
  const builds = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== STAGING)
    .map((entry) => entry.name)
    .sort()
  const current = liveTarget()
  for (const name of builds.slice(0, Math.max(0, builds.length - KEEP))) {
    const dir = path.join(root, name)
    if (dir !== keep && dir !== current) fs.rmSync(dir, { recursive: true, force: true })
  }
  const logs = fs
    .readdirSync(root)
    .filter((name) => name.endsWith('.log'))
    .sort()
  for (const name of logs.slice(0, Math.max(0, logs.length - 10))) fs.rmSync(path.join(root, name), { force: true })
}

export type BuildOptions = {
  /** Carry the live site's search index over instead of indexing now (refresh it after the switch). */
  reuseSearchIndex?: boolean
}

/** Build, check and switch. Never throws: a failure is returned with its log. */
export async function buildSite(runner: AstroRunner = spawnRunner(process.env), options: BuildOptions = {}): Promise<BuildResult> {
  const started = Date.now()
  const id = newBuildId()
  const root = buildsDir()
  fs.mkdirSync(root, { recursive: true })
  const staging = path.join(root, STAGING)
  const dir = path.join(root, id)
  const logFile = path.join(root, `${id}.log`)
  const previous = liveTarget()
  const reuseSearch = Boolean(options.reuseSearchIndex && previous && fs.existsSync(path.join(previous, 'pagefind')))
  fs.rmSync(staging, { recursive: true, force: true })
  const code = await runner.run(staging, logFile, { skipSearchIndex: reuseSearch })
  const problem = code === 0 ? quickCheck(staging) : `astro build 退出码 ${code} / exited with ${code}`
  if (problem) {
    fs.rmSync(staging, { recursive: true, force: true })
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : ''
    return { ok: false, id, durationMs: Date.now() - started, error: `${problem}\n${tail}`.trim(), logFile }
  }
  if (reuseSearch && previous)
    await withSearchIndexLock(() => fs.cpSync(path.join(previous, 'pagefind'), path.join(staging, 'pagefind'), { recursive: true }))
  fs.renameSync(staging, dir)
  switchLive(dir)
  prune(dir)
  return { ok: true, id, dir, durationMs: Date.now() - started, pages: countPages(dir), logFile, searchIndexReused: reuseSearch }
}
