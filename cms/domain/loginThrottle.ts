/**
 * Login throttling: a sliding window of failed sign-ins per account and per client IP.
 * Pure and in memory; the caller passes the clock (`now`, epoch milliseconds) into every call.
 *
 * An attempt is counted as a failure when it starts (`attempt`) and withdrawn when it succeeds
 * (`succeed`): the caller only learns the outcome afterwards, and a crash in between must not
 * give an attacker a free guess. Refused attempts are not counted, so `retryAfterSeconds` holds.
 */
export type LoginLimits = { windowMs: number; maxPerAccount: number; maxPerIp: number; maxKeys: number }

/** 10 failures per account and 30 per IP in any 15 minutes; the key table is swept past 10,000 keys. */
export const LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60 * 1000, maxPerAccount: 10, maxPerIp: 30, maxKeys: 10_000 }

export type LoginAttempt = { account: string; ip: string }
export type ThrottleVerdict = { allowed: true } | { allowed: false; scope: 'account' | 'ip'; retryAfterSeconds: number }

/** Account keys ignore case and surrounding spaces, as Payload's login does. */
export const accountKey = (login: unknown): string => (typeof login === 'string' ? login.trim().toLowerCase() : '')

export class LoginThrottle {
  readonly limits: LoginLimits
  readonly #failures = new Map<string, number[]>()

  constructor(limits: LoginLimits = LOGIN_LIMITS) {
    this.limits = limits
  }

  /** Refuse when either counter is full; otherwise count this attempt as a failure until `succeed`. */
  attempt(attempt: LoginAttempt, now: number): ThrottleVerdict {
    const keys = this.#keys(attempt)
    const waits = [
      { scope: 'account' as const, wait: this.#wait(keys.account, this.limits.maxPerAccount, now) },
      { scope: 'ip' as const, wait: this.#wait(keys.ip, this.limits.maxPerIp, now) },
    ].filter((entry) => entry.wait > 0)
    if (waits.length > 0) {
      const longest = waits.reduce((a, b) => (b.wait > a.wait ? b : a))
      return { allowed: false, scope: longest.scope, retryAfterSeconds: Math.max(1, Math.ceil(longest.wait / 1000)) }
    }
    if (this.#failures.size >= this.limits.maxKeys) this.#sweep(now)
    for (const key of [keys.account, keys.ip]) this.#failures.set(key, [...this.#recent(key, now), now])
    return { allowed: true }
  }

  /** A successful sign-in clears the account and withdraws its own provisional IP failure. */
  succeed(attempt: LoginAttempt, now: number): void {
    const keys = this.#keys(attempt)
    this.#failures.delete(keys.account)
    const ipFailures = this.#recent(keys.ip, now)
    if (ipFailures.length <= 1) this.#failures.delete(keys.ip)
    else this.#failures.set(keys.ip, ipFailures.slice(0, -1))
  }

  /** Failures still inside the window for this attempt's account and IP (for tests and diagnostics). */
  failures(attempt: LoginAttempt, now: number): { account: number; ip: number } {
    const keys = this.#keys(attempt)
    return { account: this.#recent(keys.account, now).length, ip: this.#recent(keys.ip, now).length }
  }

  /** Forget everything (tests, or an administrator's reset). */
  clear(): void {
    this.#failures.clear()
  }

  #keys(attempt: LoginAttempt): { account: string; ip: string } {
    return { account: `account:${accountKey(attempt.account)}`, ip: `ip:${attempt.ip || 'unknown'}` }
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => at > now - this.limits.windowMs)
  }

  /** Milliseconds until this key is below `max` again (0 when it already is). */
  #wait(key: string, max: number, now: number): number {
    const recent = this.#recent(key, now)
    if (recent.length < max) return 0
    const freeingFailure = recent[recent.length - max] ?? now
    return freeingFailure + this.limits.windowMs - now
  }

  #sweep(now: number): void {
    for (const key of [...this.#failures.keys()]) {
      const recent = this.#recent(key, now)
      if (recent.length === 0) this.#failures.delete(key)
      else this.#failures.set(key, recent)
    }
  }
}
