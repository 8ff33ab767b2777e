import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUILD_REQUEST_FILE, parseBuildRequest } from '../../site/lib/buildRequest.ts'
import { indexSite } from './pagefindIndex.mjs'

/** The build request the site builder left in this build's cache folder (none for a plain `astro build`). */
function readBuildRequest(cacheDir) {
  const file = path.join(fileURLToPath(cacheDir), BUILD_REQUEST_FILE)
  return parseBuildRequest(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)
}

/**
 * After the build, index every page for the static search (/pagefind/), into the build's own
 * output folder: the index goes live together with the pages, in the same switch. Preview builds
 * (request.searchIndex false) skip it; targeted builds update only the shards they changed (targetedBuild.mjs).
 */
export function searchIndex() {
  let request = parseBuildRequest(null)
  return {
    name: 'campaign:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        request = readBuildRequest(config.cacheDir)
      },
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
