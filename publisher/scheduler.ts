import {
  type Change,
  hasPendingChanges,
  IDLE,
  isBusy,
  type QueueEvent,
  type QueueState,
  RETRY_DELAYS_MS,
  step,
} from './rules/rebuildQueue.ts'

/** Drives the pure rebuild queue (publisher/rules/rebuildQueue.ts) with real timers and a build function. */
export class RebuildScheduler {
  #state: QueueState = IDLE
  #idle: (() => void)[] = []
  #timers = new Set<ReturnType<typeof setTimeout>>()

  constructor(
    /** Runs one build for these changes; resolves true when it went live. */
    private readonly build: (changed: Change[]) => Promise<boolean>,
    private readonly windowMs = 400,
    private readonly retryDelaysMs: readonly number[] = RETRY_DELAYS_MS,
    private readonly now: () => number = Date.now,
    /** Called with the queue's state once it has handled a build's result (retry armed or not). */
    private readonly afterBuild?: (state: QueueState) => void,
  ) {}

  get state(): QueueState {
    return this.#state
  }

  get pending(): boolean {
    return hasPendingChanges(this.#state)
  }

  request(changed: readonly Change[] = []): void {
    this.#dispatch({ type: 'request', changed })
  }

  /** Resolves once nothing is waiting, building or armed to retry. */
  whenIdle(): Promise<void> {
    if (!isBusy(this.#state)) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  /** Drop pending timers (the server is shutting down). */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }

  #after(ms: number, event: QueueEvent): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      this.#dispatch(event)
    }, ms)
    timer.unref?.()
    this.#timers.add(timer)
  }

  #dispatch(event: QueueEvent): void {
    const { state, effect } = step(this.#state, event, this.retryDelaysMs)
    this.#state = state
    if (effect.kind === 'startWindow') this.#after(this.windowMs, { type: 'windowClosed' })
    if (effect.kind === 'scheduleRetry') this.#after(Math.max(0, effect.at - this.now()), { type: 'retryDue', at: effect.at })
    if (effect.kind === 'startBuild')
      void this.build(effect.changed)
        .catch(() => false)
        .then((ok) => {
          this.#dispatch({ type: 'buildFinished', ok, now: this.now() })
          this.afterBuild?.(this.#state)
        })
    if (!isBusy(state)) for (const resolve of this.#idle.splice(0)) resolve()
  }
}
