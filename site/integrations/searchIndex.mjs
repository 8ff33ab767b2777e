import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'

/**
 * After the build, index every page with Pagefind (its extended binary splits Chinese words) and
 * write the static search index into /pagefind/. Only each page's <main> is indexed.
 */
export function searchIndex() {
  return {
    name: 'campaign:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SKIP_SEARCH_INDEX === '1') return logger.info('search index skipped (preview build)')
        const { index, errors } = await pagefind.createIndex({
          rootSelector: 'main',
          forceLanguage: 'zh-cn',
          excludeSelectors: ['nav.pager', '.filters'],
        })
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const site = fileURLToPath(dir)
        const added = await index.addDirectory({ path: site })
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
        await index.writeFiles({ outputPath: `${site}pagefind` })
        await pagefind.close()
        logger.info(`${added.page_count} pages indexed for search`)
      },
    },
  }
}
