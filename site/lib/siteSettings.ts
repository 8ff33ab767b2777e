/**
 * The site's one read of the environment (README "Configuration"): the settings of the process that
 * builds the pages (astro build, or the publisher's build worker), read once when first imported.
 * Site code takes what it needs from here or from PAGE_SETTINGS (site/lib/pageSettings.ts).
 */
import { readSettings, type Settings } from '../../cms/config/settings.ts'

export const SITE_SETTINGS: Settings = readSettings(process.env)
