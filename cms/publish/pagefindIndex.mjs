import path from 'node:path'
import * as pagefind from 'pagefind'

/**
 * Index a built site with Pagefind (its extended binary splits Chinese words) into `<dir>/<target>`.
 * Only each page's <main> is indexed. Used by the Astro integration and by the deferred refresh.
 */
export async function indexSite(dir, target = 'pagefind') {
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'main',
    forceLanguage: 'zh-cn',
    excludeSelectors: ['nav.pager', '.filters'],
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: dir })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
  await index.writeFiles({ outputPath: path.join(dir, target) })
  await pagefind.close()
  return added.page_count
}
