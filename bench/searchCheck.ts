/**
 * Is a text findable through the site's search as served over HTTP? Runs Pagefind's own browser
 * client (downloaded from the server) in Node against the live server as the search page does
 * (site/public/js/search.js): the page's language zh-CN, so Pagefind splits a Chinese query into words
 * (Node has Intl.Segmenter, as a current browser), every shard and layer merged, and the site's query
 * rules (site/public/js/searchQuery.js) over Pagefind's answers — what a resident's search shows.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { browserSplitsWords, searchPages } from '../site/public/js/searchQuery.js'

type Result = { id: string; data: () => Promise<{ url: string; content?: string }> }
type PagefindInstance = {
  init: () => Promise<void>
  mergeIndex: (url: string) => Promise<void>
  search: (term: string) => Promise<{ results: Result[] } | null>
  destroy: () => Promise<void>
}
type PagefindModule = { createInstance: (options: { basePath: string }) => PagefindInstance }

/** The site's pages are <html lang="zh-CN"> (site/layouts/Base.astro); the search page's Pagefind reads it. */
export const PAGE_LANGUAGE = 'zh-CN'

let client: Promise<PagefindModule> | undefined

/**
 * A Pagefind instance made as on the search page. Pagefind takes the page's language from
 * `document.querySelector('html').getAttribute('lang')` when an instance is made (it has no option for
 * it), so a stand-in `document` is there for that moment only, and whatever was there before is put back.
 */
function instanceOn(module: PagefindModule, basePath: string): PagefindInstance {
  const before = Object.getOwnPropertyDescriptor(globalThis, 'document')
  const page = { currentScript: null, querySelector: () => ({ getAttribute: () => PAGE_LANGUAGE }) }
  Object.defineProperty(globalThis, 'document', { value: page, configurable: true, writable: true })
  try {
    return module.createInstance({ basePath })
  } finally {
    if (before) Object.defineProperty(globalThis, 'document', before)
    else Reflect.deleteProperty(globalThis, 'document')
  }
}

/** The pages (pathnames) the site's search answers `term` with, every index part merged. */
export async function searchUrls(base: string, term: string): Promise<string[]> {
  client ??= (async () => {
    const code = await (await fetch(`${base}/pagefind/pagefind.js`)).text()
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pagefind-')), 'pagefind.mjs')
    fs.writeFileSync(file, code)
    return (await import(pathToFileURL(file).href)) as PagefindModule
  })()
  // A fresh instance each time: an instance keeps the index it loaded.
  const pagefind = instanceOn(await client, `${base}/pagefind/`)
  try {
    await pagefind.init()
    const shards = (await (await fetch(`${base}/pagefind/shards.json`)).json().catch(() => ({ merge: [] }))) as { merge?: string[] }
    // All at once, as the search page does.
    await Promise.all((shards.merge ?? []).map((shard) => pagefind.mergeIndex(`${base}/pagefind/${shard}`)))
    // A renamed unit or a re-captioned image is on hundreds of pages: every result, each checked as the page checks it.
    // Node has Intl.Segmenter, as a current browser (a test that removes it gets an old browser's search).
    const found = await searchPages(pagefind, term, browserSplitsWords())
    const urls = await Promise.all(found.map(async (result) => (await result.data()).url))
    // Pagefind answers URLs under the basePath it was given (absolute here).
    return urls.map((url) => new URL(url, base).pathname)
  } finally {
    await pagefind.destroy().catch(() => undefined)
  }
}

export async function searchFinds(base: string, term: string, page: string): Promise<boolean> {
  return (await searchUrls(base, term)).includes(page)
}
