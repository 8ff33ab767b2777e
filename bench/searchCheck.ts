/**
 * Is a text findable through the site's search as served over HTTP? Runs Pagefind's own browser
 * client (downloaded from the server) in Node against the live server: every shard and layer merged,
 * as the search page does.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

type PagefindClient = {
  options: (options: { basePath: string }) => Promise<void>
  mergeIndex: (url: string) => Promise<void>
  search: (term: string) => Promise<{ results: { id: string; data: () => Promise<{ url: string }> }[] }>
}

let clientFile: string | undefined
let loads = 0

/** The pages (pathnames) the site's search answers `term` with, every index part merged. */
export async function searchUrls(base: string, term: string): Promise<string[]> {
  if (!clientFile) {
    const code = await (await fetch(`${base}/pagefind/pagefind.js`)).text()
    clientFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pagefind-')), 'pagefind.mjs')
    fs.writeFileSync(clientFile, code)
  }
  // A fresh client each time: the module keeps the index it loaded.
  const client = (await import(`${pathToFileURL(clientFile).href}?load=${++loads}`)) as PagefindClient
  await client.options({ basePath: `${base}/pagefind/` })
  const shards = (await (await fetch(`${base}/pagefind/shards.json`)).json().catch(() => ({ merge: [] }))) as { merge?: string[] }
  // All at once, as the search page does.
  await Promise.all((shards.merge ?? []).map((shard) => client.mergeIndex(`${base}/pagefind/${shard}`)))
  const found = await client.search(term)
  // A renamed unit or a re-captioned image is on hundreds of pages: look through all the hits.
  const urls = await Promise.all(found.results.map(async (result) => (await result.data()).url))
  // Pagefind answers URLs under the basePath it was given (absolute here).
  return urls.map((url) => new URL(url, base).pathname)
}

export async function searchFinds(base: string, term: string, page: string): Promise<boolean> {
  return (await searchUrls(base, term)).includes(page)
}
