/**
 * A photo worker process (started by publisher/photoWorkers.ts): re-encodes residents' photos
 * (queue `photos`, cms/jobs/photoWorker.ts) so the process answering residents never waits behind
 * sharp. It runs at the lowest OS priority with one libvips thread, takes its parent's settings from
 * the first IPC message (it reads no environment), and exits when its parent goes away.
 */
import os from 'node:os'
import { getPayload } from 'payload'
import sharp from 'sharp'
import type { Settings } from '../cms/config/settings.ts'
import { startPhotoWorker } from '../cms/jobs/photoWorker.ts'
import { payloadConfig } from '../cms/payloadConfig.ts'

export type PhotoWorkerStart = { settings: Settings }

/** Nice 19: the answering processes and the site builder get the CPU first. */
const LOWEST_PRIORITY = 19

function lowerPriority(): void {
  try {
    os.setPriority(LOWEST_PRIORITY)
  } catch {
    // Not allowed here (some containers): it still runs, only not behind everyone else.
  }
}

async function main(settings: Settings): Promise<void> {
  lowerPriority()
  // One libvips thread per operation and one operation at a time: at most one core for photos.
  sharp.concurrency(1)
  const payload = await getPayload({ config: payloadConfig(settings), key: 'photo-worker', cron: false })
  const worker = startPhotoWorker(payload)
  process.send?.({ ready: true })
  const stop = () => {
    void worker
      .stop()
      .then(() => payload.destroy())
      .finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  // The parent died or closed the channel: finish the photo in hand (its transaction) and go.
  process.on('disconnect', stop)
}

process.once('message', (message: PhotoWorkerStart) => {
  main(message.settings).catch((error: unknown) => {
    console.error('✖ 照片处理进程无法启动 / the photo worker failed to start:', error)
    process.exit(1)
  })
})
