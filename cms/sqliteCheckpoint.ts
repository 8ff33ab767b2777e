/**
 * WAL checkpoints out of the answering process (README "Performance", session 12). SQLite copies the
 * write-ahead log back into the database file (a checkpoint) in the connection whose COMMIT made the
 * log pass `wal_autocheckpoint` pages (default 1,000 ≈ 4 MB), synchronously on that process's main
 * thread, fsyncs included: with 随手拍's photo bytes that was every ~12 reports, in the process that
 * answers residents. So:
 *
 * - every process's writer connection checkpoints by itself only past WAL_BACKSTOP_PAGES (a backstop:
 *   the log never grows without bound, whoever else runs or not);
 * - the photo workers (cms/jobs/photoWorker.ts, nice 19 for their sharp threads, not for this) run a
 *   PASSIVE checkpoint after each pass, at most every CHECKPOINT_EVERY_MS: it copies what no reader
 *   still needs, never takes the write lock and never waits for a writer; the next writer that finds
 *   the log fully copied starts it again from the beginning.
 *
 * Without photo workers (PHOTO_WORKERS=0) the backstop alone checkpoints: fewer, larger checkpoints in
 * the writing process. Other databases: nothing to do.
 */
import type { Payload } from 'payload'
import { writerOf } from './sqliteInstall.ts'

/** ≈ 16 MB with 4 KB pages: the log's bound when nobody else checkpoints. */
export const WAL_BACKSTOP_PAGES = 4_000
export const CHECKPOINT_EVERY_MS = 500

export type CheckpointResult = { busy: number; logPages: number; copiedPages: number }

/** One PASSIVE checkpoint on this process's read connection (SQLite files only; null elsewhere). */
export async function checkpointPassive(payload: Payload): Promise<CheckpointResult | null> {
  const writer = writerOf(payload.db)
  if (!writer) return null
  // The read connection, not the writer's queue: a checkpoint needs no write lock.
  const { rows } = await writer.main.execute('PRAGMA wal_checkpoint(PASSIVE)')
  const row = (rows[0] ?? {}) as Record<string, unknown>
  return { busy: Number(row.busy ?? 0), logPages: Number(row.log ?? 0), copiedPages: Number(row.checkpointed ?? 0) }
}

/** A checkpointer that runs at most every `everyMs` (the photo worker calls it after each pass). */
export function checkpointer(payload: Payload, everyMs = CHECKPOINT_EVERY_MS): () => Promise<void> {
  let last = 0
  return async () => {
    if (Date.now() - last < everyMs) return
    last = Date.now()
    try {
      await checkpointPassive(payload)
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'photo worker: WAL checkpoint failed (the writers’ backstop still checkpoints)' })
    }
  }
}
