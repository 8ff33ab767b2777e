import { PAGE_SETTINGS_MODULE } from '../../site/lib/pageSettings.ts'

const RESOLVED = `\0${PAGE_SETTINGS_MODULE}`

/**
 * Hands the site the settings that change what its pages show (site/lib/pageSettings.ts), as data:
 * the virtual module PAGE_SETTINGS_MODULE, whose default export is `page`. Pages and
 * site/content.config.ts read it (the latter gives it to the loaders); the kept renderer gets the
 * same value with what the build kept (keptApp.ts). The site reads no environment (rule 14).
 * @param {import('../../site/lib/pageSettings.ts').PageSettings} page
 * @returns {import('astro').AstroIntegration}
 */
export function pageSettingsModule(page) {
  const plugin = {
    name: 'campaign:page-settings',
    /** @param {string} id */
    resolveId: (id) => (id === PAGE_SETTINGS_MODULE ? RESOLVED : undefined),
    /** @param {string} id */
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(page)}` : undefined),
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
