import fs from 'node:fs'
import path from 'node:path'
import { writeNew } from '../../cms/storage/files.ts'
import { sitemapXml } from './sitemapXml.mjs'

/**
 * A targeted build's sitemap as an update (issue 26): the snapshot already holds the live build's
 * sitemap files (links). They are written again only when the site's list of pages differs from the
 * one they were written from — a page added or removed, never a page only changed — so a
 * one-document edit makes no URL, sorts nothing and writes no 1 MB file (nor does the next snapshot or
 * the CDN sync copy one). What the live build's sitemap lists is kept in the build process's memory
 * (the last build this process wrote or kept it for); without that memory (the first targeted build
 * after a start or a full build), or for another live build, it is written from the whole list, as before.
 */

/** @type {{ dir: string; root: string; pathnames: Set<string>; statics: string | null } | null} */
let last = null

/** @param {readonly string[]} statics */
const staticsKey = (statics) => [...statics].sort().join('\n')

/** The two sitemap files (robots.txt names sitemap.xml; @astrojs/sitemap's index names sitemap-0.xml). */
export const SITEMAP_FILES = ['sitemap.xml', 'sitemap-0.xml']

/** @param {ReadonlySet<string>} a @param {ReadonlySet<string>} b */
const sameSet = (a, b) => a.size === b.size && [...a].every((item) => b.has(item))

/**
 * Bring the sitemap of `into` (a snapshot of `baseDir`) up to `pathnames`, every page of the new build.
 * `parts`: the new build's pages without getStaticPaths (`statics`) and whether its manifest has the live
 * build's pages (none added or removed: `manifestSame`); when both match, the whole list is not even
 * made (at 100,000 items making and comparing it took ~0.3 s of every publish).
 * @param {string} into the new build folder
 * @param {string} baseDir the live build it is a snapshot of
 * @param {string} root the site's absolute root URL, ending in `/`
 * @param {readonly string[] | (() => readonly string[])} pathnames
 * @param {{ statics: readonly string[]; manifestSame: boolean } | null} [parts]
 * @returns {{ written: boolean }} whether the files were written again
 */
export function updateSitemap(into, baseDir, root, pathnames, parts = null) {
  const before = last && last.dir === baseDir && last.root === root ? last : null
  const present = SITEMAP_FILES.every((name) => fs.existsSync(path.join(into, name)))
  const statics = parts ? staticsKey(parts.statics) : null
  if (before && present && parts?.manifestSame && statics !== null && before.statics === statics) {
    last = { ...before, dir: into }
    return { written: false }
  }
  const wanted = new Set(typeof pathnames === 'function' ? pathnames() : pathnames)
  const known = before?.pathnames ?? null
  last = { dir: into, root, pathnames: wanted, statics }
  if (known && present && sameSet(known, wanted)) return { written: false }
  const xml = sitemapXml([...wanted].map((pathname) => new URL(pathname.replace(/^\//, ''), root).href))
  for (const name of SITEMAP_FILES) writeNew(path.join(into, name), xml)
  return { written: true }
}

/** Forget what the live build's sitemap lists (tests; a full build makes the next targeted one write it). */
export function forgetSitemap() {
  last = null
}
