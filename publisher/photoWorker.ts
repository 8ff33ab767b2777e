/**
 * A photo worker process (started by publisher/photoWorkers.ts): re-encodes residents' photos
 * (queue `photos`, cms/jobs/photoWorker.ts) so the process answering residents never waits behind
 * sharp. Its re-encoding threads run at the lowest OS priority with one libvips thread, takes its parent's settings from
 * the first IPC message (it reads no environment), and exits when its parent goes away.
 */
import fs from 'node:fs'
import os from 'node:os'
import { getPayload } from 'payload'
import sharp from 'sharp'
import type { Settings } from '../cms/config/settings.ts'
import { startPhotoWorker } from '../cms/jobs/photoWorker.ts'
import { payloadConfig } from '../cms/payloadConfig.ts'

export type PhotoWorkerStart = { settings: Settings }

/** Nice 19: the answering processes and the site builder get the CPU first. */
const LOWEST_PRIORITY = 19

/**
 * Nice 19 for the threads that re-encode (libuv's pool, where sharp runs, and the libvips threads they
 * start, which inherit it), nice 0 kept for the main thread, which writes to the database. The whole
 * process at 19 would hold SQLite's write lock while starved of CPU, and the answering process, which
 * needs that lock, would wait behind it (priority inversion). Linux sets nice per thread; elsewhere
 * (no /proc/self/task) the whole process is lowered.
 */
async function lowerPriority(): Promise<void> {
  try {
    // Start the threads first (libuv starts its whole pool with the first job; libvips keeps the threads it starts).
    await fs.promises.access(os.tmpdir())
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const threads = fs.existsSync('/proc/self/task') ? fs.readdirSync('/proc/self/task').map(Number) : []
    if (threads.length === 0) return os.setPriority(LOWEST_PRIORITY)
    for (const tid of threads) if (tid !== process.pid) os.setPriority(tid, LOWEST_PRIORITY)
  } catch {
    // Not allowed here (some containers): it still runs, only not behind everyone else.
  }
}

async function main(settings: Settings): Promise<void> {
  // One libvips thread per operation and one operation at a time: at most one core for photos.
  sharp.concurrency(1)
  await lowerPriority()
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
