/**
 * One atomic site build: Astro renders the pages and the search index into a staging folder, the
 * result is checked (pages, feeds, every file the search index names), renamed into its own folder
 * and switched live in one rename of the live symlink. Nothing writes into a folder once it is live.
 * A failed or timed-out build leaves the live site as it was and keeps its log.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { BuildRequest } from '../domain/buildRequest.ts'
import { siteDistDir } from '../paths.ts'
import { type AstroRunner, scratchDirFor, WorkerRunner } from './runners.ts'

export type BuildResult =
  | { ok: true; id: string; dir: string; durationMs: number; pages: number; logFile: string }
  | { ok: false; id: string; durationMs: number; error: string; logFile: string; timedOut: boolean }

export const buildsDir = (): string => `${siteDistDir()}.builds`
/** The publish builder's own Astro cache (content store, incremental build cache), beside its builds. */
export const publishCacheDir = (): string => path.join(buildsDir(), '.cache', 'publish')
/** Default time limit of one build. */
export const DEFAULT_BUILD_TIMEOUT_MS = 5 * 60 * 1000
const KEEP = 3
/**
 * Astro always builds into the same staging folder (its incremental cache is keyed on the config,
 * output folder included, so a new folder per build would render every page again); the finished,
 * checked build is then renamed into its own folder and switched live.
 */
const STAGING = 'staging'

function newBuildId(): string {
  return (
    new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '') +
    `-${process.pid}-${Math.floor(Math.random() * 1e4)}`
  )
}

/** Every file pagefind-entry.json names (its per-language meta file and wasm), as paths under the site. */
export function searchIndexFiles(dir: string): string[] | null {
  const entryFile = path.join(dir, 'pagefind', 'pagefind-entry.json')
  if (!fs.existsSync(entryFile)) return null
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: string; wasm?: string | null }> }
  return Object.values(entry.languages ?? {}).flatMap((language) => [
    ...(language.hash ? [`pagefind/pagefind.${language.hash}.pf_meta`] : []),
    ...(language.wasm ? [`pagefind/wasm.${language.wasm}.pagefind`] : []),
  ])
}

/** The files a served site cannot do without, and a search index that names only files it has. */
export function quickCheck(dir: string, request: BuildRequest): string | null {
  for (const file of ['index.html', '404.html', 'rss.xml', 'feed.json']) {
    if (!fs.existsSync(path.join(dir, file))) return `构建结果缺少 ${file} / the build has no ${file}`
  }
  if (!fs.readFileSync(path.join(dir, 'rss.xml'), 'utf8').includes('<rss version="2.0"')) return 'rss.xml 不是 RSS 2.0 / rss.xml is not RSS'
  if (!request.searchIndex) return null
  const files = searchIndexFiles(dir)
  if (!files || files.length === 0) return '构建结果缺少搜索索引 / the build has no search index'
  const missing = files.find((file) => !fs.existsSync(path.join(dir, file)))
  return missing ? `搜索索引缺少 ${missing} / the search index names a missing file` : null
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
    .filter((entry) => entry.isDirectory() && entry.name !== STAGING && !entry.name.startsWith('.'))
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
  /** Stop the build (and its process) after this long; default DEFAULT_BUILD_TIMEOUT_MS. */
  timeoutMs?: number
  /** Astro's cache folder; default publishCacheDir(). */
  cacheDir?: string
}

const PUBLISH_REQUEST: BuildRequest = { searchIndex: true, preview: null }

/** Run one build, or give up after `timeoutMs` and stop the runner's process. */
async function runWithTimeout(runner: AstroRunner, job: Parameters<AstroRunner['run']>[0], timeoutMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<{ ok: false; error: string; timedOut: true }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `构建超时（${Math.round(timeoutMs / 1000)} 秒）/ the build timed out`, timedOut: true }),
      timeoutMs,
    )
  })
  const outcome = await Promise.race([runner.run(job).then((result) => ({ ...result, timedOut: false })), timeout])
  clearTimeout(timer)
  if (outcome.timedOut) runner.close()
  return outcome
}

/** Build, check and switch, in `runner` (default: a build process started for this one build). Never throws. */
export async function buildSite(runner?: AstroRunner, options: BuildOptions = {}): Promise<BuildResult> {
  if (runner) return buildWith(runner, options)
  const oneShot = new WorkerRunner(process.env)
  return buildWith(oneShot, options).finally(() => oneShot.close())
}

async function buildWith(runner: AstroRunner, options: BuildOptions): Promise<BuildResult> {
  const started = Date.now()
  const id = newBuildId()
  const root = buildsDir()
  fs.mkdirSync(root, { recursive: true })
  const staging = path.join(root, STAGING)
  const dir = path.join(root, id)
  const logFile = path.join(root, `${id}.log`)
  fs.rmSync(staging, { recursive: true, force: true })
  const job = {
    outDir: staging,
    cacheDir: options.cacheDir ?? publishCacheDir(),
    scratchDir: scratchDirFor(id),
    logFile,
    request: PUBLISH_REQUEST,
  }
  const outcome = await runWithTimeout(runner, job, options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS)
  // The worker removes it after each build; a stopped (timed-out, crashed) worker cannot.
  fs.rmSync(job.scratchDir, { recursive: true, force: true })
  const problem = outcome.ok ? quickCheck(staging, PUBLISH_REQUEST) : outcome.error
  if (problem) {
    fs.rmSync(staging, { recursive: true, force: true })
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : ''
    return {
      ok: false,
      id,
      durationMs: Date.now() - started,
      error: `${problem}\n${tail}`.trim(),
      logFile,
      timedOut: !outcome.ok && outcome.timedOut,
    }
  }
  fs.renameSync(staging, dir)
  switchLive(dir)
  prune(dir)
  return { ok: true, id, dir, durationMs: Date.now() - started, pages: countPages(dir), logFile }
}
