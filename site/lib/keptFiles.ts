/**
 * A build's metadata files (its page manifest, its media index) parsed once per process and kept
 * (issue 26): at 100,000 items the page manifest is ~115,000 entries, and each targeted publish read
 * and parsed the live build's again in several places (every route's getStaticPaths, the kept
 * renderer's listing, the removed pages, the assembly) before writing the new one. A build folder's
 * files are never written in place (a changed file is a new file renamed over the old: writeNew), so a
 * file whose inode, size and modification time are those it had when it was kept is the same file —
 * under any of its names: a hard-link snapshot of the live build finds the live build's file. The memory is
 * shared through globalThis by the site's bundled code (site/lib/buildScope.ts) and the publisher's
 * (the same build process), and holds the last few files only. Values are shared: callers never change them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PAGES_FILE } from './buildRequest.ts'
import { type PageManifest, parseManifest } from './pageManifest.ts'

/** The files kept by this process (by name and identity), newest last (a Map keeps insertion order). */
const KEY = Symbol.for('campaign.keptFiles')
const shared = globalThis as Record<symbol, unknown>
if (!shared[KEY]) shared[KEY] = new Map<string, unknown>()
const store = shared[KEY] as Map<string, unknown>
/**
 * One file of each kind (name: the manifest, the media index, the search state) is kept: a build reads
 * the live build's, then writes and keeps its own, which the next build reads; an older one would only
 * hold memory (at 100,000 items the build process is restarted past 3 GB, runners.ts, losing all of it).
 */

/**
 * The file's identity (inode, size, modification time); null when it does not exist. Not its change
 * time: each hard-link snapshot of a build changes that (the link count) of every file it links.
 */
function signatureOf(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true })
  return stat?.isFile() ? `${path.basename(file)}:${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}` : null
}

/**
 * `file` parsed by `parse` (its text, or null when missing), from memory when it is the file kept;
 * a null result is never kept.
 */
export function readKept<T>(file: string, parse: (text: string | null) => T | null): T | null {
  const signature = signatureOf(file)
  if (signature !== null && store.has(signature)) return store.get(signature) as T
  const value = parse(signature === null ? null : fs.readFileSync(file, 'utf8'))
  if (value !== null && signature !== null) keep(signature, value)
  return value
}

/** `value` is what the file just written at `file` holds (the next readKept of that file returns it). */
export function rememberKept(file: string, value: unknown): void {
  const signature = signatureOf(file)
  if (signature !== null) keep(signature, value)
}

function keep(signature: string, value: unknown): void {
  const kind = signature.slice(0, signature.indexOf(':') + 1)
  for (const key of [...store.keys()]) if (key.startsWith(kind)) store.delete(key)
  store.set(signature, value)
}

/** The page manifest of the build in `dir` (null: none, or malformed). */
export const buildManifest = (dir: string): PageManifest | null => readKept(path.join(dir, PAGES_FILE), parseManifest)

/**
 * Parts of the next page manifest kept in memory instead of written to the parts folder: a route the
 * kept renderer did not list keeps the live build's part (publisher/astro/keptListing.ts), the same
 * object. By parts folder; a build's listing starts by forgetting its folder's.
 */
const PARTS_KEY = Symbol.for('campaign.keptParts')
if (!shared[PARTS_KEY]) shared[PARTS_KEY] = new Map<string, Map<string, PageManifest[string]>>()
const parts = shared[PARTS_KEY] as Map<string, Map<string, PageManifest[string]>>

export function keepPart(pagesDir: string, route: string, keys: PageManifest[string]): void {
  const kept = parts.get(pagesDir) ?? new Map()
  kept.set(route, keys)
  parts.set(pagesDir, kept)
}

/** The parts kept for `pagesDir` (route → its pages' keys). */
export const keptParts = (pagesDir: string): ReadonlyMap<string, PageManifest[string]> => parts.get(pagesDir) ?? new Map()

/** Forget the kept parts of `pagesDir` (all of them without one). */
export function forgetParts(pagesDir?: string): void {
  if (pagesDir === undefined) parts.clear()
  else parts.delete(pagesDir)
}

/** Forget every kept file and part (tests). */
export function forgetKept(): void {
  store.clear()
  parts.clear()
}
