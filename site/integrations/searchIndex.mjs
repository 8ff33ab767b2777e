import { fileURLToPath } from 'node:url'
import { indexSite } from '../../cms/publish/pagefindIndex.mjs'

/**
 * After the build, index every page for the static search (/pagefind/). Publish builds skip it
 * (SKIP_SEARCH_INDEX=1): they carry the previous index over and the site builder refreshes it
 * right after the new site is live, so indexing never delays a publish.
 */
export function searchIndex() {
  return {
    name: 'campaign:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SKIP_SEARCH_INDEX === '1') return logger.info('search index: carried over, refreshed after the switch')
        logger.info(`${await indexSite(fileURLToPath(dir))} pages indexed for search`)
      },
    },
  }
}
