import { BUILD_REQUEST_MODULE } from '../../site/lib/buildRequest.ts'

const RESOLVED = `\0${BUILD_REQUEST_MODULE}`

/**
 * Hands the site what this build is for, as data: the virtual module BUILD_REQUEST_MODULE, whose
 * default export is `request`. Its one reader is site/content.config.ts, which gives it to the
 * loaders (site/loaders/index.ts loadersFor); the routes read it from the `build` collection
 * (site/lib/buildScope.ts). The publisher's own integrations get the same request as an argument
 * (astro.config.mjs siteConfig).
 * @param {import('../../site/lib/buildRequest.ts').BuildRequest} request
 * @returns {import('astro').AstroIntegration}
 */
export function buildRequestModule(request) {
  const plugin = {
    name: 'campaign:build-request',
    /** @param {string} id */
    resolveId: (id) => (id === BUILD_REQUEST_MODULE ? RESOLVED : undefined),
    /** @param {string} id */
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(request)}` : undefined),
  }
  return {
    name: 'campaign:build-request',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } })
      },
    },
  }
}
