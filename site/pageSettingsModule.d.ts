/** The page settings of this build, served by the publisher's pageSettingsModule integration (site/lib/siteSettings.ts). */
declare module 'virtual:campaign/page-settings' {
  const settings: import('./lib/pageSettings.ts').PageSettings
  export default settings
}
