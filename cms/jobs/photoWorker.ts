/**
 * The photo worker's loop (publisher/photoWorker.ts runs it in a child process of ROLE=all and
 * ROLE=builder servers, at low OS priority): it runs the `photos` queue (cms/jobs/processPhotos.ts)
 * whenever jobs wait, looks again every `pollMs` when none do, and sweeps photos left waiting (a
 * worker killed mid-job) every `sweepEveryMs`. Any number of workers on any number of hosts may run
 * it against the shared database: processPhotos claims each photo by deleting it inside the short
 * transaction that creates and attaches its media item, so each photo becomes a media item exactly once.
 * On SQLite it also checkpoints the WAL after each pass (../sqliteCheckpoint.ts), so the answering
 * process's commits rarely do.
 */
import type { Payload } from 'payload'
import { checkpointer } from '../sqliteCheckpoint.ts'
import { PHOTO_QUEUE, sweepPendingPhotos } from './processPhotos.ts'

export const PHOTO_POLL_MS = 500
export const PHOTO_SWEEP_EVERY_MS = 60_000
/** Jobs per run: small, so a stop waits for at most this many. */
const BATCH = 5

export type PhotoWorker = {
  /** Finishes the job in hand, then resolves; no new job starts. */
  stop: () => Promise<void>
  /** Resolves after the next pass has looked at the queue (tests). */
  nextPass: () => Promise<void>
}

type Options = { pollMs?: number; sweepEveryMs?: number }

export function startPhotoWorker(payload: Payload, options: Options = {}): PhotoWorker {
  const pollMs = options.pollMs ?? PHOTO_POLL_MS
  const sweepEveryMs = options.sweepEveryMs ?? PHOTO_SWEEP_EVERY_MS
  let stopped = false
  let wake: (() => void) | null = null
  let passed: (() => void)[] = []
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  const checkpoint = checkpointer(payload)
  const loop = (async () => {
    let sweptAt = 0
    while (!stopped) {
      let ran = 0
      try {
        if (Date.now() - sweptAt >= sweepEveryMs) {
          sweptAt = Date.now()
          await sweepPendingPhotos(payload)
        }
        const result = await payload.jobs.run({ queue: PHOTO_QUEUE, limit: BATCH, sequential: true, overrideAccess: true } as never)
        ran = Object.keys((result as { jobStatus?: object } | undefined)?.jobStatus ?? {}).length
      } catch (error) {
        payload.logger.error({ err: error, msg: 'photo worker: pass failed (retried, and the sweep picks up what is left)' })
      }
      // The WAL copied back into the database here, not in the process that answers residents (SQLite).
      await checkpoint()
      for (const resolve of passed) resolve()
      passed = []
      if (ran === 0 && !stopped) await pause(pollMs)
    }
  })()
  return {
    stop: async () => {
      stopped = true
      wake?.()
      await loop
    },
    nextPass: () => new Promise<void>((resolve) => passed.push(resolve)),
  }
}
