/**
 * One sliding-window counter: at most `max` events per key in any `windowMs`, in memory, with the
 * clock passed in (pure). Used by the login throttle and the residents' endpoints. `take` reserves
 * a slot at the start of a request; `giveBack` withdraws it when the request turned out not to count,
 * so a crash in between never grants a free one.
 */
export type WindowLimits = { windowMs: number; max: number; maxKeys: number }
export type WindowVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export class SlidingWindow {
  readonly limits: WindowLimits
  readonly #events = new Map<string, number[]>()

  constructor(limits: WindowLimits) {
    this.limits = limits
  }

  /** Milliseconds until this key is below `max` again (0 when it already is). */
  waitMs(key: string, now: number): number {
    const recent = this.#recent(key, now)
    if (recent.length < this.limits.max) return 0
    const freeing = recent[recent.length - this.limits.max] ?? now
    return freeing + this.limits.windowMs - now
  }

  /** Count one event for the key (no check: see `take`). */
  add(key: string, now: number): void {
    if (this.#events.size >= this.limits.maxKeys) this.#sweep(now)
    this.#events.set(key, [...this.#recent(key, now), now])
  }

  take(key: string, now: number): WindowVerdict {
    const wait = this.waitMs(key, now)
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) }
    this.add(key, now)
    return { allowed: true }
  }

  giveBack(key: string, now: number): void {
    const recent = this.#recent(key, now)
    if (recent.length <= 1) this.#events.delete(key)
    else this.#events.set(key, recent.slice(0, -1))
  }

  /** Forget a key entirely. */
  reset(key: string): void {
    this.#events.delete(key)
  }

  count(key: string, now: number): number {
    return this.#recent(key, now).length
  }

  clear(): void {
    this.#events.clear()
  }

  #recent(key: string, now: number): number[] {
    return (this.#events.get(key) ?? []).filter((at) => at > now - this.limits.windowMs)
  }

  #sweep(now: number): void {
    for (const key of [...this.#events.keys()]) {
      const recent = this.#recent(key, now)
      if (recent.length === 0) this.#events.delete(key)
      else this.#events.set(key, recent)
    }
  }
}
