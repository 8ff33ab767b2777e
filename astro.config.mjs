// @ts-check
import { defineConfig } from 'astro/config'
import { readSettings } from './cms/config/settings.ts'
import { siteConfig } from './publisher/astro/siteConfig.mjs'

/**
 * The public site for a plain `astro build` (everything, published content only): this process's
 * settings, read once here (README "Configuration"), given to the site's config
 * (publisher/astro/siteConfig.mjs). The site builder's process (publisher/buildWorker.ts) does not
 * load this file: it calls siteConfig with the settings its parent sent and each build's request.
 */
export default defineConfig(siteConfig({ settings: readSettings(process.env) }))
