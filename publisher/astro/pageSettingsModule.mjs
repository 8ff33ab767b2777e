import { PAGE_SETTINGS_MODULE } from '../../site/lib/pageSettings.ts'
import { dataModule } from './dataModule.mjs'

/**
 * Hands the site the settings that change what its pages show (site/lib/pageSettings.ts), as data:
 * the virtual module PAGE_SETTINGS_MODULE, whose default export is `page`. Pages and
 * site/content.config.ts read it (the latter gives it to the loaders); the kept renderer gets the
 * same value with what the build kept (keptApp.ts). The site reads no environment (rule 14).
 * @param {import('../../site/lib/pageSettings.ts').PageSettings} page
 * @returns {import('astro').AstroIntegration}
 */
export function pageSettingsModule(page) {
  return dataModule('campaign:page-settings', PAGE_SETTINGS_MODULE, page)
}
