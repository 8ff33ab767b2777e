/**
 * Which uploaded files a built site links, found in its pages, feeds and JSON: `/media/<name>`
 * (files served from the build itself) and `<S3_PUBLIC_BASE_URL>/<name>` (public copies in the bucket).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

export type LinkedMedia = { local: Set<string>; atBase: Set<string> }

const TEXT_FILES = /\.(html|xml|json|txt)$/
const NAME = `([^"'\\s<>?#)\\\\,]+)`
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** File names (decoded, no folders, no `..`) of every link `<prefix>/<name>` in the text. Pure. */
export function linkedFilesUnder(text: string, prefix: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(new RegExp(`${escapeRegExp(prefix.replace(/\/+$/, ''))}/${NAME}`, 'g'))) {
    try {
      const name = decodeURIComponent(match[1] ?? '')
      if (name && !name.includes('/') && !name.includes('..')) names.add(name)
    } catch {
      // A malformed escape cannot name one of our files.
    }
  }
  return [...names]
}

/** The local and base-URL media links of one text (links at the base are not also counted as /media/ ones). Pure. */
export function mediaLinksIn(text: string, base: string | undefined): { local: string[]; atBase: string[] } {
  if (!base) return { local: linkedFilesUnder(text, '/media'), atBase: [] }
  return { local: linkedFilesUnder(text.replaceAll(`${base}/`, ''), '/media'), atBase: linkedFilesUnder(text, base) }
}

/** The media links of each text file of a built site (its path relative to the site → its links; files without any are left out). */
export type MediaIndex = Record<string, { local: string[]; atBase: string[] }>

/** Does a built site's file take part in the media index (pages, feeds, JSON; not /media/ or the search index)? */
export const isMediaLinkingFile = (rel: string): boolean =>
  TEXT_FILES.test(rel) && !rel.startsWith('media/') && !rel.startsWith('pagefind/') && !rel.startsWith('.')

/** Every media file an index's files link, together. Pure. */
export function linkedByIndex(index: MediaIndex): LinkedMedia {
  const found: LinkedMedia = { local: new Set(), atBase: new Set() }
  for (const { local, atBase } of Object.values(index)) {
    for (const name of local) found.local.add(name)
    for (const name of atBase) found.atBase.add(name)
  }
  return found
}

/** Every file of a built site that takes part in the media index (not its media/, pagefind/ or dot folders). */
export async function* textFiles(dir: string, prefix = ''): AsyncGenerator<string> {
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory() && !(prefix === '' && (entry.name === 'media' || entry.name === 'pagefind' || entry.name.startsWith('.'))))
      yield* textFiles(dir, rel)
    else if (entry.isFile() && isMediaLinkingFile(rel)) yield rel
  }
}

/** The media links of these files of `dir` (relative paths), as index entries. */
export async function mediaIndexOf(dir: string, files: Iterable<string>, base: string | undefined): Promise<MediaIndex> {
  const index: MediaIndex = {}
  for (const rel of files) {
    const text = await fs.readFile(path.join(dir, rel), 'utf8').catch(() => null)
    if (text === null) continue
    const links = mediaLinksIn(text, base)
    if (links.local.length > 0 || links.atBase.length > 0) index[rel] = links
  }
  return index
}

/** The media index of a whole built site (its own /media/ folder is not read). */
export async function mediaIndexOfSite(dir: string, base: string | undefined): Promise<MediaIndex> {
  const files: string[] = []
  for await (const rel of textFiles(dir)) files.push(rel)
  return mediaIndexOf(dir, files, base)
}

/** Every media file the built site in `dir` links. */
export async function linkedMediaOf(dir: string, base: string | undefined): Promise<LinkedMedia> {
  return linkedByIndex(await mediaIndexOfSite(dir, base))
}
