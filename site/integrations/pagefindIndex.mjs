import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import * as pagefind from 'pagefind'
import { isSearchable, shardCount, shardDir, shardOf } from '../../cms/domain/affectedPages.ts'
import { SEARCH_STATE_FILE } from '../../cms/domain/buildRequest.ts'
import { applySearchUpdate, baseState, parseSearchState, planSearchUpdate, searchManifest } from '../../cms/domain/searchLayers.ts'
import { eachLimited, writeNew } from '../../cms/storage/files.ts'

/**
 * The site's Pagefind search index (its extended binary splits Chinese words). A full build indexes
 * every searchable page into base shards: each page belongs to one by a hash of its file path
 * (cms/domain/affectedPages.ts); shard 0 is /pagefind/ itself, the others /pagefind/shard-N/. A
 * targeted build indexes only the pages it changed, into a new layer /pagefind/layer-N/, and lists
 * the entries those pages had before as stale (cms/domain/searchLayers.ts). /pagefind/shards.json
 * names every index to merge and the stale ids; the search page merges them (Pagefind's mergeIndex)
 * and leaves stale ids out. Only each page's <main> is indexed; list pages are left out
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
async function newIndex() {
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'main',
    forceLanguage: 'zh-cn',
    excludeSelectors: ['nav.pager', '.filters'],
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  return index
}

async function addPage(index, file, content) {
  const added = await index.addHTMLFile({ sourcePath: file, content })
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`)
}

/**
 * Index these files of `dir` into a fresh folder `out`. Returns each file's Pagefind id (its fragment
 * hash, what the search client calls `result.id`), so a later layer can mark it stale.
 */
async function writeShard(dir, files, out, client = false) {
  const index = await newIndex()
  for (const file of files) await addPage(index, file, fs.readFileSync(path.join(dir, file), 'utf8'))
  return writeIndex(index, files, out, client)
}

/** Write an index holding `files` into a fresh folder `out` (and drop it from the service); each file's id. */
async function writeIndex(index, files, out, client = false) {
  const written = await index.getFiles()
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await index.deleteIndex()
  fs.rmSync(out, { recursive: true, force: true })
  const byUrl = new Map()
  for (const { path: rel, content } of written.files) {
    // Only /pagefind/ itself needs Pagefind's scripts and styles; merged indexes are read for their data.
    if (!client && !rel.includes('/') && /\.(js|css)$/.test(rel)) continue
    const target = path.join(out, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content)
    const fragment = /^fragment\/([^/]+)\.pf_fragment$/.exec(rel)
    if (fragment) byUrl.set(fragmentUrl(content), fragment[1])
  }
  const ids = {}
  for (const file of files) {
    const id = byUrl.get(urlOf(file))
    if (!id) throw new Error(`Pagefind wrote no entry for ${file}`)
    ids[file] = id
  }
  return ids
}

function groupByShard(files, shards) {
  const groups = Array.from({ length: shards }, () => [])
  for (const file of files) groups[shardOf(file, shards)].push(file)
  return groups
}

/** Put a freshly written shard in place of the old one (renames and unlinks only). */
function placeShard(dir, shard, fresh) {
  const target = path.join(dir, shardDir(shard))
  if (shard !== 0) {
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(fresh, target)
    return
  }
  fs.mkdirSync(target, { recursive: true })
  for (const name of fs.readdirSync(target)) {
    if (!name.startsWith('shard-') && name !== SHARDS_FILE) fs.rmSync(path.join(target, name), { recursive: true, force: true })
  }
  for (const name of fs.readdirSync(fresh)) fs.renameSync(path.join(fresh, name), path.join(target, name))
  fs.rmSync(fresh, { recursive: true, force: true })
}

/** The search page's list of indexes and stale ids (pagefind/shards.json) and the state behind it. */
function writeState(dir, state) {
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
const searchedFiles = (dir) => htmlFiles(dir).filter(isSearchable)

/** Run `jobs` (async functions) two at a time, then stop the Pagefind service. */
async function inParallel(jobs) {
  try {
    await eachLimited(jobs, PARALLEL, (job) => job())
  } finally {
    await pagefind.close()
  }
}

/** Index a whole built site into fresh base shards under `<dir>/pagefind` (a full build). Returns the page count. */
export async function indexSite(dir) {
  const files = searchedFiles(dir)
  const shards = shardCount(files.length)
  const groups = groupByShard(files, shards)
  const ids = Array.from({ length: shards }, () => ({}))
  const fresh = (shard) => path.join(dir, `.pagefind-shard-${shard}.tmp`)
  await inParallel(
    groups.map((group, shard) => async () => {
      ids[shard] = await writeShard(dir, group, fresh(shard), shard === 0)
    }),
  )
  fs.rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true })
  for (let shard = 0; shard < shards; shard++) placeShard(dir, shard, fresh(shard))
  writeState(dir, baseState(shards, ids))
  return files.length
}

