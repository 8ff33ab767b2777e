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
})
