import { type AstroRunner, WorkerRunner } from './runners.ts'
import { RebuildScheduler } from './scheduler.ts'
import { buildSite, liveTarget, refreshSearchIndex } from './siteBuild.ts'

export type BuildStatus = {
  state: 'idle' | 'building' | 'failed'
  pending: boolean
  lastSuccessAt: string | null
  lastDurationMs: number | null
  lastPageCount: number | null
  lastError: string | null
  lastErrorAt: string | null
  lastLog: string | null
  buildsRun: number
}

/** The status after one build, starting from the previous status. */
export function statusAfter(previous: BuildStatus, result: Awaited<ReturnType<typeof buildSite>>, followUp: boolean): BuildStatus {
  const common = { ...previous, buildsRun: previous.buildsRun + 1, lastLog: result.logFile, pending: followUp }
  if (result.ok)
    return {
      ...common,
      state: 'idle',
      lastSuccessAt: new Date().toISOString(),
      lastDurationMs: result.durationMs,
      lastPageCount: result.pages,
    }
  return { ...common, state: 'failed', lastError: result.error, lastErrorAt: new Date().toISOString() }
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
  buildsRun: 0,
}

type Options = {
  /** The status to continue from (the last saved one). */
  initial?: BuildStatus
  env?: NodeJS.ProcessEnv
  /** Persist the status where the admin can read it. */
  save?: (status: BuildStatus) => Promise<void>
  /** Called with the new live directory after a successful switch. */
  onSwitch?: (dir: string) => void
  windowMs?: number
  /** Quiet time after a publish before the search index is refreshed. */
  searchDelayMs?: number
}

/** Coalesced, one-at-a-time, atomic rebuilds of the public site, with a status for the admin. */
export class SiteBuilder {
  readonly scheduler: RebuildScheduler
  status: BuildStatus = INITIAL_STATUS
  readonly reasons: string[] = []
  readonly #runner: AstroRunner

  constructor(private readonly options: Options = {}) {
    this.scheduler = new RebuildScheduler(() => this.#build(), options.windowMs ?? 400)
    this.#runner = new WorkerRunner(options.env ?? process.env)
    if (options.initial) this.status = options.initial
  }

  request(reason: string): void {
    this.reasons.push(reason)
    this.scheduler.request()
    void this.#save({ pending: this.scheduler.pending })
  }

  /** Stop the build process (the server does this on shutdown). */
  close(): void {
    clearTimeout(this.#searchTimer)
    this.#searchDone?.resolve()
    this.#runner.close()
  }

  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle()
  }

  #searchTimer: ReturnType<typeof setTimeout> | undefined
  #searchDone: { promise: Promise<void>; resolve: () => void } | undefined

  /** Re-index search once publishing has been quiet for a moment; the live site already shows the change. */
  #scheduleSearchRefresh(): void {
    clearTimeout(this.#searchTimer)
    if (!this.#searchDone) {
      const { promise, resolve } = Promise.withResolvers<void>()
      this.#searchDone = { promise, resolve }
    }
    const done = this.#searchDone
    this.#searchTimer = setTimeout(() => {
      const dir = liveTarget()
      void (dir ? refreshSearchIndex(dir) : Promise.resolve(0))
        .catch((error: unknown) => console.error('search index refresh failed:', error))
        .finally(() => {
          if (this.#searchDone === done) this.#searchDone = undefined
          done.resolve()
        })
    }, this.options.searchDelayMs ?? 2000)
  }

  /** Resolves when no build is queued or running and the search index has caught up. */
  async whenSettled(): Promise<void> {
    await this.whenIdle()
    await this.#searchDone?.promise
  }

  async #save(patch: Partial<BuildStatus>): Promise<void> {
    this.status = { ...this.status, ...patch }
    await this.options.save?.(this.status).catch((error: unknown) => console.error('site status not saved:', error))
  }

  async #build(): Promise<void> {
    await this.#save({ state: 'building', pending: this.scheduler.pending })
    let result = await buildSite(this.#runner, { reuseSearchIndex: true })
    if (!result.ok) {
      // A long-lived Astro process can trip over its own module cache (seen at 10,000 pages): retry once in a fresh one.
      this.#runner.close()
      result = await buildSite(this.#runner, { reuseSearchIndex: true })
    }
    if (result.ok) this.options.onSwitch?.(result.dir)
    if (result.ok && result.searchIndexReused) this.#scheduleSearchRefresh()
    else console.error(`✖ 网站构建失败 / site build failed (log: ${result.logFile})`)
    await this.#save(statusAfter(this.status, result, this.scheduler.state.followUp))
  }
}
