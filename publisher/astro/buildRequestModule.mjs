import { BUILD_REQUEST_MODULE } from '../../site/lib/buildRequest.ts'
import { dataModule } from './dataModule.mjs'

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
  return dataModule('campaign:build-request', BUILD_REQUEST_MODULE, request)
}
