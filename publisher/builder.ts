import type { Settings } from '../cms/config/settings.ts'
import type { SiteRoutes } from '../cms/domain/addresses.ts'
import { delayUntil } from '../cms/domain/nextChange.ts'
import type { PublishRequest } from '../cms/publishPort.ts'
import type { Clock } from './clock.ts'
import type { QueueState } from './rules/rebuildQueue.ts'
import { type AstroRunner, WorkerRunner } from './runners.ts'
import { RebuildScheduler } from './scheduler.ts'
import { type BuildResult, buildSite } from './siteBuild.ts'

export type BuildStatus = {
  state: 'idle' | 'building' | 'retrying' | 'failed'
  pending: boolean
  lastSuccessAt: string | null
  lastDurationMs: number | null
  lastPageCount: number | null
  lastError: string | null
  lastErrorAt: string | null
  lastLog: string | null
  /** When a failed build is tried again (state 'retrying'). */
  retryAt: string | null
  /** The next moment a public page changes by the clock; the builder rebuilds then. */
  nextClockChangeAt: string | null
  buildsRun: number
}

export const INITIAL_STATUS: BuildStatus = {
  state: 'idle',
  pending: false,
  lastSuccessAt: null,
  lastDurationMs: null,
  lastPageCount: null,
  lastError: null,
  lastErrorAt: null,
  lastLog: null,
  retryAt: null,
  nextClockChangeAt: null,
  buildsRun: 0,
}

/** The status after one build, starting from the previous status and the queue's state once it has handled the result. */
export function statusAfter(
  previous: BuildStatus,
  result: BuildResult,
  queue: Pick<QueueState, 'retryAt'> & { pending: boolean },
  now = new Date(),
): BuildStatus {
  const common = { ...previous, buildsRun: previous.buildsRun + 1, lastLog: result.logFile, pending: queue.pending, retryAt: null }
  if (result.ok)
    return { ...common, state: 'idle', lastSuccessAt: now.toISOString(), lastDurationMs: result.durationMs, lastPageCount: result.pages }
  const retryAt = queue.retryAt === null ? null : new Date(queue.retryAt).toISOString()
  return { ...common, state: retryAt ? 'retrying' : 'failed', retryAt, lastError: result.error, lastErrorAt: now.toISOString() }
}

type Options = {
  /** This process's settings (read once by its entry point): folders, storage, the build process's settings. */
  settings: Settings
  /** Reads each build's routes file (publisher/siteRoutes.ts). */
  siteRoutes?: () => Promise<SiteRoutes>
  /** The status to continue from (the last saved one). */
  initial?: BuildStatus
  /** Persist the status where the admin can read it. */
  save?: (status: BuildStatus) => Promise<void>
  /** Called with the new live directory after a successful switch. */
  onSwitch?: (dir: string) => void
  windowMs?: number
  /** Time limit of one build (default 5 min). */
  timeoutMs?: number
  /** Waits before each retry of a failed build (default 10 s, 30 s, 90 s). */
  retryDelaysMs?: readonly number[]
  /** The Astro cache folder of this builder (default beside its builds). */
  cacheDir?: string
  /** Environment of the build process (default: the one the settings were read from). */
  env?: NodeJS.ProcessEnv
  /** Runs the Astro builds (default: a long-lived WorkerRunner). Tests inject one that hangs or fails. */
  runner?: AstroRunner
  /** Where time-driven changes come from; without one the builder rebuilds on requests only. */
  clock?: Clock
  /** Targeted builds (only changed pages, on a snapshot of the live build); default true. False renders every page each time. */
  targeted?: boolean
}

/** Coalesced, one-at-a-time, atomic rebuilds of the public site, retried with backoff, with a status for the admin. */
export class SiteBuilder {
  readonly scheduler: RebuildScheduler
  status: BuildStatus = INITIAL_STATUS
  /** The last 100 request reasons, oldest first. */
  readonly reasons: string[] = []
  readonly #runner: AstroRunner
  #lastResult: BuildResult | undefined
  #clockTimer: ReturnType<typeof setTimeout> | undefined
  #closed = false
  /** Saves run one after another, in order. */
  #saved: Promise<void> = Promise.resolve()

