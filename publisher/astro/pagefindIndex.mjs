import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import * as pagefind from 'pagefind'
import { eachLimited, writeNew } from '../../cms/storage/files.ts'
import { SEARCH_STATE_FILE } from '../../site/lib/buildRequest.ts'
import { isSearchable, shardCount, shardOf } from '../rules/affectedPages.ts'
import { baseState, indexFolder, parseSearchState, searchManifest, shardIndexName } from '../rules/searchLayers.ts'
import { searchedHtml } from '../rules/searchText.ts'

/**
 * The site's Pagefind search index (its extended binary splits Chinese words). A full build indexes
 * every searchable page into base shards: each page belongs to one by a hash of its file path
 * (publisher/rules/affectedPages.ts); shard 0 is /pagefind/ itself, the others /pagefind/shard-N/. A
 * targeted build writes again each index holding a page it changed or removed, and puts new pages
 * into a new layer /pagefind/layer-N/ (publisher/rules/searchLayers.ts, searchUpdate.mjs): every page has one entry, with
 * its text as served, and a page taken down has none. /pagefind/shards.json names every index to
 * merge; the search page merges them (Pagefind's mergeIndex). Only each page's <main> is indexed, without its images
 * (publisher/rules/searchText.ts); list pages are left out
 * (isSearchable): a search answers with the documents' own pages. Everything runs on a build folder
 * before it goes live, and an index is always written into a fresh folder (never through a link).
 */
export const SHARDS_FILE = 'shards.json'
const SKIP_DIRS = new Set(['pagefind', 'media', '_astro', '.build'])

/** Every HTML file of a built site, as paths relative to it ('bulletins/a/index.html'). */
export function htmlFiles(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return prefix === '' && SKIP_DIRS.has(entry.name) ? [] : htmlFiles(dir, rel)
    return entry.isFile() && entry.name.endsWith('.html') ? [rel] : []
  })
}

/** The URL Pagefind gives a page indexed from `file` ('bulletins/a/index.html' → '/bulletins/a/'). */
const urlOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

/** A fragment's page URL (fragments are gzip'd 'pagefind_dcd' + JSON). */
function fragmentUrl(content) {
  const text = zlib.gunzipSync(content).toString('utf8')
  return JSON.parse(text.slice(text.indexOf('{'))).url
}

/** A new, empty index in the Pagefind service, with the site's options (only <main>, Chinese). */
export async function newIndex() {
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'main',
    forceLanguage: 'zh-cn',
    excludeSelectors: ['nav.pager', '.filters'],
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  return index
}

