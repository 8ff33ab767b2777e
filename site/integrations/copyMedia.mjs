import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * After the build, make the uploaded files the pages reference available under /media/ in the
 * output, so the built directory is complete on its own (a CDN can serve it as is).
 * Hard links cost no space; a copy is the fallback across file systems.
 */
export function copyMediaIntoSite() {
  return {
    name: 'campaign:copy-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const source = path.resolve(process.env.MEDIA_DIR ?? 'media')
        const target = path.join(fileURLToPath(dir), 'media')
        await fs.mkdir(target, { recursive: true })
        const names = (await fs.readdir(source)).filter((name) => !name.startsWith('.'))
        for (const name of names) {
          const from = path.join(source, name)
          const to = path.join(target, name)
          await fs.rm(to, { force: true })
          await fs.link(from, to).catch(() => fs.copyFile(from, to))
        }
        logger.info(`${names.length} media files linked into /media/`)
      },
    },
  }
}
