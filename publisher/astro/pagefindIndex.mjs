import childProcess from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import zlib from 'node:zlib'
import * as pagefind from 'pagefind'
import { eachLimited, writeNew } from '../../cms/storage/files.ts'
import { SEARCH_STATE_FILE } from '../../site/lib/buildRequest.ts'
import { readKept, rememberKept } from '../../site/lib/keptFiles.ts'
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
/** What Pagefind leaves out of a page's <main>: the pager and the filter lists of navigation (newIndex). */
export const EXCLUDED = ['nav.pager', 'nav .filters']
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

/** How many Pagefind services this process started with a blocking input (for the contract test). */
let blockingServices = 0
export const servicesWithBlockingInput = () => blockingServices
/** The input of the service started last, when it is a blocking one. */
let lastInput = /** @type {import('node:stream').Writable | null} */ (null)
/** Bytes of requests this process holds back from the service started last (always 0 with a blocking input: each write waits until the service has it). */
export const serviceInputBacklog = () => lastInput?.writableLength ?? 0

/**
 * The Pagefind service's input as a named pipe this process writes with blocking writes: the service's
 * end for spawn's stdio (read-only; closed here once the service has it) and a Writable over the other end. A write returns once the service has the request
 * in its pipe (it reads its input all the time), or waits until it has; it never needs this process's
 * event loop. Null when no named pipe can be made (the service then gets Node's own pipe).
 * @returns {{ serviceEnd: number, stdin: import('node:stream').Writable, closeServiceEnd: () => void } | null}
 */
