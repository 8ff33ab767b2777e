/**
 * What a targeted publish through the kept renderer (keptRenderer.ts) learns of each file as it renders
 * it, so the assembly (targetedBuild.mjs) and the media index (publicMedia.ts updatePublicMedia) read none
 * of them back from disk (issue 26: a unit rename renders ~2,000 pages, and each was read again up to four
 * times after it was written — the early search, the byte comparison with the live file (both files), the
 * media index):
 * - the live build's file is read once; a rendered file with the same bytes is not written but linked
 *   to the live file (the assembly sees the snapshot's own inode and keeps it, comparing nothing);
 * - a file that differs (or is new) is written and noted, with its media links taken from the rendered text.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isMediaLinkingFile, mediaLinksIn } from '../../cms/storage/linkedMedia.ts'

export type RenderedFacts = {
  /** S3_PUBLIC_BASE_URL when the uploads are in a bucket (mediaLinksIn). */
  base: string | undefined
  /** Files (relative to the site) whose rendered bytes differ from the live build's, or that it lacks. */
  differs: Set<string>
  /** The media links of each differing file that takes part in the media index (empty ones included). */
  links: Map<string, { local: string[]; atBase: string[] }>
}

export const renderedFacts = (base: string | undefined): RenderedFacts => ({ base, differs: new Set(), links: new Map() })

const readOrNull = (file: string): Buffer | null => {
  try {
    return fs.readFileSync(file)
  } catch {
    return null
  }
}

/**
 * Folders made so far in one render folder: each page's folder is made once, synchronously (a profiled
 * unit rename spent ~0.8 s of the build process's CPU in 2,000 `fs.promises.mkdir` calls, and ~0.8 s more
 * in the thread-pool trips of `fs.promises.writeFile`: open, write and close per page; internals.mjs 8.).
 */
export function folderMaker(): (dir: string) => void {
  const made = new Set<string>()
  return (dir) => {
    if (made.has(dir)) return
    fs.mkdirSync(dir, { recursive: true })
    made.add(dir)
  }
}

/**
 * Put the rendered `body` of `rel` into `outDir` (its folders made through `makeFolder`): a hard link
 * to `liveDir`'s file when the bytes are the same, else the bytes (noted in `facts`). Synchronous, as
 * Astro's own page writes are here (internals.mjs 8.). Returns the live file's bytes (null: it has none), read once —
 * or, when the caller does not `wantLive` (a page the search does not index), undefined for a live file of
 * another size: it differs, and is not read (issue 26: reading the live pages was the largest part of a unit
 * rename's build in a profile on the loaded machine, waiting on the disk; ~700 of its 1,759 pages are lists not searched).
 */
export function placeRendered(
  facts: RenderedFacts,
  liveDir: string,
  outDir: string,
  rel: string,
  body: Buffer,
  makeFolder: (dir: string) => void = folderMaker(),
  wantLive = true,
): Buffer | null | undefined {
  const liveFile = path.join(liveDir, rel)
  const file = path.join(outDir, rel)
  const size = wantLive ? null : (fs.statSync(liveFile, { throwIfNoEntry: false })?.size ?? -1)
  const live = size === null || size === body.length ? readOrNull(liveFile) : size < 0 ? null : undefined
  makeFolder(path.dirname(file))
  const same = live?.equals(body) === true
  if (same) {
    try {
      fs.linkSync(liveFile, file)
      return live
    } catch {
      // Not linkable (another disk): written as any other file, and compared by the assembly.
    }
  }
  fs.writeFileSync(file, body)
  if (same) return live
  facts.differs.add(rel)
  if (isMediaLinkingFile(rel)) facts.links.set(rel, mediaLinksIn(body.toString('utf8'), facts.base))
  return live
}
