/**
 * An Astro integration that serves `value` as a virtual module `moduleId` (its default export), for
 * data the site must read without touching the environment (rule 14): what the build is for
 * (buildRequestModule.mjs) and the page settings (pageSettingsModule.mjs).
 * @param {string} name the integration's and Vite plugin's name
 * @param {string} moduleId the module id the site imports
 * @param {unknown} value serialized with JSON
 * @returns {import('astro').AstroIntegration}
 */
export function dataModule(name, moduleId, value) {
  const resolved = `\0${moduleId}`
  const plugin = {
    name,
    /** @param {string} id */
    resolveId: (id) => (id === moduleId ? resolved : undefined),
    /** @param {string} id */
    load: (id) => (id === resolved ? `export default ${JSON.stringify(value)}` : undefined),
  }
  return {
    name,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } })
      },
    },
  }
}
