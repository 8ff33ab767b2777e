/**
 * The settings (environment, README "Configuration") that change what a page shows, read with the
 * CMS's reader (cms/config/settings.ts). They are part of every page's cache key (site/lib/cacheKey.ts), so changing one
 * re-renders the pages on the next build — the startup build after a restart — in a targeted build as
 * in Astro's incremental one. Settings that only change what the server does (limits, timeouts,
 * storage credentials) stay out: they would re-render every page for nothing. Pure.
 *
 * | setting                         | shown on                                                          |
 * | ------------------------------- | ----------------------------------------------------------------- |
 * | `EXPOSURE_DEADLINE_DAYS`        | the exposure board's rule (/exposures/)                           |
 * | `REPORT_CONTACT_RETENTION_DAYS` | the privacy notice (/privacy/)                                    |
 * | `SITE_URL` (and `PORT`)         | every page's canonical and social links                           |
 * | `S3_PUBLIC_BASE_URL`            | every image's address (with `S3_BUCKET`)                          |
 */
import type { Settings } from '../../cms/config/settings.ts'

export type PageSettings = {
  exposureDeadlineDays: number
  reportContactRetentionDays: number
  /** The site's public address as astro.config.mjs takes it. */
  siteUrl: string
  /** Where images are linked: `/media` or the bucket's public address. */
  mediaBase: string
}

export function pageSettings(settings: Pick<Settings, 'terms' | 'site' | 'storage'>): PageSettings {
  const media = settings.storage.media
  return {
    exposureDeadlineDays: settings.terms.exposureDeadlineDays,
    reportContactRetentionDays: settings.terms.reportContactRetentionDays,
    siteUrl: settings.site.siteUrl,
    mediaBase: (media.kind === 's3' && media.publicBaseUrl) || '/media',
  }
}

/**
 * The virtual module whose default export is this build's PageSettings (site/pageSettingsModule.d.ts),
 * served by publisher/astro/pageSettingsModule.mjs from the settings the build was given (rule 14:
 * the site reads no environment). Pages read it; the loaders get the same value as an argument.
 */
export const PAGE_SETTINGS_MODULE = 'virtual:campaign/page-settings'
