import { pageSettings } from '../../site/lib/pageSettings.ts'

const MODULE = 'virtual:campaign/page-settings'
const RESOLVED = `\0${MODULE}`

/**
 * Hands the site the settings its pages show (site/lib/pageSettings.ts: a narrow slice, no secrets),
 * as data: the virtual module read by site/lib/siteSettings.ts. The settings come from the build's
 * entry point (publisher/astro/siteConfig.mjs).
 * @param {import('../../cms/config/settings.ts').Settings} settings
 * @returns {import('astro').AstroIntegration}
 */
export function pageSettingsModule(settings) {
  const text = `export default ${JSON.stringify(pageSettings(settings))}`
  const plugin = {
    name: 'campaign:page-settings',
    /** @param {string} id */
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    /** @param {string} id */
    load: (id) => (id === RESOLVED ? text : undefined),
  }
  return {
    name: 'campaign:page-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } })
      },
    },
  }
}
