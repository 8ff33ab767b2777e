import { SlidingWindow } from './slidingWindow.ts'

/**
 * Login throttling: a sliding window (cms/domain/slidingWindow.ts) of failed sign-ins per account
 * and per client IP.
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
  readonly #accounts: SlidingWindow
  readonly #ips: SlidingWindow

  constructor(limits: LoginLimits = LOGIN_LIMITS) {
    this.limits = limits
    this.#accounts = new SlidingWindow({ windowMs: limits.windowMs, max: limits.maxPerAccount, maxKeys: limits.maxKeys })
    this.#ips = new SlidingWindow({ windowMs: limits.windowMs, max: limits.maxPerIp, maxKeys: limits.maxKeys })
  }

  /** Refuse when either counter is full; otherwise count this attempt as a failure until `succeed`. */
  attempt(attempt: LoginAttempt, now: number): ThrottleVerdict {
    const keys = keysOf(attempt)
    const waits = [
      { scope: 'account' as const, wait: this.#accounts.waitMs(keys.account, now) },
      { scope: 'ip' as const, wait: this.#ips.waitMs(keys.ip, now) },
    ].filter((entry) => entry.wait > 0)
    if (waits.length > 0) {
      const longest = waits.reduce((a, b) => (b.wait > a.wait ? b : a))
      return { allowed: false, scope: longest.scope, retryAfterSeconds: Math.max(1, Math.ceil(longest.wait / 1000)) }
    }
    this.#accounts.add(keys.account, now)
    this.#ips.add(keys.ip, now)
    return { allowed: true }
  }

  /** A successful sign-in clears the account and withdraws its own provisional IP failure. */
  succeed(attempt: LoginAttempt, now: number): void {
    const keys = keysOf(attempt)
    this.#accounts.reset(keys.account)
    this.#ips.giveBack(keys.ip, now)
  }

  /** Failures still inside the window for this attempt's account and IP (for tests and diagnostics). */
  failures(attempt: LoginAttempt, now: number): { account: number; ip: number } {
    const keys = keysOf(attempt)
    return { account: this.#accounts.count(keys.account, now), ip: this.#ips.count(keys.ip, now) }
  }

  /** Forget everything (tests, or an administrator's reset). */
  clear(): void {
    this.#accounts.clear()
    this.#ips.clear()
  }
}

function keysOf(attempt: LoginAttempt): { account: string; ip: string } {
  return { account: `account:${accountKey(attempt.account)}`, ip: `ip:${attempt.ip || 'unknown'}` }
}
