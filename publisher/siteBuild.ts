/**
 * One atomic site build, full or targeted, checked and switched live in one rename of the live symlink.
 * - Full (no live build yet, code/schema/lockfile changed since the live build, or asked for): Astro
 *   renders every page (reusing unchanged ones through its incremental cache) and the search index
 *   into a staging folder, which is renamed into its own folder.
 * - Targeted (every other publish): Astro renders only the pages whose cacheKey differs from the live
 *   build's page manifest (publisher/rules/affectedPages.ts) into a scratch folder; meanwhile the new
 *   folder is made a hard-link snapshot of the live one (an old build brought up to it by linking only
 *   what differs, publisher/treeSync.ts; a full `cp -al` when there is none), handed to the build once complete, and the
 *   targetedBuild integration (publisher/astro/targetedBuild.mjs) renames the
 *   changed files over their links, removes pages that went away and writes again the search indexes
 *   that held changed or removed pages, new pages in a new layer (publisher/rules/searchLayers.ts).
 * Either way the result is checked (pages, feeds, every file the search index names, every page of the
 * manifest) before the switch. Nothing writes into a folder once it is live. A failed or timed-out
 * build leaves the live site as it was and keeps its log.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Paths } from '../cms/config/paths.ts'
import type { Settings } from '../cms/config/settings.ts'
import type { SiteRoutes } from '../cms/domain/addresses.ts'
import { type BuildRequest, PAGES_FILE } from '../site/lib/buildRequest.ts'
import {
  assembledCheck,
  countPages,
  manifestCheck,
  quickCheck,
  readBuildInfo,
  readPageParts,
  searchShardDirs,
  targetedPageCount,
  writeBuildInfo,
  writeBuildMeta,
} from './buildMeta.ts'
import { afterSwitch } from './cdnSync.ts'
import { buildKind } from './rules/affectedPages.ts'
import { type AstroRunner, type SnapshotOutcome, scratchDirFor, WorkerRunner } from './runners.ts'
import { writeSiteRoutes } from './siteRoutes.ts'
import { siteSourceHash } from './sourceHash.ts'
import { recordFullBuild } from './treeJournal.ts'
import { syncTree } from './treeSync.ts'

export type BuildResult =
  | { ok: true; id: string; dir: string; durationMs: number; pages: number; logFile: string; kind: 'full' | 'targeted' }
  | { ok: false; id: string; durationMs: number; error: string; logFile: string; timedOut: boolean }

export { countPages, readBuildInfo, searchIndexFiles } from './buildMeta.ts'

/** The folders of the live site's builds (settings.paths: SITE_OUT_DIR is the live symlink). */
type LivePaths = Pick<Paths, 'siteOutDir'>

export const buildsDir = (paths: LivePaths): string => `${paths.siteOutDir}.builds`
/** The publish builder's own Astro cache (content store, incremental build cache), beside its builds. */
export const publishCacheDir = (paths: LivePaths): string => path.join(buildsDir(paths), '.cache', 'publish')
/** Default time limit of one build. */
export const DEFAULT_BUILD_TIMEOUT_MS = 5 * 60 * 1000
const KEEP = 3
/**
 * Astro always builds into the same staging folder (its incremental cache is keyed on the config,
 * output folder included, so a new folder per build would render every page again); the finished,
 * checked build is then renamed into its own folder and switched live.
 */
const STAGING = 'staging'
/** Where a targeted build's Astro writes the pages it renders (the targetedBuild integration moves them into the new folder). */
const RENDER = '.render'
/** Where each route writes its part of the next page manifest. */
const PAGES_PARTS = '.pages'

function newBuildId(): string {
  return (
    new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '') +
    `-${process.pid}-${Math.floor(Math.random() * 1e4)}`
  )
}

/** Point the live path at `dir` atomically (rename of a fresh symlink over the old one). */
export function switchLive(dir: string, paths: LivePaths): void {
  const live = paths.siteOutDir
  if (fs.existsSync(live) && !fs.lstatSync(live).isSymbolicLink()) fs.rmSync(live, { recursive: true, force: true })
  const temp = `${live}.switch-${process.pid}`
  fs.rmSync(temp, { force: true })
  fs.symlinkSync(dir, temp, 'dir')
  fs.renameSync(temp, live)
}

/** The directory the live path points at, or null before the first build. */
export function liveTarget(paths: LivePaths): string | null {
  try {
    return fs.realpathSync(paths.siteOutDir)
  } catch {
    return null
  }
}

/**
 * Remove a folder of thousands of files without holding up publishing or serving: `rm -rf` at the
 * lowest CPU and disk priority (a build's removal is as many unlink calls as its snapshot's links).
 */
