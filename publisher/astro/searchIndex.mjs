import { fileURLToPath } from 'node:url'
import { indexSite } from './pagefindIndex.mjs'

/**
 * After the build, index every page for the static search (/pagefind/), into the build's own
 * output folder: the index goes live together with the pages, in the same switch. Preview builds
 * (request.searchIndex false) skip it; targeted builds update only the shards they changed (targetedBuild.mjs).
 * @param {import('../../site/lib/buildRequest.ts').BuildRequest} request what this build is for
 * @returns {import('astro').AstroIntegration}
 */
export function searchIndex(request) {
  return {
    name: 'campaign:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!request.searchIndex) return logger.info('search index: not wanted for this build')
        // A targeted build re-indexes the shards its pages changed, once they are in the new folder (targetedBuild.mjs).
        if (request.targeted) return
        const started = Date.now()
        const pages = await indexSite(fileURLToPath(dir))
        logger.info(`search index: ${pages} pages in ${Date.now() - started} ms`)
      },
    },
  }
}
