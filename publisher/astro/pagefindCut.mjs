import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { writeNew } from '../../cms/storage/files.ts'
import { cutChunk, fragmentUrlOf, readMeta, withChunks } from '../rules/pagefindFiles.ts'

/**
 * Take pages out of a written Pagefind index in place (publisher/rules/pagefindFiles.ts says how): at
 * 100,000 items a base shard holds ~1,700 pages, and one edited page wrote it all again (issue 26). The
 * edited page's new text goes into a small new layer (searchLayers.ts), its old entry is cut out here.
 * Everything is worked out in memory first (a layout this code does not know throws before any file
 * is touched; the caller then writes the index again); then new files are written under new names
 * (chunks, meta — Pagefind names them by hash, and the search page fetches them by the names in the
 * meta and pagefind-entry.json) and the old ones unlinked. Renames and unlinks only, never a write
 * through a link (the build folder shares its files with the live build).
 */

const gunzip = (file) => zlib.gunzipSync(fs.readFileSync(file))
// Level 1: most chunks of a shard are written again for one page (a page's words are spread over them), and
// level 6 took most of the cut's time; Pagefind's client reads any gzip level.
const gzip = (data) => zlib.gzipSync(data, { level: 1 })
const hashOf = (data, length) => crypto.createHash('sha256').update(data).digest('hex').slice(0, length)

/** The URL Pagefind gives a page indexed from `file` ('bulletins/a/index.html' → '/bulletins/a/'). */
export const pageUrlOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

/**
 * Each meta's page URLs (by page number; null: cut out before, no fragment), kept in this process by the
 * meta file's inode, size and mtime (a build folder links the live build's files: the next build finds
 * them under the same inode). Reading them means reading every fragment of the index (~1,700 at 100,000
 * items); the meta a cut writes is remembered with its URLs at once.
 */
const urlsByMeta = new Map()
const MAX_REMEMBERED = 512
const metaKey = (file) => {
  const stat = fs.statSync(file)
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`
}
function rememberUrls(metaFile, urls) {
  if (urlsByMeta.size >= MAX_REMEMBERED) urlsByMeta.delete(urlsByMeta.keys().next().value)
  urlsByMeta.set(metaKey(metaFile), urls)
}
async function pageUrls(metaFile, folder, hashes) {
  const known = urlsByMeta.get(metaKey(metaFile))
  if (known && known.length === hashes.length) return known
  // A page cut out before keeps its slot without a fragment.
  const urls = await Promise.all(
    hashes.map(async (hash) => {
      const bytes = await fs.promises.readFile(path.join(folder, 'fragment', `${hash}.pf_fragment`)).catch((error) => {
        if (error?.code === 'ENOENT') return null
        throw error
      })
      return bytes && fragmentUrlOf(zlib.gunzipSync(bytes))
    }),
  )
  rememberUrls(metaFile, urls)
  return urls
}

/**
 * The changes that cut `files` (built HTML paths) out of the index in `folder` (a Pagefind output
 * folder: pagefind-entry.json, the meta, index/, fragment/): files to write and files to remove, paths
 * relative to `folder`. Throws when a page is not in the index or a file has a layout it does not know.
 */
export async function planCut(folder, files) {
  const entryFile = path.join(folder, 'pagefind-entry.json')
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8'))
  const wanted = new Map(files.map((file) => [pageUrlOf(file), file]))
  /** @type {{ rel: string, data: Buffer | string }[]} */
  const write = []
  /** @type {string[]} */
  const remove = []
  const found = new Set()
  for (const [language, info] of Object.entries(entry.languages ?? {})) {
    const metaRel = `pagefind.${info.hash}.pf_meta`
    const meta = readMeta(gunzip(path.join(folder, metaRel)))
    // Which page numbers are the pages to cut: their fragments name their URLs.
    const cut = new Set()
    const fragments = await pageUrls(path.join(folder, metaRel), folder, meta.pages)
    fragments.forEach((url, page) => {
      if (url === null || !wanted.has(url)) return
      cut.add(page)
      found.add(url)
      remove.push(`fragment/${meta.pages[page]}.pf_fragment`)
    })
    if (cut.size === 0) continue
    const chunks = []
    for (const chunk of meta.chunks) {
      const rel = `index/${chunk.hash}.pf_index`
      const result = cutChunk(gunzip(path.join(folder, rel)), cut)
      if (!result.changed) {
        chunks.push(chunk)
        continue
      }
      remove.push(rel)
      if (!result.data) continue
      const data = gzip(result.data)
      const hash = `${language}_${hashOf(data, 7)}`
      write.push({ rel: `index/${hash}.pf_index`, data })
      chunks.push({ from: result.from, to: result.to, hash })
    }
    const data = gzip(withChunks(meta, chunks))
    const hash = `${language}_${hashOf(data, 13)}`
    write.push({ rel: `pagefind.${hash}.pf_meta`, data, urls: fragments.map((url, page) => (cut.has(page) ? null : url)) })
    remove.push(metaRel)
    entry.languages[language] = { ...info, hash }
  }
  const missing = [...wanted.keys()].find((url) => !found.has(url))
  if (missing) throw new Error(`pagefind cut: ${wanted.get(missing)} is not in ${folder}`)
  write.push({ rel: 'pagefind-entry.json', data: JSON.stringify(entry) })
  // A new name that is also an old one (the same bytes) is kept, not removed.
  const written = new Set(write.map((item) => item.rel))
  return { write, remove: remove.filter((rel) => !written.has(rel)) }
}

/** Apply a planCut result to `folder`; the paths changed (relative to `root`) are added to `touched`. */
export function applyCut(root, folder, plan, touched = []) {
  for (const { rel, data, urls } of plan.write) {
    writeNew(path.join(folder, rel), data)
    touched.push(path.relative(root, path.join(folder, rel)))
    if (urls) rememberUrls(path.join(folder, rel), urls)
  }
  for (const rel of plan.remove) {
    fs.rmSync(path.join(folder, rel), { force: true })
    touched.push(path.relative(root, path.join(folder, rel)))
  }
  return plan.write.length + plan.remove.length
}