function removeInBackground(dir: string): void {
  const command = fs.existsSync('/usr/bin/ionice')
    ? ['ionice', '-c3', 'nice', '-n', '19', 'rm', '-rf', '--', dir]
    : ['nice', '-n', '19', 'rm', '-rf', '--', dir]
  execFile(command[0] as string, command.slice(1), (error) => {
    if (error) console.error(`old build ${dir} not removed:`, error.message)
  })
}

/** Rename a folder out of the way (a fresh name beside it, never reused) and return that name; null when it cannot be. */
function renameAway(dir: string): string | null {
  const away = `${dir}-old-${process.pid}-${Date.now()}`
  try {
    fs.renameSync(dir, away)
    return away
  } catch {
    return null
  }
}

/**
 * Remove builds beyond the last KEEP (never the live one or `keep`) and old logs. The folders go in
 * the background (thousands of files each): the server answering requests in this process is not
 * held up, and the next build never needs them.
 */
function prune(keep: string, paths: LivePaths): void {
  const root = buildsDir(paths)
  // Nothing to prune when the builds folder is gone (a test's temporary folder, removed meanwhile).
  if (!fs.existsSync(root)) return
  const builds = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== STAGING && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
  const current = liveTarget(paths)
  for (const name of builds.slice(0, Math.max(0, builds.length - KEEP))) {
    const dir = path.join(root, name)
    if (dir !== keep && dir !== current) removeInBackground(dir)
  }
  // Spare snapshots other (stopped) builder processes left, once surely unused.
  for (const name of fs.readdirSync(root).filter((entry) => entry.startsWith('.spare-') && entry !== path.basename(spareDir(paths)))) {
    const stale = Date.now() - (fs.statSync(path.join(root, name), { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10 * 60_000
    if (stale) removeInBackground(path.join(root, name))
  }
  const logs = fs
    .readdirSync(root)
    .filter((name) => name.endsWith('.log'))
    .sort()
  for (const name of logs.slice(0, Math.max(0, logs.length - 10))) fs.rmSync(path.join(root, name), { force: true })
}

export type BuildOptions = {
  /** Runs the build (default: a build process started for this one build). */
  runner?: AstroRunner
  /** Stop the build (and its process) after this long; default DEFAULT_BUILD_TIMEOUT_MS. */
  timeoutMs?: number
  /** Astro's cache folder; default publishCacheDir(settings.paths). */
  cacheDir?: string
  /** Render every page (npm run build:site); otherwise targeted whenever the live build allows it. */
  full?: boolean
  /** Allow targeted builds at all (default true); false renders every page each time, as before. */
  targeted?: boolean
  /** Called the moment the new build is live (before old builds are pruned), e.g. to serve it. */
  onLive?: (dir: string) => void
  /**
   * The routes file every build gets (redirects, 410s, embed origins: publisher/siteRoutes.ts), read
   * from the database by the builder; without it a targeted build keeps the live build's file.
   */
  siteRoutes?: () => Promise<SiteRoutes>
}

/** `cp -al from to`: a hard-link copy (links, no file contents), in its own process. */
function linkCopy(from: string, to: string): Promise<Error | null> {
  return new Promise((resolve) => execFile('cp', ['-al', from, to], (error) => resolve(error)))
}

/**
 * The old build a snapshot can be made from (publisher/treeSync.ts): the oldest build folder that is
 * neither `live` nor `previous` (the build live until the last switch: a request may still be reading
 * it) nor the newest other build (`previous` when unknown). Null when there is none.
 */
function recyclableBuild(root: string, live: string, previous: string | null): string | null {
  const builds = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== STAGING && !entry.name.startsWith('.'))
    .map((entry) => path.join(root, entry.name))
    .filter((dir) => dir !== live)
    .sort()
  const spared = previous ?? builds.at(-1)
  return builds.find((dir) => dir !== spared) ?? null
}

/**
 * A snapshot of `live` at `into` (which must not exist): an old build claimed by renaming it to `into`
 * and brought up to `live` by linking only what differs (treeSync.ts: the cost of the changes since,
 * not of the site); a full `cp -al` when there is no old build or that failed. Resolves with the error, or null.
 */
async function snapshotTo(live: string, into: string, previous: string | null): Promise<Error | null> {
  const old = recyclableBuild(path.dirname(live), live, previous)
  if (old) {
    try {
      fs.renameSync(old, into)
      await syncTree(live, into)
      return null
    } catch {
      fs.rmSync(into, { recursive: true, force: true })
    }
  }
  return linkCopy(live, into)
}

/**
 * A snapshot of the live build taken right after it went live, so the next targeted build finds it
 * ready (at 10,000 items `cp -al` of ~25,000 files takes 1–3 s on this machine; bringing an old build
 * up to date, snapshotTo, costs the changes since plus a walk of the tree). Used only while
 * the live build is still the one it was taken from; one per process.
 */
let spare: { base: string; dir: string; taken: Promise<boolean> } | null = null
const spareDir = (paths: LivePaths): string => path.join(buildsDir(paths), `.spare-${process.pid}`)

function takeSpare(live: string, paths: LivePaths, previous: string | null): void {
  const dir = spareDir(paths)
  fs.rmSync(dir, { recursive: true, force: true })
  spare = { base: live, dir, taken: snapshotTo(live, dir, previous).then((error) => error === null) }
}

/**
 * Old builds are removed once publishing has been quiet for PRUNE_QUIET_MS (and the spare snapshot
 * is taken): removing one is as many unlink calls as the spare's link calls, on the same disk, and
 * during a run of quick edits each next publish would wait for the spare behind them.
 */
const PRUNE_QUIET_MS = 5_000
let pruneTimer: ReturnType<typeof setTimeout> | undefined
function pruneWhenQuiet(keep: string, paths: LivePaths): void {
  clearTimeout(pruneTimer)
  pruneTimer = setTimeout(() => {
    void (spare?.taken ?? Promise.resolve())
      .then(() => prune(keep, paths))
      .catch((error: unknown) => console.error('旧构建清理失败 / pruning old builds failed:', error))
  }, PRUNE_QUIET_MS)
  pruneTimer.unref?.()
}

/** The spare snapshot, if it is of `live` and complete (it is handed over: the next build takes another). */
async function claimSpare(live: string): Promise<string | null> {
  const claimed = spare
  spare = null
  if (!claimed) return null
  if (claimed.base === live && (await claimed.taken)) return claimed.dir
  await claimed.taken
  fs.rmSync(claimed.dir, { recursive: true, force: true })
  return null
}

/**
 * The hard-link snapshot of the live build a targeted build starts from: the spare one when it is
 * of this live build, otherwise taken now, while Astro starts and renders. Resolves once it is
 * complete at `into` (the runner hands that on to the build) or with why it failed; never rejects.
 */
async function takeSnapshot(live: string, into: string): Promise<SnapshotOutcome> {
  fs.rmSync(into, { recursive: true, force: true })
  try {
    const ready = await claimSpare(live)
    if (ready) {
      fs.renameSync(ready, into)
      return { ok: true }
    }
    const error = await snapshotTo(live, into, null)
    if (error) throw error
    return { ok: true }
  } catch (failure) {
    return { ok: false, error: `snapshot of ${live} failed: ${failure instanceof Error ? failure.message : String(failure)}` }
  }
}

/** Write the routes file into the new build; the reason when it could not be read (the build then fails and is retried). */
async function routesInto(dir: string, read: Promise<SiteRoutes> | null): Promise<string | null> {
  if (!read) return null
  try {
    writeSiteRoutes(dir, await read)
    return null
  } catch (error) {
    return `网址记录读取失败 / the routes file failed: ${error instanceof Error ? error.message : String(error)}`
  }
}

/**
 * Times the builder's own steps after the build process is done: a marker line at once ('checking
 * the new build'), then each step's ms in one line once it is live (bench/siteBuild.ts reads both).
 */
function stepTimer(logFile: string): { step(name: string): void; done(note: string): void } {
  const at = () => new Date().toTimeString().slice(0, 8)
  fs.appendFileSync(logFile, `${at()} checking the new build\n`)
  const steps: string[] = []
  let last = Date.now()
  return {
    step(name) {
      steps.push(`${name} ${Date.now() - last} ms`)
      last = Date.now()
    },
    done(note) {
      fs.appendFileSync(logFile, `${at()} checked and switched: ${steps.join(', ')} (${note})\n`)
    },
  }
}

/**
 * The incremental cache's page copies of the last full build, made after it went live as hard links to
 * its files (publisher/astro/internals.mjs 7.: the build process writes each page once). The next full
 * build waits for them; targeted builds do not use them.
 */
let cacheLinking: Promise<void> = Promise.resolve()
function linkCacheAfter(dir: string, cacheDir: string): void {
  cacheLinking = cacheLinking
    .then(() => import('./astro/internals.mjs'))
    .then(({ linkCacheCopies }) => linkCacheCopies(dir, cacheDir))
    .then(
      () => undefined,
      (error: unknown) => console.error('增量缓存链接失败 / linking the incremental cache failed:', error),
    )
}

/** Run one build, or give up after `timeoutMs` and stop the runner's process. */
async function runWithTimeout(
  runner: AstroRunner,
  job: Parameters<AstroRunner['run']>[0],
  snapshot: Promise<SnapshotOutcome> | undefined,
  timeoutMs: number,
) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<{ ok: false; error: string; timedOut: true }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `构建超时（${Math.round(timeoutMs / 1000)} 秒）/ the build timed out`, timedOut: true }),
      timeoutMs,
    )
  })
  const outcome = await Promise.race([runner.run(job, snapshot).then((result) => ({ ...result, timedOut: false })), timeout])
  clearTimeout(timer)
  if (outcome.timedOut) runner.close()
  return outcome
}

