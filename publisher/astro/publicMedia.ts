/**
 * After the build, put exactly the uploads its pages and feeds link — files of published documents
 * only — where those links point. Drafts' attachments and unused uploads never reach the site.
 * - Uploads on disk (no S3_BUCKET): `/media/<name>` links become hard links in the output's media/
 *   folder (no copying; a copy when the output is on another disk).
 * - Uploads in S3: `/media/<name>` links are downloaded into media/; links at S3_PUBLIC_BASE_URL are
 *   copied inside the bucket from the private uploads/ folder to public/ — by publish builds only,
 *   never by a preview (its draft's files stay private). Public copies the live site no longer links
 *   are deleted after the switch (publisher/cdnSync.ts afterSwitch).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { MediaStorage } from '../../cms/config/storage.ts'
import { isServableMediaPath } from '../../cms/domain/uploadRules.ts'
import { writeNew } from '../../cms/storage/files.ts'
import { isMediaLinkingFile, linkedByIndex, type MediaIndex, mediaIndexOf, mediaIndexOfSite } from '../../cms/storage/linkedMedia.ts'
import { copyToPublic, downloadMedia } from '../../cms/storage/publicMedia.ts'
import { type BuildRequest, MEDIA_INDEX_FILE } from '../../site/lib/buildRequest.ts'
import { readKept, rememberKept } from '../../site/lib/keptFiles.ts'
import type { RenderedMedia } from './renderedMedia.ts'

/** Where the uploads are: settings.storage.media, and settings.paths.mediaDir when they are on disk. */
export type MediaSource = { storage: MediaStorage; mediaDir: string }

/** The settings' media as a MediaSource. */
export const mediaSourceOf = (settings: { storage: { media: MediaStorage }; paths: { mediaDir: string } }): MediaSource => ({
  storage: settings.storage.media,
  mediaDir: settings.paths.mediaDir,
})

export type PlaceOptions = MediaSource & {
  /** A preview build: never copies anything to the bucket's public folder. */
  preview?: boolean
  /** Makes the site's media index (default: every page and feed read from disk; renderedMedia.ts knows the rendered ones). */
  indexOf?: (dir: string, base: string | undefined) => Promise<MediaIndex>
}

export type Placed = { local: number; published: number; missing: string[] }

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await fs.link(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.copyFile(source, target)
  }
}

async function linkFromDisk(names: Iterable<string>, source: string, target: string): Promise<number> {
  let placed = 0
  for (const name of names) {
    const from = path.join(source, name)
    if (!isServableMediaPath(name) || !(await fs.stat(from).catch(() => null))?.isFile()) continue
    await linkOrCopy(from, path.join(target, name))
    placed += 1
  }
  return placed
}

/** A build's media index; kept in this process's memory once read or written (site/lib/keptFiles.ts: a snapshot's is the live build's file). */
function readIndex(dir: string): MediaIndex | null {
  return readKept(path.join(dir, MEDIA_INDEX_FILE), (text) => {
    if (text === null) return null
    try {
      return JSON.parse(text) as MediaIndex
    } catch {
      return null
    }
  })
}

/** Every upload the site in `outDir` links, placed in its media/ folder (and its media index kept, MEDIA_INDEX_FILE). */
export async function placePublicMedia(outDir: string, options: PlaceOptions): Promise<Placed> {
  const { storage } = options
  const target = path.join(outDir, 'media')
  await fs.rm(target, { recursive: true, force: true })
  await fs.mkdir(target, { recursive: true })
  const base = storage.kind === 's3' ? storage.publicBaseUrl : undefined
  const index = await (options.indexOf ?? mediaIndexOfSite)(outDir, base)
  writeNew(path.join(outDir, MEDIA_INDEX_FILE), JSON.stringify(index))
  rememberKept(path.join(outDir, MEDIA_INDEX_FILE), index)
  const linked = linkedByIndex(index)
  if (storage.kind === 'local') return { local: await linkFromDisk(linked.local, options.mediaDir, target), published: 0, missing: [] }
  const local = await downloadMedia(storage.s3, linked.local, target)
  if (options.preview || linked.atBase.size === 0) return { local, published: 0, missing: [] }
  const report = await copyToPublic(storage.s3, linked.atBase)
  return { local, published: report.copied + report.unchanged, missing: report.missing }
}

