import { hasPendingChanges, IDLE, type QueueEvent, type QueueState, step } from '../domain/rebuildQueue.ts'

/** Drives the pure rebuild queue with real timers and a build function. */
export class RebuildScheduler {
  #state: QueueState = IDLE
  #idle: (() => void)[] = []

  constructor(
    private readonly build: () => Promise<void>,
    private readonly windowMs = 400,
  ) {}

  get state(): QueueState {
    return this.#state
  }

  get pending(): boolean {
    return hasPendingChanges(this.#state)
  }

  request(): void {
    this.#dispatch('request')
  }

  /** Resolves once nothing is waiting or building. */
  whenIdle(): Promise<void> {
    if (!this.#state.waiting && !this.#state.building) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  #dispatch(event: QueueEvent): void {
    const { state, effect } = step(this.#state, event)
    this.#state = state
    if (effect === 'startWindow') setTimeout(() => this.#dispatch('windowClosed'), this.windowMs).unref?.()
    if (effect === 'startBuild') void this.build().finally(() => this.#dispatch('buildFinished'))
    if (!state.waiting && !state.building) for (const resolve of this.#idle.splice(0)) resolve()
  }
}
