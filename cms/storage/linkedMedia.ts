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

async function* textFiles(dir: string, skip: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && full !== skip && entry.name !== 'pagefind') yield* textFiles(full, skip)
    else if (entry.isFile() && TEXT_FILES.test(entry.name)) yield full
  }
}

/** Every media file the built site in `dir` links (its own /media/ folder is not read). */
export async function linkedMediaOf(dir: string, base: string | undefined): Promise<LinkedMedia> {
  const found: LinkedMedia = { local: new Set(), atBase: new Set() }
  for await (const file of textFiles(dir, path.join(dir, 'media'))) {
    const { local, atBase } = mediaLinksIn(await fs.readFile(file, 'utf8'), base)
    for (const name of local) found.local.add(name)
    for (const name of atBase) found.atBase.add(name)
  }
  return found
}
