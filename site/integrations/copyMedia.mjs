import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * After the build, make the uploaded files available under /media/ in the output: a symlink to the
 * media folder, so a build costs no copying however large the library is. To deploy the built
 * directory on its own (a CDN or another host), copy it with links dereferenced (`cp -rL`, `rsync -L`).
 */
export function copyMediaIntoSite() {
  return {
    name: 'campaign:media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const source = path.resolve(process.env.MEDIA_DIR ?? 'media')
        const target = path.join(fileURLToPath(dir), 'media')
        await fs.rm(target, { recursive: true, force: true })
        await fs.symlink(source, target, 'dir')
        logger.info(`/media/ → ${source}`)
      },
    },
  }
}
