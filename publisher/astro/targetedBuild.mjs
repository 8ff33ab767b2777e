import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeNew } from '../../cms/storage/files.ts'
import { BUILD_REQUEST_FILE, PAGES_FILE, parseBuildRequest, snapshotFailed } from '../../site/lib/buildRequest.ts'
import { pageFile, pagesRemoved, parseManifest } from '../rules/affectedPages.ts'
import { updateSearchIndex } from './pagefindIndex.mjs'
import { updatePublicMedia } from './publicMedia.ts'
import { sitemapXml } from './sitemapXml.mjs'

/**
 * The second half of a targeted build (BuildRequest.targeted.into). Astro has rendered only the
 * affected pages (and the routes without getStaticPaths) into its scratch output. The new build
 * folder is a hard-link snapshot of the live build (taken by the site builder meanwhile); this renames
 * each rendered file that differs over its link (a changed file is a new file: nothing is ever written through a link into the live
 * build), removes pages the site no longer has, writes the sitemap from the whole page list, keeps
 * /media/ to exactly the uploads the pages link (publicMedia.ts updatePublicMedia), and writes again the search indexes that held the changed or removed pages (pagefindIndex.mjs). The site
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
  return !!left && !!right && left.size === right.size && fs.readFileSync(a).equals(fs.readFileSync(b))
}

/** Move `from` over `to` (a new inode replaces the link: the live build keeps its own file). */
function replace(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.renameSync(from, to)
}

/** The new build's whole page manifest, from the parts each route wrote. */
function readParts(pagesDir) {
  const manifest = {}
  for (const name of fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir) : []) {
    Object.assign(manifest, JSON.parse(fs.readFileSync(path.join(pagesDir, name), 'utf8')))
  }
  return manifest
}

/**
 * The pages (pathnames) the live build has and the new one will not: known once every route listed
 * its pages (each route's getStaticPaths writes its part of the new manifest, site/lib/buildScope.ts).
 * @param {import('../../site/lib/buildRequest.ts').BuildRequest} request a targeted build's request
 */
export function removedPages(request, current = readParts(request.pagesDir)) {
  const previous = parseManifest(fs.readFileSync(path.join(request.targeted.baseDir, PAGES_FILE), 'utf8')) ?? {}
  return pagesRemoved(current, previous)
}

function removePage(dir, pathname) {
  const file = path.join(dir, pageFile(pathname))
  fs.rmSync(file, { force: true })
  // Drop folders left empty (a page's own folder), never the site root.
  for (let folder = path.dirname(file); folder.startsWith(dir + path.sep); folder = path.dirname(folder)) {
    if (fs.readdirSync(folder).length > 0) break
    fs.rmdirSync(folder)
  }
}

/**
 * The hard-link snapshot of the live build the site builder takes while Astro runs (publisher/siteBuild.ts
 * takeSnapshot): wait until it is complete at `into`, or fail with the reason it left.
 */
async function snapshotTaken(into, timeoutMs = 120_000) {
  const started = Date.now()
  for (;;) {
    if (fs.existsSync(into)) return
    if (fs.existsSync(snapshotFailed(into))) throw new Error(fs.readFileSync(snapshotFailed(into), 'utf8'))
    if (Date.now() - started > timeoutMs) throw new Error(`snapshot of the live build not ready after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Assemble the new build folder (its snapshot taken by `snapshot`); returns what changed, for the log. */
async function assembleTargeted(rendered, request, site, early) {
  const { into } = request.targeted
  const waitStarted = Date.now()
  await snapshotTaken(into)
  const snapshotWaitMs = Date.now() - waitStarted
  const changed = []
  const replaced = []
  const staticPages = []
  for (const rel of filesUnder(rendered, new Set(['media', 'pagefind', '.build']))) {
    if (rel === 'index.html' || rel.endsWith('/index.html')) staticPages.push(rel)
    const target = path.join(into, rel)
    if (sameBytes(path.join(rendered, rel), target)) continue
    replace(path.join(rendered, rel), target)
    replaced.push(rel)
    if (rel.endsWith('.html')) changed.push(rel)
  }
  const current = readParts(request.pagesDir)
  const removed = removedPages(request, current)
  for (const pathname of removed) removePage(into, pathname)
  changed.push(...removed.map(pageFile))

  // The sitemap lists every page, not only those rendered now.
  const pathnames = [
    ...Object.values(current).flatMap((keys) => Object.keys(keys)),
    ...staticPages.map((rel) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`),
  ]
  const root = site.endsWith('/') ? site : `${site}/`
  const xml = sitemapXml(pathnames.map((pathname) => new URL(pathname.replace(/^\//, ''), root).href))
  for (const name of ['sitemap.xml', 'sitemap-0.xml']) writeNew(path.join(into, name), xml)

  const media = await updatePublicMedia(into, rendered, replaced, removed.map(pageFile))
  const searchStarted = Date.now()
  const search = await updateSearchIndex(into, changed, early)
  return { changed: changed.length, removed: removed.length, media, search, searchMs: Date.now() - searchStarted, snapshotWaitMs }
}

/**
 * Assemble the targeted build from `rendered` and log what it did (this integration after Astro's
 * render; the kept renderer, keptRenderer.ts, after its own).
 * @param {(line: string) => void} log
 * @param {import('./pagefindIndex.mjs').EarlySearch | null} [early] search work started while rendering
 */
export async function assembleAndLog(rendered, request, site, log, early = null) {
  const started = Date.now()
  const done = await assembleTargeted(rendered, request, site, early)
  log(
    `targeted build: ${done.changed} pages changed (${done.removed} removed), /media/ ${done.media.linked} files (${done.media.added} in, ${done.media.removed} out), assembled in ${Date.now() - started - done.searchMs} ms (${done.snapshotWaitMs} ms of it waiting for the snapshot)`,
  )
  const { search } = done
  log(
    search.full
      ? `search index: all ${search.pages} pages indexed again (${search.rewritten} shards; ${search.reason}) in ${done.searchMs} ms`
      : `search index: ${search.pages} pages in ${search.rewritten} index(es) written again and ${search.added} new layer(s), ${search.dropped} layer(s) dropped, in ${done.searchMs} ms${search.early > 0 ? ` (${search.early} of them indexed while rendering)` : ''}`,
  )
}

/** @returns {import('astro').AstroIntegration} */
export function targetedBuild() {
  let request = parseBuildRequest(null)
  let site = ''
  return {
    name: 'campaign:targeted-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        const file = path.join(fileURLToPath(config.cacheDir), BUILD_REQUEST_FILE)
        request = parseBuildRequest(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)
        site = config.site ?? ''
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (request.targeted?.into) await assembleAndLog(fileURLToPath(dir), request, site, (line) => logger.info(line))
      },
    },
  }
}
