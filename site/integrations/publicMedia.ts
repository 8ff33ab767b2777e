/**
 * After the build, give the output a /media/ folder holding exactly the uploads its pages and
 * feeds link — files of published documents only — as hard links (no copying; a copy when the
 * output is on another disk). Drafts' attachments and unused uploads are never in the site.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { isServableMediaPath } from '../../cms/domain/uploadRules.ts'
import { mediaDir } from '../../cms/paths.ts'
import { linkedMediaFiles } from '../lib/mediaRefs.ts'

const TEXT_FILES = /\.(html|xml|json|txt)$/

async function* builtTextFiles(dir: string, skip: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && full !== skip && entry.name !== 'pagefind') yield* builtTextFiles(full, skip)
    else if (entry.isFile() && TEXT_FILES.test(entry.name)) yield full
  }
}

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await fs.link(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.copyFile(source, target)
  }
}

export async function placePublicMedia(outDir: string, source = mediaDir()): Promise<number> {
  const target = path.join(outDir, 'media')
  await fs.rm(target, { recursive: true, force: true })
  await fs.mkdir(target, { recursive: true })
  const names = new Set<string>()
  for await (const file of builtTextFiles(outDir, target)) {
    for (const name of linkedMediaFiles(await fs.readFile(file, 'utf8'))) if (isServableMediaPath(name)) names.add(name)
  }
  let placed = 0
  for (const name of names) {
    const from = path.join(source, name)
    if (!(await fs.stat(from).catch(() => null))?.isFile()) continue
    await linkOrCopy(from, path.join(target, name))
    placed += 1
  }
  return placed
}

export function publicMedia(): AstroIntegration {
  return {
    name: 'campaign:media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`/media/: ${await placePublicMedia(fileURLToPath(dir))} files linked by published pages`)
      },
    },
  }
}
