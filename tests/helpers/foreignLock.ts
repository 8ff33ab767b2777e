import type { Client } from '@libsql/client'

/**
 * Takes the SQLite write lock on a second ("foreign", another process to SQLite) connection, waiting
 * while the server itself still writes — a save's after-change work (publish queue, audit, photo
 * checkpoints) may hold the lock for a moment after its answer. Gives up after `waitMs`.
 */
export async function takeWriteLock(foreign: Client, waitMs = 15_000): Promise<void> {
  const until = Date.now() + waitMs
  for (;;) {
    try {
      await foreign.execute('BEGIN IMMEDIATE')
      return
    } catch (error) {
      if (!/locked|busy/i.test(String(error)) || Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
