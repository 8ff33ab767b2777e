import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeNew } from '../../cms/storage/files.ts'
import { ASSEMBLED_FILE, PAGES_FILE } from '../../site/lib/buildRequest.ts'
import { buildManifest, keepPart, keptParts, rememberKept } from '../../site/lib/keptFiles.ts'
import { partFile } from '../../site/lib/pageManifest.ts'
import { pageFile, pagesRemoved, parseManifest, removedPageFiles } from '../rules/affectedPages.ts'
import { finishRecording, startRecording } from '../treeJournal.ts'
import { updatePublicMedia } from './publicMedia.ts'
import { updateSearchIndex } from './searchUpdate.mjs'
import { SITEMAP_FILES, updateSitemap } from './sitemapUpdate.mjs'

/**
 * The second half of a targeted build (BuildRequest.targeted.into). Astro has rendered only the
 * affected pages (and the routes without getStaticPaths) into its scratch output. The new build
 * folder is a hard-link snapshot of the live build (taken by the site builder meanwhile, and handed on
 * through `snapshotReady` once complete: the builder's process tells the build process, runners.ts); this renames
 * each rendered file that differs over its link (a changed file is a new file: nothing is ever written through a link into the live
 * build), removes pages the site no longer has, writes the sitemap again when the list of pages changed (sitemapUpdate.mjs), keeps
 * /media/ to exactly the uploads the pages link (publicMedia.ts updatePublicMedia), and writes again the search indexes that held the changed or removed pages (searchUpdate.mjs). The site
 * builder then checks the folder and switches it live.
 */

/** Every file under `dir`, relative, skipping top-level folders in `skip`. */
function filesUnder(dir, skip, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return prefix === '' && skip.has(entry.name) ? [] : filesUnder(dir, skip, rel)
    return entry.isFile() ? [rel] : []
  })
}

const sameBytes = (a, b) => {
  const left = fs.statSync(a, { throwIfNoEntry: false })
  const right = fs.statSync(b, { throwIfNoEntry: false })
  if (!left || !right || left.size !== right.size) return false
  // The same file (a page kept from the live build, or rendered with its bytes: a link to it): nothing to read.
  if (left.ino === right.ino && left.dev === right.dev) return true
  return fs.readFileSync(a).equals(fs.readFileSync(b))
}

/** Move `from` over `to` (a new inode replaces the link: the live build keeps its own file); its folder is made only when missing (a new page). */
function replace(from, to) {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if (error?.code !== 'ENOENT' || !fs.existsSync(from)) throw error
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.renameSync(from, to)
  }
}

/**
 * The new build's whole page manifest, from the parts kept in memory — the routes not listed (keptListing.ts) and
 * those listed in this process (site/lib/buildScope.ts) — and the part files of any other route, each parsed once
 * and then kept too (the removed pages are known before the assembly, which reads the parts again).
 */
export function readParts(pagesDir) {
  const kept = keptParts(pagesDir)
  const inMemory = new Set([...kept.keys()].map(partFile))
  for (const name of fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir) : []) {
    if (inMemory.has(name)) continue
    const part = parseManifest(fs.readFileSync(path.join(pagesDir, name), 'utf8'))
    if (!part) throw new Error(`page manifest part ${name} is damaged`)
    for (const [route, keys] of Object.entries(part)) keepPart(pagesDir, route, keys)
  }
  return Object.fromEntries(keptParts(pagesDir))
}

/** The live build's page manifest (kept in this process's memory once read or written: site/lib/keptFiles.ts). */
const liveManifest = (request) => buildManifest(request.targeted.baseDir) ?? {}

/** Every this many pages of the manifest one is checked beside the new and changed ones (the snapshot kept the others). */
const SAMPLE_EVERY = 1000

/**
 * Every page of the new manifest that is new or changed since the live build has its file in `into`,
 * and so has every SAMPLE_EVERY-th of the others (a targeted build must not lose a page; the live
 * build had every one). Throws naming the first one missing; returns how many pages are new.
 */
