import path from 'node:path'
import * as pagefind from 'pagefind'

/**
 * Index a built site with Pagefind (its extended binary splits Chinese words) into `<dir>/pagefind`.
 * Only each page's <main> is indexed. Runs inside the build, before the site builder checks and
 * switches the new folder live, so the index served always matches the pages served.
 */
export async function indexSite(dir) {
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'main',
    forceLanguage: 'zh-cn',
    excludeSelectors: ['nav.pager', '.filters'],
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: dir })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await pagefind.close()
  return added.page_count
}
