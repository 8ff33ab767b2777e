import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { isSearchable, shardCount, shardDir, shardOf, shardsToReindex } from '../../cms/domain/affectedPages.ts'

/**
 * The site's Pagefind search index (its extended binary splits Chinese words), in shards: each page
 * belongs to one shard by a hash of its file path (cms/domain/affectedPages.ts). Shard 0 is
 * /pagefind/ itself, the others /pagefind/shard-N/, listed in /pagefind/shards.json; the search page
 * merges them (Pagefind's mergeIndex). A targeted build re-indexes only the shards whose pages
 * changed, so one edit costs a fraction of a second of indexing instead of the whole site. Only each
 * page's <main> is indexed. Everything runs on a build folder before it goes live, and a shard is
 * always written into a fresh folder that then replaces the old one (never written through a link).
 * List pages are left out (isSearchable): a search answers with the documents' own pages.
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

/** Index these files of `dir` into a fresh folder `out`. */
async function writeShard(dir, files, out) {
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'main',
    forceLanguage: 'zh-cn',
    excludeSelectors: ['nav.pager', '.filters'],
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  for (const file of files) {
    const added = await index.addHTMLFile({ sourcePath: file, content: fs.readFileSync(path.join(dir, file), 'utf8') })
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`)
  }
  fs.rmSync(out, { recursive: true, force: true })
  const written = await index.writeFiles({ outputPath: out })
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await index.deleteIndex()
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

function writeShardsFile(dir, shards) {
  const file = path.join(dir, 'pagefind', SHARDS_FILE)
  const temp = `${file}.tmp`
  const others = Array.from({ length: shards - 1 }, (_, i) => `shard-${i + 1}/`)
  fs.writeFileSync(temp, JSON.stringify({ count: shards, merge: others }))
  fs.renameSync(temp, file)
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

/** Re-index these shards of `dir` from its pages (each into a fresh folder, then swapped in). */
async function reindex(dir, shards, which) {
  const groups = groupByShard(searchedFiles(dir), shards)
  const queue = [...which]
  const worker = async () => {
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
      const fresh = path.join(dir, `.pagefind-shard-${shard}.tmp`)
      await writeShard(dir, groups[shard], fresh)
      placeShard(dir, shard, fresh)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker))
  } finally {
    await pagefind.close()
  }
  writeShardsFile(dir, shards)
  return groups.reduce((sum, group) => sum + group.length, 0)
}

/** Index a whole built site into `<dir>/pagefind` (a full build). Returns the page count. */
export async function indexSite(dir) {
  fs.rmSync(path.join(dir, 'pagefind'), { recursive: true, force: true })
  const shards = shardCount(searchedFiles(dir).length)
  return reindex(
    dir,
    shards,
    Array.from({ length: shards }, (_, i) => i),
  )
}

/**
 * After a targeted build changed, added or removed these HTML files of `dir` (a snapshot of the
 * live build): index again only the shards they belong to. Returns the shards re-indexed.
 */
export async function updateSearchIndex(dir, changedFiles) {
  const shards = shardsOf(dir)
  if (shards === null) {
    await indexSite(dir)
    return shardCount(searchedFiles(dir).length)
  }
  const which = shardsToReindex(changedFiles.filter(isSearchable), shards)
  if (which.length > 0) await reindex(dir, shards, which)
  return which.length
}