/** Add a page: Pagefind is given only what it reads of it (its <main> without images, searchText.ts). */
export async function addPage(index, file, content) {
  const added = await index.addHTMLFile({ sourcePath: file, content: searchedHtml(content) })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`)
}

/** Add these files of `dir` to a Pagefind index. */
export async function addFiles(index, dir, files, dropped = () => false) {
  for (const file of files) {
    if (dropped()) return
    await addPage(index, file, await fs.promises.readFile(path.join(dir, file), 'utf8'))
  }
}

/** Index these files of `dir` into a fresh folder `out`. */
async function writeShard(dir, files, out, client = false) {
  const index = await newIndex()
  await addFiles(index, dir, files)
  await writeIndex(index, files, out, client)
}

/**
 * Write an index holding `files` into a fresh folder `out` and drop it from the Pagefind service.
 * Fails unless Pagefind wrote an entry for every file.
 */
export async function writeIndex(index, files, out, client = false) {
  const written = await index.getFiles()
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await index.deleteIndex()
  fs.rmSync(out, { recursive: true, force: true })
  const urls = new Set()
  // Only /pagefind/ itself needs Pagefind's scripts and styles; merged indexes are read for their data.
  const kept = written.files.filter(({ path: rel }) => client || rel.includes('/') || !/\.(js|css)$/.test(rel))
  // Asynchronous writes (libuv's threads): a full build writes its shards while it still renders pages.
  for (const folder of new Set(kept.map(({ path: rel }) => path.dirname(path.join(out, rel)))))
    await fs.promises.mkdir(folder, { recursive: true })
  await eachLimited(kept, 8, ({ path: rel, content }) => fs.promises.writeFile(path.join(out, rel), content))
  for (const { path: rel, content } of kept) if (/^fragment\/[^/]+\.pf_fragment$/.test(rel)) urls.add(fragmentUrl(content))
  const missing = files.find((file) => !urls.has(urlOf(file)))
  if (missing) throw new Error(`Pagefind wrote no entry for ${missing}`)
}

function groupByShard(files, shards) {
  const groups = Array.from({ length: shards }, () => [])
  for (const file of files) groups[shardOf(file, shards)].push(file)
  return groups
}

/** Put a freshly written index in place of the old one (renames and unlinks only, never a write through a link). */
export function placeIndex(dir, name, fresh) {
  const target = path.join(dir, 'pagefind', indexFolder(name))
  if (name !== 'shard-0') {
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(fresh, target)
    return
  }
  // Shard 0 is pagefind/ itself, beside the other indexes' folders and shards.json.
  fs.mkdirSync(target, { recursive: true })
  for (const entry of fs.readdirSync(target)) {
    if (!/^(shard|layer)-\d+$/.test(entry) && entry !== SHARDS_FILE) fs.rmSync(path.join(target, entry), { recursive: true, force: true })
  }
  for (const entry of fs.readdirSync(fresh)) fs.renameSync(path.join(fresh, entry), path.join(target, entry))
  fs.rmSync(fresh, { recursive: true, force: true })
}

/** The search page's list of indexes (pagefind/shards.json) and the state behind it. */
export function writeState(dir, state) {
  writeNew(path.join(dir, 'pagefind', SHARDS_FILE), JSON.stringify(searchManifest(state)))
  writeNew(path.join(dir, SEARCH_STATE_FILE), JSON.stringify(state))
}

export function readState(dir) {
  const file = path.join(dir, SEARCH_STATE_FILE)
  return parseSearchState(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)
}

/** The shard count a built site's index was written with (null: no sharded index). */
export function shardsOf(dir) {
  const file = path.join(dir, 'pagefind', SHARDS_FILE)
  if (!fs.existsSync(file)) return null
  const count = JSON.parse(fs.readFileSync(file, 'utf8')).count
  return Number.isInteger(count) && count > 0 ? count : null
}

/** Shards indexed at the same time (the Pagefind service does the work; two keep both cores busy). */
const PARALLEL = 2

/** The pages of a built site that go into its search index. */
export const searchedFiles = (dir) => htmlFiles(dir).filter(isSearchable)

/** Run `jobs` (async functions) two at a time, then `beforeClose`, then stop the Pagefind service. */
export async function inParallel(jobs, beforeClose = async () => undefined) {
  try {
    await eachLimited(jobs, PARALLEL, (job) => job())
  } finally {
    await beforeClose()
    await pagefind.close()
  }
}

/**
 * Shards in order, `together` first: pages that just changed together (a renamed unit's pages) share as
 * few shards as possible, so the next such change writes those shards, not every one.
 */
function groupTogether(files, shards, together) {
  const first = new Set(together)
  const order = [...files.filter((file) => first.has(file)), ...files.filter((file) => !first.has(file))]
  const per = Math.ceil(order.length / shards)
  return Array.from({ length: shards }, (_, shard) => order.slice(shard * per, (shard + 1) * per))
}

/**
 * Index a whole built site into fresh base shards under `<dir>/pagefind` (a full build; a targeted build
 * whose changes touch most shards, which gives the pages it changed as `together`). Returns the page count.
 */
export async function indexSite(dir, together = []) {
  const files = searchedFiles(dir)
  const shards = shardCount(files.length)
  const groups = together.length > 0 ? groupTogether(files, shards, together) : groupByShard(files, shards)
  const fresh = (shard) => path.join(dir, `.pagefind-shard-${shard}.tmp`)
  await inParallel(groups.map((group, shard) => () => writeShard(dir, group, fresh(shard), shard === 0)))
  fs.rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true })
  for (let shard = 0; shard < shards; shard++) placeIndex(dir, shardIndexName(shard), fresh(shard))
  writeState(dir, baseState(shards, groups))
  return files.length
}
