/** This build's page settings, served by the publisher's pageSettingsModule integration (site/lib/pageSettings.ts PAGE_SETTINGS_MODULE). */
declare module 'virtual:campaign/page-settings' {
  const settings: import('./lib/pageSettings.ts').PageSettings
  export default settings
}
