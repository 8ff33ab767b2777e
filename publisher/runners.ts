/** Runs Astro builds in a long-lived child process (publisher/buildWorker.ts), one request at a time. */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Settings } from '../cms/config/settings.ts'
import type { BuildRequest } from '../site/lib/buildRequest.ts'
import { workerBundle } from './workerBundle.ts'

/** One build, as data: where Astro writes, its own cache and scratch folders, and what the build is for. */
export type BuildJob = {
  outDir: string
  /** Astro's cacheDir (content store, incremental build cache): one per builder, never shared with previews. */
  cacheDir: string
  /** A folder only this build uses for Astro's temporary server bundle (see buildWorker.ts); from scratchDirFor(). */
  scratchDir: string
  logFile: string
  request: BuildRequest
  /** Astro's incremental build (reuse unchanged pages from its cache); off for targeted builds, which render only changed pages. */
  incremental: boolean
}
export type RunOutcome = { ok: true } | { ok: false; error: string }
/** How a targeted build's hard-link snapshot of the live build ended (siteBuild.ts takeSnapshot). */
export type SnapshotOutcome = { ok: true } | { ok: false; error: string }

export interface AstroRunner {
  /**
   * Run one build. `snapshot`: a targeted build's snapshot of the live build (request.targeted.into),
   * taken meanwhile by the caller; the build assembles into it once it resolves (handed on, not polled).
   */
  run(job: BuildJob, snapshot?: Promise<SnapshotOutcome>): Promise<RunOutcome>
  /** Stop the build process (a running build fails); the next run starts a fresh one. */
  close(): void
}

/**
 * The scratch folder of one build. Inside the project (the bundle Astro writes there imports packages
 * from the project's node_modules), in a folder no other build uses.
 */
export const scratchDirFor = (projectRoot: string, buildId: string): string =>
  path.join(projectRoot, 'node_modules', '.cache', 'site-builds', buildId)

/**
 * Messages between the runner and the worker: a build with the settings it runs with (the runner's
 * own, read once by its entry point), then (targeted builds) how its snapshot ended.
 */
export type WorkerRequest = { id: number; job: BuildJob; settings: Settings }
export type WorkerSnapshot = { id: number; snapshot: SnapshotOutcome }
export type WorkerReply = { id: number; ok: boolean; error?: string; rss?: number; peakRss?: number }

/**
 * Each build loads its own copy of the page modules, so the worker grows a little with every build:
 * it is restarted (before the next build) once its memory passes MAX_WORKER_RSS or after
 * MAX_BUILDS_PER_WORKER builds. A restart costs the next build a few seconds (Astro and Payload start
 * again), so it should be rare: at 10,000 items the worker holds about 2 GB and grows ~10 MB per build.
 */
const MAX_BUILDS_PER_WORKER = 200
const MAX_WORKER_RSS = 3 * 1024 * 1024 * 1024

/**
 * The build process's environment: its parent's, production, and PROJECT_ROOT pinned to the project.
 * Each build runs in a scratch working directory (publisher/astro/internals.mjs touch point 6), and the
 * Payload config and site settings read inside the build resolve relative paths (the default
 * data/campaign.db) against PROJECT_ROOT or the working directory: unpinned, `npm start` built its
 * site from an empty database made in the scratch folder.
 */
export const workerEnv = (env: Readonly<Record<string, string | undefined>>, root: string): NodeJS.ProcessEnv => ({
  ...env,
  PROJECT_ROOT: env.PROJECT_ROOT || root,
  NODE_ENV: 'production',
})

/**
 * One long-lived build process, restarted after it crashes, is closed, or has run MAX_BUILDS_PER_WORKER builds.
 * `settings` go to the worker with each build; `env` is the process's environment (default the one the
 * settings were read from: the site's code and Payload config inside the build read it as their entry points).
 */
export class WorkerRunner implements AstroRunner {
  #child: ChildProcess | undefined
  #builds = 0
  #rss = 0
  #next = 1
  #log: fs.WriteStream | undefined

  constructor(
    private readonly settings: Settings,
    private readonly env: Readonly<NodeJS.ProcessEnv> = settings.source,
  ) {}

