/**
 * A long-lived Astro build process. Starting Astro, Vite and Payload costs seconds on every
 * `astro build`; this process pays that once and then builds on request (IPC), which is what makes
 * publish-to-live take seconds. Each message names the output directory of one build.
 */
import { build } from 'astro'
import { projectRoot } from '../paths.ts'

type Request = { id: number; dir: string; skipSearchIndex: boolean }

process.on('message', (message: Request) => {
  void (async () => {
    process.env.SITE_OUT_DIR = message.dir
    if (message.skipSearchIndex) process.env.SKIP_SEARCH_INDEX = '1'
    else delete process.env.SKIP_SEARCH_INDEX
    try {
      await build({ root: projectRoot(), logLevel: 'info' })
      process.send?.({ id: message.id, ok: true })
    } catch (error) {
      console.error(error)
      process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) })
    }
  })()
})
process.on('disconnect', () => process.exit(0))
process.send?.({ ready: true })
