/**
 * Publishing settings (README "Configuration"): SITE_BUILD_TIMEOUT_SECONDS, 10–3600, default 300;
 * BUILDER_LEASE_SECONDS, 6–600, default 30 (how long a builder that stopped renewing keeps the lease,
 * i.e. how soon a standby builder takes over; renewed every sixth of it, and a holder stops acting a
 * sixth of it before its own expiry, which is also the clock difference between hosts it tolerates).
 */
import { type Env, wholeNumber } from './source.ts'

export type LeaseTimingConfig = { ttlMs: number; renewMs: number; safetyMs: number }
export type PublishConfig = { timeoutMs: number; lease: LeaseTimingConfig }

export const DEFAULT_BUILD_TIMEOUT_SECONDS = 300
export const DEFAULT_LEASE_SECONDS = 30

/** The lease's timing for a lease of `seconds`: 30 → renewed every 5 s, acting until 5 s before expiry. */
export function leaseTiming(seconds: number): LeaseTimingConfig {
  const ttlMs = seconds * 1000
  const sixth = Math.floor(ttlMs / 6)
  return { ttlMs, renewMs: sixth, safetyMs: sixth }
}

export const readPublishConfig = (env: Env): PublishConfig => ({
  timeoutMs: wholeNumber(env, 'SITE_BUILD_TIMEOUT_SECONDS', DEFAULT_BUILD_TIMEOUT_SECONDS, 10, 3600) * 1000,
  lease: leaseTiming(wholeNumber(env, 'BUILDER_LEASE_SECONDS', DEFAULT_LEASE_SECONDS, 6, 600)),
})