function checkManifest(into, current, previous) {
  let seen = 0
  let added = 0
  for (const route of Object.keys(current)) {
    const keys = current[route]
    const before = previous[route]
    for (const pathname in keys) {
      const old = before?.[pathname]
      if (old === undefined) added++
      if ((old !== keys[pathname] || seen++ % SAMPLE_EVERY === 0) && !fs.existsSync(path.join(into, pageFile(pathname))))
        throw new Error(`构建结果缺少页面 ${pathname} / the build lost a page`)
    }
  }
  return added
}

/**
 * The pages (pathnames) the live build has and the new one will not: known once every route listed
 * its pages (each route's getStaticPaths writes its part of the new manifest, site/lib/buildScope.ts).
 * @param {import('../../site/lib/buildRequest.ts').BuildRequest} request a targeted build's request
 */
export function removedPages(request, current = readParts(request.pagesDir)) {
  return pagesRemoved(current, liveManifest(request))
}

function removePage(dir, pathname) {
  // The page's file and what other routes made beside it (a deleted unit's feeds: removedPageFiles).
  for (const rel of removedPageFiles(pathname)) fs.rmSync(path.join(dir, rel), { force: true })
  const file = path.join(dir, pageFile(pathname))
  // Drop folders left empty (a page's own folder), never the site root.
  for (let folder = path.dirname(file); folder.startsWith(dir + path.sep); folder = path.dirname(folder)) {
    if (fs.readdirSync(folder).length > 0) break
    fs.rmdirSync(folder)
  }
}

/**
 * Assemble the new build folder (at `into` once `snapshotReady` resolves); returns what changed, for the log.
 * @param {() => Promise<void>} snapshotReady resolves when the snapshot is complete, rejects with why it failed
 */
