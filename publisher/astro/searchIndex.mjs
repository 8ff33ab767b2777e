import { fileURLToPath } from 'node:url'
import { indexSite } from './pagefindIndex.mjs'

/**
 * After the build, index every page for the static search (/pagefind/), into the build's own
 * output folder: the index goes live together with the pages, in the same switch. Preview builds
 * (request.searchIndex false) skip it; targeted builds update only the shards they changed (targetedBuild.mjs).
 * A full build given `live` (pagefindLive.ts, fed while pages render through its prerender tap) only
 * completes what that indexed; without it every page is read from disk after the build.
 * @param {import('../../site/lib/buildRequest.ts').BuildRequest} request what this build is for
 * @param {import('./pagefindLive.ts').LiveSearch | null} [live]
 * @returns {import('astro').AstroIntegration}
 */
export function searchIndex(request, live = null) {
  return {
    name: 'campaign:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        live?.outDir(fileURLToPath(config.outDir))
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!request.searchIndex) return logger.info('search index: not wanted for this build')
        // A targeted build re-indexes the shards its pages changed, once they are in the new folder (targetedBuild.mjs).
        if (request.targeted) return
        const started = Date.now()
        if (!live) return logger.info(`search index: ${await indexSite(fileURLToPath(dir))} pages in ${Date.now() - started} ms`)
        const done = await live.finish(fileURLToPath(dir))
        const how = done.fromDisk ? 'all read from disk' : `${done.whileRendering} indexed while rendering`
        logger.info(`search index: ${done.pages} pages (${how}), ${Date.now() - started} ms after the render`)
      },
    },
  }
}
