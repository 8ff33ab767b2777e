/**
 * An old build brought up to the live one from the builds' lists of changes (treeJournal.ts), without
 * listing either tree: each listed path is made what it is in the live build (a hard link, a symlink,
 * a whole folder linked in with `cp -al`, or removed, with any folder the live build no longer has);
 * `.build/`, `/media/` and the site's top-level entries are compared entry by entry. The cost is
 * that of the changes since the old build, not of the site.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { PAGES_FILE } from '../site/lib/buildRequest.ts'
import { parseManifest } from '../site/lib/pageManifest.ts'
import { pageFile } from './rules/affectedPages.ts'
import { ALWAYS_COMPARED } from './treeJournal.ts'
import { type Entry, place, type SyncStats, syncListed } from './treeSync.ts'

type Counts = Omit<SyncStats, 'ms'>

const linkCopy = (from: string, to: string) =>
  new Promise<void>((resolve, reject) => execFile('cp', ['-al', from, to], (error) => (error ? reject(error) : resolve())))

const lstat = (file: string) => fs.lstatSync(file, { throwIfNoEntry: false })

/** The parent folders of `rel` in `to`, made folders (an entry of another kind in the way is removed). */
function parentsOf(to: string, rel: string): void {
  const parts = rel.split('/').slice(0, -1)
  for (let i = 1; i <= parts.length; i++) {
    const dir = path.join(to, ...parts.slice(0, i))
    const stat = lstat(dir)
    if (stat?.isDirectory()) continue
    if (stat) fs.rmSync(dir, { force: true })
    fs.mkdirSync(dir)
  }
}

/** Make `to/rel` what `from/rel` is; true when something changed. */
async function applyPath(from: string, to: string, rel: string): Promise<'linked' | 'removed' | null> {
  const source = lstat(path.join(from, rel))
  const target = lstat(path.join(to, rel))
  const dst = path.join(to, rel)
  if (!source) {
    if (!target) return null
    fs.rmSync(dst, { recursive: true, force: true })
    return 'removed'
  }
  if (source.isDirectory()) {
    // A folder the build put in place whole (a search index): linked in whole.
    if (target) fs.rmSync(dst, { recursive: true, force: true })
    parentsOf(to, rel)
    await linkCopy(path.join(from, rel), dst)
    return 'linked'
  }
  if (target?.isFile() && source.isFile() && target.ino === source.ino) return null
  if (target?.isDirectory()) fs.rmSync(dst, { recursive: true, force: true })
  parentsOf(to, rel)
  const entry: Entry = { type: source.isSymbolicLink() ? 'l' : 'f', ino: String(source.ino), link: '' }
  if (entry.type === 'l') entry.link = fs.readlinkSync(path.join(from, rel))
  place(path.join(from, rel), dst, entry, Boolean(target) && !target?.isDirectory())
  return 'linked'
}

/** Folders of removed paths that the live build no longer has go too (removing a page drops its empty folder). */
function dropVanishedParents(from: string, to: string, rel: string): number {
  let removed = 0
  const parts = rel.split('/').slice(0, -1)
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join('/')
    if (lstat(path.join(from, sub))) continue
    if (lstat(path.join(to, sub))) {
      fs.rmSync(path.join(to, sub), { recursive: true, force: true })
      removed++
    }
    break
  }
  return removed
}

/** The site's top-level entries: files and links compared, folders added or removed whole (changes inside them are listed). */
async function topLevel(from: string, to: string, counts: Counts): Promise<void> {
  const wanted = new Set(fs.readdirSync(from))
  for (const name of fs.readdirSync(to))
    if (!wanted.has(name)) {
      fs.rmSync(path.join(to, name), { recursive: true, force: true })
      counts.removed++
    }
  for (const name of wanted) {
    if ((ALWAYS_COMPARED as readonly string[]).some((folder) => folder.split('/')[0] === name)) continue
    const source = lstat(path.join(from, name))
    const target = lstat(path.join(to, name))
    counts.entries++
    if (source?.isDirectory() && target?.isDirectory()) continue
    if ((await applyPath(from, to, name)) === 'linked') counts.linked++
  }
}

/** Bring `to` up to `from` given `changes`, the paths that differ (changesSince). */
export async function syncFromJournal(from: string, to: string, changes: readonly string[]): Promise<Counts> {
  const counts: Counts = { entries: 0, linked: 0, removed: 0, mode: 'journal' }
  await topLevel(from, to, counts)
  for (const folder of ALWAYS_COMPARED) {
    const done = await syncListed(from, to, folder)
    counts.entries += done.entries
    counts.linked += done.linked
    counts.removed += done.removed
  }
  // A path inside a listed folder is covered by that folder; parents before children.
  const listed = new Set(changes)
  const covered = (rel: string) => {
    for (let at = rel.indexOf('/'); at > 0; at = rel.indexOf('/', at + 1)) if (listed.has(rel.slice(0, at))) return true
    return false
  }
  for (const rel of [...listed].sort()) {
    if (covered(rel)) continue
    if ((ALWAYS_COMPARED as readonly string[]).some((folder) => rel === folder || rel.startsWith(`${folder}/`))) continue
    counts.entries++
    const done = await applyPath(from, to, rel)
    if (done === 'linked') counts.linked++
    if (done === 'removed') counts.removed += 1 + dropVanishedParents(from, to, rel)
  }
  return counts
}

/**
 * A check after a sync from the lists: up to `count` pages spread over the live build's page manifest
 * are the same file in both trees. True when one is not (the lists missed something: list both trees).
 */
export function sampleDiffers(from: string, to: string, count = 64): boolean {
  const file = path.join(from, PAGES_FILE)
  const manifest = parseManifest(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)
  if (!manifest) return false
  const pathnames = Object.values(manifest).flatMap((keys) => Object.keys(keys))
  const step = Math.max(1, Math.floor(pathnames.length / count))
  for (let i = 0; i < pathnames.length; i += step) {
    const rel = pageFile(pathnames[i] as string)
    const a = lstat(path.join(from, rel))
    const b = lstat(path.join(to, rel))
    if (Boolean(a) !== Boolean(b) || (a && b && a.ino !== b.ino)) return true
  }
  return false
}
