import { describe, expect, it } from 'vitest'
import { readPublishConfig } from '../../publisher/config.ts'

describe('readPublishConfig', () => {
  it.each([
    [{}, 300_000],
    [{ SITE_BUILD_TIMEOUT_SECONDS: '' }, 300_000],
    [{ SITE_BUILD_TIMEOUT_SECONDS: '90' }, 90_000],
    [{ SITE_BUILD_TIMEOUT_SECONDS: ' 600 ' }, 600_000],
  ])('should read %j as a %i ms build timeout', (env, expected) => {
    expect(readPublishConfig(env).timeoutMs).toBe(expected)
  })

  it.each([['abc'], ['5'], ['99999'], ['-1']])('should refuse SITE_BUILD_TIMEOUT_SECONDS=%s naming the variable', (value) => {
    expect(() => readPublishConfig({ SITE_BUILD_TIMEOUT_SECONDS: value })).toThrow(/SITE_BUILD_TIMEOUT_SECONDS/)
  })

  it.each([
    [{}, { ttlMs: 30_000, renewMs: 5_000, safetyMs: 5_000 }],
    [{ BUILDER_LEASE_SECONDS: '12' }, { ttlMs: 12_000, renewMs: 2_000, safetyMs: 2_000 }],
    [{ BUILDER_LEASE_SECONDS: ' 600 ' }, { ttlMs: 600_000, renewMs: 100_000, safetyMs: 100_000 }],
  ])('should read %j as the builder lease %j (renewed every sixth, acting until a sixth before expiry)', (env, expected) => {
    expect(readPublishConfig(env).lease).toEqual(expected)
  })

  it.each([['abc'], ['5'], ['601'], ['0']])('should refuse BUILDER_LEASE_SECONDS=%s naming the variable', (value) => {
    expect(() => readPublishConfig({ BUILDER_LEASE_SECONDS: value })).toThrow(/BUILDER_LEASE_SECONDS/)
  })
})
