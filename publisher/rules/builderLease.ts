/**
 * Exactly one site builder acts at a time: the rule of the builder lease (one row in the database,
 * holder id + expiry). Pure; the clock is passed in. The database glue is publisher/lease.ts:
 * it writes the lease with one conditional update (`mayTake` below, as a where clause) and feeds
 * the outcome of each attempt to `afterAttempt`.
 *
 * A holder renews every few seconds; a lease runs 30 s, so a builder that stops renewing (killed,
 * hung, cut off from the database) is replaced within about half a minute. A holder stops acting
 * `safetyMs` before its own last expiry when renewals fail, so two builders never act together as
 * long as the hosts' clocks differ by less than that.
 */
export type LeaseRow = { holder: string | null; expiresAt: string | Date | null }
export type LeaseTiming = { ttlMs: number; renewMs: number; safetyMs: number }

export const DEFAULT_LEASE_TIMING: LeaseTiming = { ttlMs: 30_000, renewMs: 5_000, safetyMs: 5_000 }

/** Where this process stands: waiting for the lease, or holding it and free to act until `actUntil`. */
export type LeaseState = { kind: 'waiting' } | { kind: 'holding'; actUntil: Date }
/** One attempt's outcome: the database wrote our lease (with this expiry), someone else holds it, or the attempt failed. */
export type AttemptOutcome = { kind: 'won'; expiresAt: Date } | { kind: 'refused' } | { kind: 'error' }
export type LeaseEvent = 'acquired' | 'renewed' | 'kept' | 'lost' | 'waiting'

export const WAITING: LeaseState = { kind: 'waiting' }

const time = (value: string | Date | null): number => (value === null ? Number.NaN : new Date(value).getTime())

/** May `me` write the lease now: nobody holds it, it ran out, or `me` holds it. */
export function mayTake(row: LeaseRow | null, me: string, now: Date): boolean {
  if (!row || row.holder === null || row.holder === me) return true
  const expires = time(row.expiresAt)
  return Number.isNaN(expires) || expires < now.getTime()
}

/** The expiry a successful take or renewal writes. */
export const expiryFrom = (now: Date, timing: LeaseTiming = DEFAULT_LEASE_TIMING): Date => new Date(now.getTime() + timing.ttlMs)

/** Does a lease read back from the database name `me` as its holder, still valid? */
export function confirmsHolder(row: LeaseRow | null, me: string, now: Date): boolean {
  return row !== null && row.holder === me && time(row.expiresAt) > now.getTime()
}

/** The state after one attempt, and what changed (the caller starts building on 'acquired', stops on 'lost'). */
export function afterAttempt(
  state: LeaseState,
  outcome: AttemptOutcome,
  now: Date,
  timing: LeaseTiming = DEFAULT_LEASE_TIMING,
): { state: LeaseState; event: LeaseEvent } {
  if (outcome.kind === 'won') {
    const holding: LeaseState = { kind: 'holding', actUntil: new Date(outcome.expiresAt.getTime() - timing.safetyMs) }
    return { state: holding, event: state.kind === 'holding' ? 'renewed' : 'acquired' }
  }
  if (state.kind === 'waiting') return { state: WAITING, event: 'waiting' }
  // A database hiccup: keep acting while our last written lease is safely valid, then give up.
  if (outcome.kind === 'error' && now.getTime() < state.actUntil.getTime()) return { state, event: 'kept' }
  return { state: WAITING, event: 'lost' }
}

/** A holder id that tells an operator where the builder runs: host, process and a random part. */
export function holderId(host: string, pid: number, random: string): string {
  return `${host}:${pid}:${random}`
}