  /**
   * The build process's entry: the bundled worker (publisher/workerBundle.ts), run by Node alone; when
   * bundling fails, publisher/buildWorker.ts through tsx's loader, as before.
   */
  async #entry(): Promise<string[]> {
    const root = this.settings.paths.projectRoot
    try {
      return [await workerBundle(root)]
    } catch (error) {
      console.error('构建进程打包失败，改用 tsx / bundling the build process failed, running it through tsx:', error)
      return ['--import', 'tsx', path.join(root, 'publisher/buildWorker.ts')]
    }
  }

  #start(entry: string[]): ChildProcess {
    const root = this.settings.paths.projectRoot
    // One process (node itself, not a wrapper), so it sees its parent go away and exits.
    // Node's compile cache first (publisher/compileCache.mjs), then the entry.
    // A larger young generation: a full build allocates a page's strings and buffers at a time, and
    // collects far less often with 32 MB semi-spaces than with the default 16 MB (issue 26: GC).
    // --expose-gc: a full build hands the content sync's freed heap pages back to the system (buildWorker.ts releaseMemory).
    // BUILD_CPU_PROF_DIR (benches only): the build process writes its CPU profile there when it exits.
    const profile = this.env.BUILD_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(this.env.BUILD_CPU_PROF_DIR)}`] : []
    const preload = [
      ...profile,
      '--max-semi-space-size=32',
      '--expose-gc',
      '--import',
      pathToFileURL(path.join(root, 'publisher/compileCache.mjs')).href,
    ]
    const child = spawn(process.execPath, [...preload, ...entry], {
      cwd: root,
      env: workerEnv(this.env, root),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    child.stdout?.on('data', (chunk) => this.#log?.write(chunk))
    child.stderr?.on('data', (chunk) => this.#log?.write(chunk))
    child.on('exit', () => {
      if (this.#child === child) this.#child = undefined
    })
    this.#builds = 0
    this.#rss = 0
    return child
  }

  async run(job: BuildJob, snapshot?: Promise<SnapshotOutcome>): Promise<RunOutcome> {
    if (this.#child && (this.#builds >= MAX_BUILDS_PER_WORKER || this.#rss > MAX_WORKER_RSS)) this.close()
    if (!this.#child) {
      const entry = await this.#entry()
      this.#child ??= this.#start(entry)
    }
    const child = this.#child
    const id = this.#next++
    this.#builds++
    this.#log = fs.createWriteStream(job.logFile, { flags: 'a' })
    let running = true
    return new Promise((resolve) => {
      const finish = (outcome: RunOutcome) => {
        running = false
        child.off('message', onMessage)
        child.off('exit', onExit)
        const log = this.#log
        this.#log = undefined
        // The build is done once its log is on disk (status.lastLog is read right after).
        if (log) log.end(() => resolve(outcome))
        else resolve(outcome)
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        this.#rss = reply.rss ?? 0
        const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
        const peak = reply.peakRss ? `, peak ${mb(reply.peakRss)} MB since the process started` : ''
        this.#log?.write(`build process memory: ${mb(this.#rss)} MB${peak}\n`)
        finish(reply.ok ? { ok: true } : { ok: false, error: `astro build: ${reply.error ?? 'failed'}` })
      }
      const onExit = (code: number | null, signal: string | null) =>
        finish({ ok: false, error: `astro build 进程退出 / the build process exited (${signal ?? code})` })
      child.on('message', onMessage)
      child.on('exit', onExit)
      child.send({ id, job, settings: this.settings } satisfies WorkerRequest)
      if (!job.request.targeted?.into) return
      const handedOn =
        snapshot ??
        Promise.resolve<SnapshotOutcome>({ ok: false, error: 'no snapshot of the live build was taken for this targeted build' })
      void handedOn.then((outcome) => {
        if (running && child.connected) child.send({ id, snapshot: outcome } satisfies WorkerSnapshot)
      })
    })
  }

  close(): void {
    // Profiled (BUILD_CPU_PROF_DIR): let it exit on its own (on disconnect), so it writes its profile.
    if (this.env.BUILD_CPU_PROF_DIR && this.#child?.connected) this.#child.disconnect()
    else this.#child?.kill('SIGKILL')
    this.#child = undefined
  }
}
