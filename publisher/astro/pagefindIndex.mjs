import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import * as pagefind from 'pagefind'
import { eachLimited, writeNew } from '../../cms/storage/files.ts'
import { SEARCH_STATE_FILE } from '../../site/lib/buildRequest.ts'
import { isSearchable, shardCount, shardOf } from '../rules/affectedPages.ts'
import {
  applySearchUpdate,
  baseState,
  fullAt,
  indexFolder,
  parseSearchState,
  planSearchUpdate,
  searchManifest,
  shardIndexName,
} from '../rules/searchLayers.ts'

/**
 * The site's Pagefind search index (its extended binary splits Chinese words). A full build indexes
 * every searchable page into base shards: each page belongs to one by a hash of its file path
 * (publisher/rules/affectedPages.ts); shard 0 is /pagefind/ itself, the others /pagefind/shard-N/. A
 * targeted build writes again each index holding a page it changed or removed, and puts new pages
 * into a new layer /pagefind/layer-N/ (publisher/rules/searchLayers.ts): every page has one entry, with
 * its text as served, and a page taken down has none. /pagefind/shards.json names every index to
 * merge; the search page merges them (Pagefind's mergeIndex). Only each page's <main> is indexed; list pages are left out
 * (isSearchable): a search answers with the documents' own pages. Everything runs on a build folder
 * before it goes live, and an index is always written into a fresh folder (never through a link).
 */
const SHARDS_FILE = 'shards.json'
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

/**
 * What of a page Pagefind needs: its <html> tag (the language) and its <main>, the only part it
 * indexes (rootSelector) — about a quarter of the page's bytes to encode, send and parse; the index
 * is byte-for-byte the same (tests/unit/pagefindMain.test.ts). A page without one <main>, or with
 * Pagefind attributes (read outside the root too), goes whole.
 * @param {string} html
 */
export function searchPart(html) {
  const start = html.indexOf('<main')
  const end = html.lastIndexOf('</main>')
  const open = html.indexOf('<html')
  if (start < 0 || end < start || open < 0 || html.includes('data-pagefind-')) return html
  return `${html.slice(open, html.indexOf('>', open) + 1)}<body>${html.slice(start, end + 7)}</body></html>`
}