  constructor(private readonly options: Options) {
    this.scheduler = new RebuildScheduler(
      () => this.#build(),
      options.windowMs ?? 400,
      options.retryDelaysMs,
      Date.now,
      (state) => this.#afterBuild(state),
    )
    this.#runner = options.runner ?? new WorkerRunner(options.settings, options.env)
    if (options.initial) this.status = options.initial
  }

  /** Queue a rebuild for these changes (coalesced with others arriving within the window). */
  request(request: PublishRequest): void {
    this.reasons.push(request.reason)
    if (this.reasons.length > 100) this.reasons.splice(0, this.reasons.length - 100)
    this.scheduler.request(request.changed)
    void this.#save({ pending: this.scheduler.pending })
    void this.armClock()
  }

  /** Stop timers and the build process (the server does this on shutdown). */
  close(): void {
    this.#closed = true
    clearTimeout(this.#clockTimer)
    this.scheduler.close()
    this.#runner.close()
  }

  /** Resolves when no build is queued, running or waiting to be retried, and its status is saved. */
  async whenIdle(): Promise<void> {
    await this.scheduler.whenIdle()
    await this.#saved
  }

  /** Ask the clock for the next time-driven change and rebuild then (replaces any earlier timer). */
  async armClock(): Promise<void> {
    const clock = this.options.clock
    if (!clock || this.#closed) return
    const next = await clock.next(new Date()).catch((error: unknown) => {
      if (!this.#closed) console.error('next clock change not known:', error)
      return null
    })
    clearTimeout(this.#clockTimer)
    if (this.#closed) return
    await this.#save({ nextClockChangeAt: next?.toISOString() ?? null })
    // With nothing due, look again in a day (something may be published that the hooks did not tell us about).
    const delay = delayUntil(new Date(), next ?? new Date(Date.now() + 24 * 60 * 60 * 1000))
    this.#clockTimer = setTimeout(() => void this.#clockDue(next), delay)
    this.#clockTimer.unref?.()
  }

  async #clockDue(at: Date | null): Promise<void> {
    if (!at || at.getTime() > Date.now()) return void this.armClock()
    await this.options.clock?.runDue(new Date()).catch((error: unknown) => console.error('scheduled jobs failed:', error))
    this.request({ reason: `clock:${at.toISOString()}`, changed: [] })
  }

  #save(patch: Partial<BuildStatus>): Promise<void> {
    this.status = { ...this.status, ...patch }
    const status = this.status
    const save = this.options.save
    if (!save) return this.#saved
    this.#saved = this.#saved.then(() => save(status)).catch((error: unknown) => console.error('site status not saved:', error))
    return this.#saved
  }

  async #build(): Promise<boolean> {
    await this.#save({ state: 'building', retryAt: null, pending: this.scheduler.pending })
    const result = await buildSite(this.options.settings, {
      runner: this.#runner,
      timeoutMs: this.options.timeoutMs,
      cacheDir: this.options.cacheDir,
      targeted: this.options.targeted,
      siteRoutes: this.options.siteRoutes,
      // Serve the new build the moment it is live, not after the old ones are pruned.
      onLive: (dir) => this.options.onSwitch?.(dir),
    })
    if (!result.ok) console.error(`✖ 网站构建失败 / site build failed${result.timedOut ? ' (timeout)' : ''} (log: ${result.logFile})`)
    this.#lastResult = result
    return result.ok
  }

  #afterBuild(state: QueueState): void {
    const result = this.#lastResult
    if (!result) return
    void this.#save(statusAfter(this.status, result, { retryAt: state.retryAt, pending: this.scheduler.pending }))
    void this.armClock()
  }
}
