/**
 * The settings a page shows (site/lib/pageSettings.ts), as this build was given them: the build's
 * entry point (astro.config.mjs, or the publisher's build worker) read the environment once and hands
 * them in through the virtual module `virtual:campaign/page-settings` (publisher/astro/pageSettingsModule.mjs).
 * The site never reads the environment itself.
 */
import settings from 'virtual:campaign/page-settings'
import type { PageSettings } from './pageSettings.ts'

export const PAGE_SETTINGS: PageSettings = settings