function blockingInput() {
  let dir = ''
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-input-'))
    const fifo = path.join(dir, 'in')
    childProcess.execFileSync('mkfifo', ['-m', '600', fifo])
    // Opening one end waits for the other: a read-write opening first lets both open at once. The service
    // gets a read-only end, so it reads the end of its input (and exits) once this process is gone.
    const opener = fs.openSync(fifo, 'r+')
    let ours = -1
    let serviceEnd = -1
    try {
      ours = fs.openSync(fifo, 'w')
      serviceEnd = fs.openSync(fifo, 'r')
    } catch (error) {
      if (ours !== -1) fs.closeSync(ours)
      throw error
    } finally {
      fs.closeSync(opener)
    }
    let open = true
    const close = () => {
      if (open) fs.closeSync(ours)
      open = false
    }
    const stdin = new Writable({
      write(chunk, _encoding, done) {
        try {
          for (let at = 0; at < chunk.length; ) at += fs.writeSync(ours, chunk, at)
          done()
        } catch (error) {
          done(/** @type {Error} */ (error))
        }
      },
      final(done) {
        close()
        done()
      },
      destroy(error, done) {
        close()
        done(error)
      },
    })
    return { serviceEnd, stdin, closeServiceEnd: () => fs.closeSync(serviceEnd) }
  } catch {
    return null
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Run `start` (a call that may start the Pagefind service) with the service it spawns reading its
 * requests from blockingInput(). Node writes to a child's own pipe at once only while the pipe has
 * room; once a request does not fit, it and every later one wait in the stream until this process's
 * event loop next turns. A full build renders its pages without the loop turning (pagefindLive.ts):
 * the service, a little behind, got nothing more until the render ended (13 s of a 44 s build at
 * 10,000 items). With blocking writes the service indexes while pages render, the render waiting
 * whenever the service is a pipe's worth behind. Pagefind (lib/service.js, checked against 1.6.0)
 * starts its service with `child_process.spawn(binary, ['--service'], { stdio: ['pipe', 'pipe', 'inherit'] })`
 * when the first index is made and writes each request with `stdin.write`; tests/unit/pagefindLive.test.ts checks it.
 * @template T
 * @param {() => T} start
 * @returns {T}
 */
function withBlockingInput(start) {
  const spawn = childProcess.spawn
  childProcess.spawn = /** @type {typeof spawn} */ (
    (/** @type {any[]} */ ...args) => {
      const [command, argv, options] = args
      const input = Array.isArray(options?.stdio) && options.stdio[0] === 'pipe' ? blockingInput() : null
      if (!input) return spawn(command, argv, options)
      const stdio = [input.serviceEnd, ...options.stdio.slice(1)]
      let child
      try {
        child = spawn(command, argv, { ...options, stdio })
      } catch (error) {
        input.stdin.destroy()
        throw error
      } finally {
        input.closeServiceEnd()
      }
      Object.defineProperty(child, 'stdin', { value: input.stdin, configurable: true, writable: true })
      child.on('exit', () => input.stdin.destroy())
      blockingServices++
      lastInput = input.stdin
      return child
    }
  )
  try {
    return start()
  } finally {
    childProcess.spawn = spawn
  }
}

/**
 * A new, empty index in the Pagefind service, with the site's options (only <main>, Chinese; without the
 * pager and the navigation lists: `nav .filters`, not every `.filters` list, which on a document's page
 * holds content such as its 涉及单位 / 问政单位 / 下级单位 links, searched by unit name).
 */
export async function newIndex() {
  const { index, errors } = await withBlockingInput(() =>
    pagefind.createIndex({
      rootSelector: 'main',
      forceLanguage: 'zh-cn',
      excludeSelectors: EXCLUDED,
    }),
  )
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  return index
}

/**
 * Add a page: Pagefind is given only what it reads of it (its <main> without images, searchText.ts).
 * Nothing waiting for the answer holds the page's text (not an async function: its suspended frame
 * would keep `content`). The request is written before addHTMLFile returns, but Pagefind's callback for
 * the answer keeps the object it was given until the answer is read — for a full build, after the
 * render (pagefindLive.ts) — so its text is dropped at once: 100,000 pages' HTML (the <main> is a slice
 * of the whole page) was held through the render (issue 26: builder memory).
 */
export function addPage(index, file, content) {
  const page = { sourcePath: file, content: searchedHtml(content) }
  const added = index.addHTMLFile(page)
  page.content = ''
  return added.then((answer) => {
    if (answer.errors.length > 0) throw new Error(`Pagefind indexing failed for ${file}: ${answer.errors.join('; ')}`)
  })
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
 * Fails unless Pagefind wrote an entry for every file. Both requests go to the service in this call,
 * before anything is awaited (the service answers its requests one after another, in the order sent):
 * a caller that cannot wait for answers yet (pagefindLive.ts, while pages render) has the index built,
 * written and dropped now, and checks it later. The service writes the files itself (writeFiles): its
 * answer is a few bytes, where getFiles answered with every file of the index (base64 inside JSON,
 * base64 again on the wire) — at 100,000 items hundreds of MB that waited in the service until the
 * render ended and then arrived in this process at once (issue 26: builder memory).
 */
export async function writeIndex(index, files, out, client = false) {
  fs.rmSync(out, { recursive: true, force: true })
  const asked = index.writeFiles({ outputPath: path.resolve(out) })
  const dropped = index.deleteIndex()
  // Awaited below; a failure of the first request must not leave it unhandled.
  dropped.catch(() => undefined)
  const written = await asked
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await dropped
  // Only /pagefind/ itself needs Pagefind's scripts and styles; merged indexes are read for their data.
  const top = await fs.promises.readdir(out, { withFileTypes: true })
  if (!client) {
    for (const entry of top) if (entry.isFile() && /\.(js|css)$/.test(entry.name)) await fs.promises.rm(path.join(out, entry.name))
  }
  const fragments = top.some((entry) => entry.isDirectory() && entry.name === 'fragment')
    ? (await fs.promises.readdir(path.join(out, 'fragment'))).filter((name) => name.endsWith('.pf_fragment'))
    : []
  const urls = new Set()
  await eachLimited(fragments, 8, async (name) => {
    urls.add(fragmentUrl(await fs.promises.readFile(path.join(out, 'fragment', name))))
  })
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
  rememberKept(path.join(dir, SEARCH_STATE_FILE), state)
}

/** A build's search state, kept in this process's memory once read or written (site/lib/keptFiles.ts; never changed by its readers). */
export function readState(dir) {
  return readKept(path.join(dir, SEARCH_STATE_FILE), parseSearchState)
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
