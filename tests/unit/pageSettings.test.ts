/**
 * Settings that change what a page shows are part of every page's cache key, so a build after the
 * setting changed re-renders those pages (targeted builds compare keys with the live build's
 * manifest; Astro's incremental build reuses a page only while its key is unchanged).
 */
import { describe, expect, it } from 'vitest'
import { readSettings } from '../../cms/config/settings.ts'
import { handlingRule } from '../../site/lib/exposures.ts'
import { cacheKeysFor } from '../../site/lib/pageKeys.ts'
import { pageSettings } from '../../site/lib/pageSettings.ts'

/** The page settings of a build started with `env`. */
const pageSettingsOf = (env: Record<string, string>) => pageSettings(readSettings(env))

const PATHS = [
  { params: { page: undefined }, props: { items: ['a', 'b'] } },
  { params: { page: '2' }, props: { items: ['c'] } },
]
const IDENTITY = { siteName: '示范市文明网（演示）' }
const keysWith = (env: Record<string, string>) =>
  cacheKeysFor(PATHS, { identity: IDENTITY, settings: pageSettingsOf(env) }).map((path) => path.cacheKey)

describe('pageSettings', () => {
  it('should read the defaults README lists when nothing is set', () => {
    expect(pageSettingsOf({})).toEqual({
      exposureDeadlineDays: 3,
      reportContactRetentionDays: 90,
      siteUrl: 'http://localhost:3000',
      mediaBase: '/media',
    })
  })

  it('should read each setting as the CMS does (an invalid value stops the build, naming the variable)', () => {
    expect(pageSettingsOf({ EXPOSURE_DEADLINE_DAYS: '7', REPORT_CONTACT_RETENTION_DAYS: '30', PORT: '4000' })).toEqual({
      exposureDeadlineDays: 7,
      reportContactRetentionDays: 30,
      siteUrl: 'http://localhost:4000',
      mediaBase: '/media',
    })
    expect(() => pageSettingsOf({ EXPOSURE_DEADLINE_DAYS: 'soon' })).toThrow(/EXPOSURE_DEADLINE_DAYS/)
  })

  it('should give the exposure board the configured term', () => {
    expect(handlingRule(pageSettingsOf({ EXPOSURE_DEADLINE_DAYS: '5' }).exposureDeadlineDays)).toContain('发现之日起 5 天内')
  })
})

describe('page cache keys', () => {
  const before = keysWith({})

  it.each([
    ['EXPOSURE_DEADLINE_DAYS', { EXPOSURE_DEADLINE_DAYS: '5' }],
    ['REPORT_CONTACT_RETENTION_DAYS', { REPORT_CONTACT_RETENTION_DAYS: '30' }],
    ['SITE_URL', { SITE_URL: 'https://wenming.example.gov.cn' }],
    ['PORT (the default SITE_URL)', { PORT: '4000' }],
    ['S3_PUBLIC_BASE_URL', { S3_BUCKET: 'campaign', S3_PUBLIC_BASE_URL: 'https://cdn.example.cn/public' }],
  ])('should change every page’s key when %s changes', (_name, env) => {
    const after = keysWith(env)
    expect(after[0]).not.toBe(before[0])
    expect(after[1]).not.toBe(before[1])
  })

  it.each([
    ['ENDORSE_IP_DAILY_CAP', { ENDORSE_IP_DAILY_CAP: '10' }],
    ['SITE_BUILD_TIMEOUT_SECONDS', { SITE_BUILD_TIMEOUT_SECONDS: '600' }],
    ['BUILDER_LEASE_SECONDS', { BUILDER_LEASE_SECONDS: '10' }],
    ['ACCOUNTABILITY_WINDOW_DAYS (statuses are computed on save, not at build)', { ACCOUNTABILITY_WINDOW_DAYS: '30' }],
  ])('should keep the keys when %s changes, which no page shows', (_name, env) => {
    expect(keysWith(env)).toEqual(before)
  })

  it('should keep the keys of the same settings and change a page’s key only with its own props otherwise', () => {
    expect(keysWith({ EXPOSURE_DEADLINE_DAYS: '3' })).toEqual(before)
    const changed = cacheKeysFor([PATHS[0]!, { ...PATHS[1]!, props: { items: ['d'] } }], {
      identity: IDENTITY,
      settings: pageSettingsOf({}),
    })
    expect(changed.map((path) => path.cacheKey)).toEqual([before[0], expect.not.stringMatching(`^${before[1]}$`)])
  })
})