export async function addPage(index, file, content) {
  const added = await index.addHTMLFile({ sourcePath: file, content: searchPart(content) })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`)
}

/** Add these files of `dir` to a Pagefind index. */
async function addFiles(index, dir, files, dropped = () => false) {
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

function readState(dir) {
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
async function inParallel(jobs, beforeClose = async () => undefined) {
  try {
    await eachLimited(jobs, PARALLEL, (job) => job())
  } finally {
    await beforeClose()
    await pagefind.close()
  }
}

/** Index a whole built site into fresh base shards under `<dir>/pagefind` (a full build). Returns the page count. */
export async function indexSite(dir) {
  const files = searchedFiles(dir)
  const shards = shardCount(files.length)
  const groups = groupByShard(files, shards)
  const fresh = (shard) => path.join(dir, `.pagefind-shard-${shard}.tmp`)
  await inParallel(groups.map((group, shard) => () => writeShard(dir, group, fresh(shard), shard === 0)))
  fs.rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true })
  for (let shard = 0; shard < shards; shard++) placeIndex(dir, shardIndexName(shard), fresh(shard))
  writeState(dir, baseState(shards, groups))
  return files.length
}

/**
 * Search work started while a targeted build still renders (the kept renderer, keptRenderer.ts).
 * The indexes the build will most likely write again are those holding a page about to be rendered
 * or a page that goes away. Each gets its other pages at once, from the live build (the new build
 * has them unchanged), and each of its pages as soon as it is rendered (what the new build will
 * hold), while the Pagefind service (its own process) has a core to itself. updateSearchIndex
 * completes each index its plan writes and drops the others. Nothing starts when that would be
 * about a full index, or without a search state to go by.
 * @param {string} liveDir the live build the targeted build starts from
 * @param {string[]} rendered the HTML files about to be rendered
 * @param {string[]} removed the HTML files the new build will not have
 */
export function earlySearch(liveDir, rendered, removed) {
  const state = readState(liveDir)
  if (!state) return null
  const pending = new Set([...rendered, ...removed].filter(isSearchable))
  const byIndex = new Map()
  for (const [file, name] of Object.entries(state.pages)) {
    if (!byIndex.has(name)) byIndex.set(name, [])
    byIndex.get(name).push(file)
  }
  const names = [...new Set([...pending].map((file) => state.pages[file]).filter(Boolean))]
  const work = names.reduce((sum, name) => sum + (byIndex.get(name)?.length ?? 0), 0)
  if (names.length === 0 || work >= fullAt(Object.keys(state.pages).length)) return null
  const parts = new Map(
    names.map((name) => {
      const live = (byIndex.get(name) ?? []).filter((file) => !pending.has(file))
      const index = newIndex()
      // One page after another into each index; a failure leaves the index unused.
      // `dropped`: no more pages go in (an index dropped unused stops at the page it is adding, not after all of them).
      const part = { index, live, files: [...live], dropped: false }
      part.added = index.then((started) => addFiles(started, liveDir, live, () => part.dropped))
      part.added.catch(() => undefined)
      return [name, part]
    }),
  )
  const drop = async (part) => {
    part.dropped = true
    await part.added.catch(() => undefined)
    await (await part.index.catch(() => null))?.deleteIndex().catch(() => undefined)
  }
  return {
    /** A page as rendered: into its index, if that one was started. */
    rendered(file, content) {
      const part = parts.get(state.pages[file])
      if (!part) return
      part.files.push(file)
      part.added = part.added.then(async () => {
        if (!part.dropped) await addPage(await part.index, file, content)
      })
      part.added.catch(() => undefined)
    },
    /**
     * The index started for `name` with the pages it holds, when the plan writes it with all of them
     * and none of those taken from the live build changed or went away (`superseded`); null
     * otherwise (and it is dropped).
     */
    async take(name, files, superseded) {
      const part = parts.get(name)
      if (!part) return null
      parts.delete(name)
      const wanted = new Set(files)
      const usable = part.files.every((file) => wanted.has(file)) && !part.live.some((file) => superseded.has(file))
      // Unusable: dropped at once, not after the pages still being added to it.
      const added =
        usable &&
        (await part.added.then(
          () => true,
          () => false,
        ))
      if (added) return { index: await part.index, files: part.files }
      await drop(part)
      return null
    },
    /** Drop every index not taken. */
    async discard() {
      const left = [...parts.values()]
      parts.clear()
      await Promise.all(left.map(drop))
    },
  }
}

/** Write one index of a parts plan into `out`: the early one completed with the pages it lacks, or a new one. */
async function writePart(dir, part, out, early, superseded) {
  const started = await early?.take(part.name, part.files, superseded)
  const index = started?.index ?? (await newIndex())
  const have = new Set(started?.files ?? [])
  await addFiles(
    index,
    dir,
    part.files.filter((file) => !have.has(file)),
  )
  await writeIndex(index, part.files, out, part.name === 'shard-0')
  return have.size
}

/**
 * After a targeted build changed, added or removed these HTML files of `dir` (a snapshot of the
 * live build, assembled): write again every index that held one of those pages, from the pages as
 * they are now, put new pages into a new layer, drop or merge layers, or index everything again
 * (publisher/rules/searchLayers.ts). No index keeps an entry of a page's earlier text. `early`: the work
 * earlySearch started while the pages were rendered.
 */
export async function updateSearchIndex(dir, changedFiles, early = null) {
  const searchable = [...new Set(changedFiles.filter(isSearchable))]
  const changed = searchable.filter((file) => fs.existsSync(path.join(dir, file)))
  const removed = searchable.filter((file) => !fs.existsSync(path.join(dir, file)))
  const state = readState(dir)
  const plan = planSearchUpdate(state, changed, removed, shardsOf(dir) ?? 0)
  if (plan.kind === 'full' || !state) {
    await early?.discard()
    const pages = await indexSite(dir)
    return {
      full: true,
      reason: plan.kind === 'full' ? plan.reason : '',
      pages,
      rewritten: shardCount(pages),
      added: 0,
      dropped: 0,
      early: 0,
    }
  }
  const superseded = new Set(searchable)
  const fresh = (name) => path.join(dir, `.pagefind-${name}.tmp`)
  let reused = 0
  // The largest first, so both cores stay busy to the end; early indexes the plan does not write are dropped.
  const jobs = [...plan.write].sort((a, b) => b.files.length - a.files.length)
  await inParallel(
    jobs.map((part) => async () => {
      reused += await writePart(dir, part, fresh(part.name), early, superseded)
    }),
    async () => early?.discard(),
  )
  for (const part of plan.write) placeIndex(dir, part.name, fresh(part.name))
  for (const name of plan.drop) fs.rmSync(path.join(dir, 'pagefind', indexFolder(name)), { recursive: true, force: true })
  writeState(dir, applySearchUpdate(state, plan, removed))
  return {
    full: false,
    reason: '',
    pages: plan.write.reduce((sum, part) => sum + part.files.length, 0),
    rewritten: plan.write.filter((part) => part.rewrite).length,
    added: plan.write.filter((part) => !part.rewrite).length,
    dropped: plan.drop.length,
    early: reused,
  }
}