/** Pages per early index before a second one is opened (a large change is indexed by both at once). */
const EARLY_FIRST_PART = 200

/**
 * Search entries indexed while the pages are still being rendered: the kept renderer
 * (keptRenderer.ts) adds each searchable page whose HTML differs from the live build's as soon as it
 * has it, and the Pagefind service (its own process) indexes them while the rest renders. Up to
 * EARLY_FIRST_PART pages go into one index, a larger change alternates between two (two layers,
 * as updateSearchIndex would split it). updateSearchIndex writes these indexes as the new layers
 * when they hold exactly the pages the build changed, and drops them otherwise.
 */
export function earlyIndex() {
  const parts = []
  const pending = []
  const open = () => {
    const part = { index: newIndex(), files: [] }
    part.index.catch(() => undefined)
    parts.push(part)
    return part
  }
  return {
    add(file, content) {
      const count = parts.reduce((sum, part) => sum + part.files.length, 0)
      const part = parts.length === 0 ? open() : count < EARLY_FIRST_PART ? parts[0] : parts.length === 1 ? open() : parts[count % 2]
      part.files.push(file)
      const added = part.index.then((index) => addPage(index, file, content))
      added.catch(() => undefined)
      pending.push(added)
    },
    get files() {
      return parts.flatMap((part) => part.files)
    },
    /** Every page indexed; the groups of files, in the order of their indexes. */
    async ready() {
      await Promise.all(pending)
      return parts
    },
    async discard() {
      await Promise.allSettled(pending)
      for (const part of parts) await (await part.index.catch(() => null))?.deleteIndex()
    },
  }
}

/**
 * After a targeted build changed, added or removed these HTML files of `dir` (a snapshot of the
 * live build): index the changed searchable pages into a new layer (cms/domain/searchLayers.ts),
 * drop or merge layers, or index everything again when too much has gone stale. `early`: those
 * pages already indexed while rendering (earlyIndex), used when it holds exactly them.
 */
export async function updateSearchIndex(dir, changedFiles, early = null) {
  const shards = shardsOf(dir)
  const searchable = [...new Set(changedFiles.filter(isSearchable))]
  const changed = searchable.filter((file) => fs.existsSync(path.join(dir, file)))
  const removed = searchable.filter((file) => !fs.existsSync(path.join(dir, file)))
  const state = readState(dir)
  const earlyFiles = early ? [...early.files].sort() : null
  const same = earlyFiles !== null && earlyFiles.length === changed.length && [...changed].sort().every((file, i) => file === earlyFiles[i])
  // Pages indexed early are used when they are exactly the changed ones and all went in; otherwise indexed here.
  const parts = same ? await early.ready().catch(() => null) : null
  const usable = parts !== null
  if (early && !usable) await early.discard()
  const plan = planSearchUpdate(
    state,
    changed,
    removed,
    shards ?? 0,
    parts?.map((part) => part.files),
  )
  if (plan.kind === 'full' || !state) {
    if (parts) await early.discard()
    const pages = await indexSite(dir)
    return { full: true, indexes: shardCount(pages), pages, early: false }
  }
  if (plan.layers.length === 0 && plan.drop.length === 0 && removed.length === 0)
    return { full: false, indexes: 0, pages: 0, early: usable }
  const ids = {}
  const fresh = (name) => path.join(dir, `.pagefind-${name}.tmp`)
  // The plan's first layers are the early parts, in order (planSearchUpdate keeps `given` groups first).
  const prebuilt = parts?.filter((part) => part.files.length > 0) ?? []
  await inParallel(
    plan.layers.map((layer, i) => async () => {
      const part = prebuilt[i]
      ids[layer.name] = part
        ? await writeIndex(await part.index, layer.files, fresh(layer.name))
        : await writeShard(dir, layer.files, fresh(layer.name))
    }),
  )
  for (const layer of plan.layers) fs.renameSync(fresh(layer.name), path.join(dir, 'pagefind', layer.name))
  for (const name of plan.drop) fs.rmSync(path.join(dir, 'pagefind', name), { recursive: true, force: true })
  writeState(dir, applySearchUpdate(state, plan, ids, removed))
  return { full: false, indexes: plan.layers.length, pages: plan.layers.reduce((sum, layer) => sum + layer.files.length, 0), early: usable }
}