async function assembleTargeted(rendered, request, site, mediaSource, snapshotReady, early, facts) {
  const { into } = request.targeted
  const waitStarted = Date.now()
  await snapshotReady()
  const snapshotWaitMs = Date.now() - waitStarted
  // What this build changes is recorded, so old builds are brought up to it from the list (../treeJournal.ts).
  const recording = startRecording(into, request.targeted.baseDir)
  // Each step's ms, for the build log (the bench's phases stop at the render; these show the rest).
  const steps = {}
  let stepStarted = Date.now()
  const step = (name) => {
    steps[name] = Date.now() - stepStarted
    stepStarted = Date.now()
  }
  const changed = []
  const replaced = []
  const staticPages = []
  // HTML pages the new build has that the live one had not (its page count is the live one's, plus these, less the removed).
  let pagesAdded = 0
  for (const rel of filesUnder(rendered, new Set(['media', 'pagefind', '.build']))) {
    if (rel === 'index.html' || rel.endsWith('/index.html')) staticPages.push(rel)
    const target = path.join(into, rel)
    // Known to differ from the live file (the snapshot holds it): the kept renderer compared them (renderedFacts.ts).
    if (!facts?.differs.has(rel) && sameBytes(path.join(rendered, rel), target)) continue
    if (rel.endsWith('.html') && !fs.existsSync(target)) pagesAdded++
    replace(path.join(rendered, rel), target)
    replaced.push(rel)
    if (rel.endsWith('.html')) changed.push(rel)
  }
  step('files')
  const current = readParts(request.pagesDir)
  const previous = liveManifest(request)
  const removed = pagesRemoved(current, previous)
  for (const pathname of removed) removePage(into, pathname)
  changed.push(...removed.map(pageFile))
  const removedFiles = removed.flatMap(removedPageFiles)
  // The new build's manifest, written here (the site builder checks it is there, siteBuild.ts) and kept in
  // memory for the next build, with what its page count is made of.
  const manifestAdded = checkManifest(into, current, previous)
  const manifestFile = path.join(into, PAGES_FILE)
  writeNew(manifestFile, JSON.stringify(current))
  rememberKept(manifestFile, current)
  writeNew(path.join(into, ASSEMBLED_FILE), JSON.stringify({ pagesAdded, pagesRemoved: removed.length }))
  step('manifest')

  // The sitemap lists every page, not only those rendered now (listed only when it may have to be written).
  const statics = staticPages.map((rel) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`)
  const pathnames = () => [...Object.values(current).flatMap((keys) => Object.keys(keys)), ...statics]
  const root = site.endsWith('/') ? site : `${site}/`
  // Written again only when the list of pages differs from the live build's (sitemapUpdate.mjs): known
  // without listing them when the manifest has the live build's pages (none added, none removed).
  const manifestSame = manifestAdded === 0 && removed.length === 0
  const sitemap = updateSitemap(into, request.targeted.baseDir, root, pathnames, { statics, manifestSame })
  step(sitemap.written ? 'sitemap' : 'sitemap (unchanged)')

  const media = await updatePublicMedia(into, rendered, replaced, removedFiles, mediaSource, facts?.links)
  step('media')
  const searchStarted = Date.now()
  const search = await updateSearchIndex(into, request.targeted.baseDir, changed, early)
  finishRecording(recording, [...replaced, ...removedFiles, ...(sitemap.written ? SITEMAP_FILES : []), ...search.paths])
  return {
    changed: changed.length,
    removed: removed.length,
    replaced,
    media,
    search,
    searchMs: Date.now() - searchStarted,
    snapshotWaitMs,
    steps,
  }
}

/**
 * Assemble the targeted build from `rendered` and log what it did (this integration after Astro's
 * render; the kept renderer, keptRenderer.ts, after its own).
 * @param {import('./publicMedia.ts').MediaSource} media where the uploads are (the build's settings)
 * @param {(line: string) => void} log
 * @param {() => Promise<void>} snapshotReady
 * @param {import('./searchUpdate.mjs').EarlySearch | null} [early] search work started while rendering
 * @param {import('./renderedFacts.ts').RenderedFacts | null} [facts] what the kept renderer learnt of the files it rendered
 * @returns {Promise<{ replaced: string[] }>} the files of the new folder that are new (relative)
 */
export async function assembleAndLog(rendered, request, site, media, log, snapshotReady, early = null, facts = null) {
  const started = Date.now()
  const done = await assembleTargeted(rendered, request, site, media, snapshotReady, early, facts)
  log(
    `targeted build: ${done.changed} pages changed (${done.removed} removed), /media/ ${done.media.linked} files (${done.media.added} in, ${done.media.removed} out), assembled in ${Date.now() - started - done.searchMs} ms (${done.snapshotWaitMs} ms of it waiting for the snapshot; ${Object.entries(
      done.steps,
    )
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(', ')})`,
  )
  const { search } = done
  log(
    search.full
      ? `search index: all ${search.pages} pages indexed again (${search.rewritten} shards; ${search.reason}) in ${done.searchMs} ms`
      : `search index: ${search.pages} pages in ${search.rewritten} index(es) written again and ${search.added} new layer(s), ${search.dropped} layer(s) dropped, ${search.cut} page(s) cut out of ${search.cutIndexes} index(es) in place, ${search.files} files replaced, in ${done.searchMs} ms${search.early > 0 ? ` (${search.early} of them indexed while rendering)` : ''}; ${search.unchanged} changed page(s) with the same searched text left as indexed`,
  )
  return { replaced: done.replaced }
}

/**
 * @param {import('../../site/lib/buildRequest.ts').BuildRequest} request what this build is for
 * @param {() => Promise<void>} snapshotReady the targeted build's snapshot, complete (see assembleTargeted)
 * @param {import('./publicMedia.ts').MediaSource} media where the uploads are (the build's settings)
 * @returns {import('astro').AstroIntegration}
 */
export function targetedBuild(request, snapshotReady, media) {
  let site = ''
  return {
    name: 'campaign:targeted-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? ''
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (request.targeted?.into)
          await assembleAndLog(fileURLToPath(dir), request, site, media, (line) => logger.info(line), snapshotReady)
      },
    },
  }
}