/**
 * Build, check and switch with these settings (folders, storage), in `options.runner` (default: a build
 * process started for this one build). Never throws.
 */
export async function buildSite(settings: Settings, options: BuildOptions = {}): Promise<BuildResult> {
  if (options.runner) return buildWith(options.runner, settings, options)
  const oneShot = new WorkerRunner(settings)
  return buildWith(oneShot, settings, options).finally(() => oneShot.close())
}

async function buildWith(runner: AstroRunner, settings: Settings, options: BuildOptions): Promise<BuildResult> {
  const { paths } = settings
  const started = Date.now()
  const id = newBuildId()
  const root = buildsDir(paths)
  fs.mkdirSync(root, { recursive: true })
  const dir = path.join(root, id)
  const logFile = path.join(root, `${id}.log`)
  const codeHash = siteSourceHash(paths.projectRoot)
  const live = liveTarget(paths)
  const kind = buildKind({
    wantFull: options.full === true || options.targeted === false,
    codeHash,
    live: readBuildInfo(live),
    hasManifest: live !== null && fs.existsSync(path.join(live, PAGES_FILE)),
  })
  const targeted = kind.kind === 'targeted' && live !== null
  const outDir = path.join(root, targeted ? RENDER : STAGING)
  const pagesDir = path.join(root, PAGES_PARTS)
  for (const folder of [outDir, pagesDir]) fs.rmSync(folder, { recursive: true, force: true })
  const request: BuildRequest = {
    searchIndex: true,
    preview: null,
    targeted: targeted ? { baseDir: live, into: dir } : null,
    pagesDir,
  }
  const job = {
    outDir,
    cacheDir: options.cacheDir ?? publishCacheDir(paths),
    scratchDir: scratchDirFor(paths.projectRoot, id),
    logFile,
    request,
    incremental: !targeted,
  }
  fs.writeFileSync(logFile, `build ${id}: ${targeted ? 'targeted' : `full (${kind.kind === 'full' ? kind.reason : ''})`}\n`)
  const snapshot = targeted ? takeSnapshot(live, dir) : undefined
  if (!targeted) await cacheLinking
  const outcome = await runWithTimeout(runner, job, snapshot, options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS)
  // What follows the build process (checks, metadata, switch) is timed into the log too (the bench reads it).
  const timing = stepTimer(logFile)
  await snapshot
  // The worker removes it after each build; a stopped (timed-out, crashed) worker cannot.
  fs.rmSync(job.scratchDir, { recursive: true, force: true })
  const final = targeted ? dir : outDir
  // A full build's manifest is made here from the routes' parts; a targeted build's assembly wrote its own and
  // checked its new and changed pages (publisher/astro/targetedBuild.mjs): reading, checking and writing
  // every page's entry again here grew with the site (issue 26).
  const manifest = targeted ? null : readPageParts(pagesDir)
  timing.step('manifest')
  const routed = outcome.ok ? await routesInto(final, options.siteRoutes?.() ?? null) : null
  timing.step('routes')
  const problem = outcome.ok
    ? (routed ?? quickCheck(final, request) ?? (manifest ? manifestCheck(final, manifest) : assembledCheck(final, live)))
    : outcome.error
  timing.step('checks')
  if (problem) {
    for (const folder of [outDir, dir]) fs.rmSync(folder, { recursive: true, force: true })
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
  if (!targeted) recordFullBuild(final) // an id later builds' change lists start from (treeJournal.ts)
  // Its page count: a full build's counted, a targeted build's the live one's plus the pages it added, less those it removed.
  const pages = targeted && live ? targetedPageCount(final, live) : countPages(final)
  const info = { codeHash, full: !targeted, shards: searchShardDirs(final).length, pages }
  if (manifest) writeBuildMeta(final, manifest, info)
  else writeBuildInfo(final, info)
  if (!targeted) fs.renameSync(outDir, dir)
  timing.step('meta')
  switchLive(dir, paths)
  options.onLive?.(dir)
  // A targeted build's render folder (its unchanged pages) goes after the switch, in the background.
  if (targeted) {
    const away = renameAway(outDir)
    if (away) removeInBackground(away)
    else fs.rmSync(outDir, { recursive: true, force: true })
  }
  timing.done(`live ${Date.now() - started} ms after the build started`)
  takeSpare(dir, paths, live)
  if (!targeted) linkCacheAfter(dir, job.cacheDir)
  void afterSwitch(dir, settings.storage)
  pruneWhenQuiet(dir, paths)
  return { ok: true, id, dir, durationMs: Date.now() - started, pages, logFile, kind: targeted ? 'targeted' : 'full' }
}
