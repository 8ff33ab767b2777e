/**
 * Sliding-window rate limits for the residents' endpoints (the pattern of loginThrottle.ts): at most
 * `max` events per key in any `windowMs`. In memory, in the one server process. Pure: the clock is
 * passed in. `take` reserves a slot at the start of a request; `give back` withdraws it when the
 * request turned out not to count (invalid input), so a crash in between never grants a free one.
 */
export type WindowLimits = { windowMs: number; max: number; maxKeys: number }
export type WindowVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const HOUR = 60 * 60 * 1000

/** 5 reports per IP per hour; 30 status look-ups per IP per 10 minutes; 20 objections per IP per day. */
export const REPORT_LIMIT: WindowLimits = { windowMs: HOUR, max: 5, maxKeys: 10_000 }
export const STATUS_LOOKUP_LIMIT: WindowLimits = { windowMs: 10 * 60 * 1000, max: 30, maxKeys: 10_000 }
export const OBJECTION_LIMIT: WindowLimits = { windowMs: 24 * HOUR, max: 20, maxKeys: 10_000 }

export class SlidingWindow {
  readonly limits: WindowLimits
  readonly #events = new Map<string, number[]>()

  constructor(limits: WindowLimits) {
    this.limits = limits
  }

  take(key: string, now: number): WindowVerdict {
    const recent = this.#recent(key, now)
    if (recent.length >= this.limits.max) {
      const freeing = recent[recent.length - this.limits.max] ?? now
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeing + this.limits.windowMs - now) / 1000)) }
    }
    if (this.#events.size >= this.limits.maxKeys) this.#sweep(now)
    this.#events.set(key, [...recent, now])
    return { allowed: true }
  }

  giveBack(key: string, now: number): void {
    const recent = this.#recent(key, now)
    if (recent.length <= 1) this.#events.delete(key)
    else this.#events.set(key, recent.slice(0, -1))
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