/**
 * A targeted build's media/: `dir` is the new build (a snapshot of the live one with the rendered
 * files in place), `rendered` the folder Astro rendered into (its media/ holds every upload the
 * rendered files link, placed by this integration). Only the media index entries of the rendered
 * and removed files are worked out again; uploads nothing links any more leave media/ (a removed or
 * replaced image is gone with the build that stops showing it), newly linked ones come in.
 * Without an index (a build from before it was kept) the whole site is scanned once. `known`: the media
 * links of rendered files, as rendered (the kept renderer's, renderedFacts.ts); the others are read.
 */
export async function updatePublicMedia(
  dir: string,
  rendered: string,
  renderedFiles: readonly string[],
  removedFiles: readonly string[],
  media: MediaSource,
  known?: ReadonlyMap<string, { local: string[]; atBase: string[] }>,
): Promise<{ linked: number; added: number; removed: number }> {
  const { storage } = media
  const base = storage.kind === 's3' ? storage.publicBaseUrl : undefined
  const previous = readIndex(dir)
  if (!previous) {
    const placed = await placePublicMedia(dir, media)
    return { linked: placed.local, added: placed.local, removed: 0 }
  }
  const index: MediaIndex = { ...previous }
  const changed = renderedFiles.filter(isMediaLinkingFile)
  for (const rel of [...changed, ...removedFiles]) delete index[rel]
  // The links of files the kept renderer noted as it rendered them (renderedFacts.ts) are not read again.
  for (const rel of changed) {
    const links = known?.get(rel)
    if (links && (links.local.length > 0 || links.atBase.length > 0)) index[rel] = links
  }
  Object.assign(index, await mediaIndexOf(dir, known ? changed.filter((rel) => !known.has(rel)) : changed, base))
  writeNew(path.join(dir, MEDIA_INDEX_FILE), JSON.stringify(index))
  rememberKept(path.join(dir, MEDIA_INDEX_FILE), index)
  const wanted = linkedByIndex(index).local
  const target = path.join(dir, 'media')
  await fs.mkdir(target, { recursive: true })
  const present = new Set(await fs.readdir(target))
  let removed = 0
  for (const name of present)
    if (!wanted.has(name)) {
      await fs.rm(path.join(target, name), { force: true })
      removed += 1
    }
  let added = 0
  for (const name of wanted) {
    if (present.has(name)) continue
    const from = path.join(rendered, 'media', name)
    if ((await fs.stat(from).catch(() => null))?.isFile()) await fs.rename(from, path.join(target, name))
    // Not placed with the rendered pages (the kept renderer leaves that to here): uploads on disk are linked.
    else if (storage.kind === 'local') {
      if ((await linkFromDisk([name], media.mediaDir, target)) === 0) continue
    } else continue
    added += 1
  }
  return { linked: wanted.size, added, removed }
}

/**
 * `request`: what this build is for (a preview's pages may show drafts' media); `media`: where the uploads are;
 * `rendered`: the media links of the pages as they were rendered (renderedMedia.ts), so they are not read again.
 */
export function publicMedia(request: BuildRequest, media: MediaSource, rendered?: Pick<RenderedMedia, 'indexOf'>): AstroIntegration {
  const preview = request.preview !== null
  return {
    name: 'campaign:media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const placed = await placePublicMedia(fileURLToPath(dir), { ...media, preview, indexOf: rendered?.indexOf })
        logger.info(`/media/: ${placed.local} files linked by published pages`)
        if (placed.published > 0) logger.info(`${placed.published} media files public in the bucket`)
        if (placed.missing.length > 0) logger.warn(`media not in the bucket: ${placed.missing.join(', ')}`)
      },
    },
  }
}
