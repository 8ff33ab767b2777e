/**
 * Creating many documents through Payload's own create (every hook, version row, address, number:
 * exactly what an editor's save stores) with the writes grouped: BATCH documents in ONE transaction,
 * one document after another. Payload's SQLite adapter runs without transactions unless configured
 * (db-sqlite's transactionOptions; this project leaves it unset), so every statement of a save was
 * its own commit, ~30 per document: here the batch is one BEGIN … COMMIT on the adapter's connection.
 * Adapters with transactions (PostgreSQL, MongoDB replica sets) get one Payload transaction per batch.
 */
import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, type Payload } from 'payload'

/** Documents per transaction: big enough that commits are rare, small enough that a failure loses little. */
export const BATCH = 500

export type BatchJob = { collection: string; data: Record<string, unknown> }

type Batch = { transactionID: string | number | undefined; commit: () => Promise<unknown>; rollback: () => Promise<unknown> }

/** One transaction for a batch: Payload's own when the adapter has them, else BEGIN/COMMIT on SQLite's one connection. */
export async function beginBatch(payload: Payload): Promise<Batch> {
  const id = (await payload.db.beginTransaction()) ?? undefined
  if (id !== undefined)
    return { transactionID: id, commit: () => payload.db.commitTransaction(id), rollback: () => payload.db.rollbackTransaction(id) }
  if (payload.db.name !== 'sqlite') return { transactionID: undefined, commit: async () => null, rollback: async () => null }
  const db = (payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> } }).drizzle
  await db.run(sql.raw('BEGIN IMMEDIATE'))
  return { transactionID: undefined, commit: () => db.run(sql.raw('COMMIT')), rollback: () => db.run(sql.raw('ROLLBACK')) }
}

/**
 * Create `count` documents, job(i) giving each one's collection and data, BATCH per transaction;
 * `created(i, id)` after each. A failing create rolls its whole batch back and rejects.
 */
export async function createInBatches(
  payload: Payload,
  count: number,
  job: (index: number) => BatchJob,
  context: Record<string, unknown>,
  created: (index: number, id: number) => void = () => undefined,
): Promise<void> {
  for (let start = 0; start < count; start += BATCH) {
    const batch = await beginBatch(payload)
    const req = await createLocalReq({ context }, payload)
    req.transactionID = batch.transactionID
    try {
      for (let index = start; index < Math.min(count, start + BATCH); index++) {
        const { collection, data } = job(index)
        const doc = await payload.create({ collection: collection as 'units', data: data as never, overrideAccess: true, context, req })
        created(index, doc.id as number)
      }
      await batch.commit()
    } catch (error) {
      // Payload's create already rolled its own transaction back (and dropped req.transactionID).
      if (batch.transactionID === undefined || req.transactionID !== undefined) await batch.rollback().catch(() => null)
      throw error
    }
    // Let timers (the progress bar) run between batches.
    await new Promise((resolve) => setImmediate(resolve))
  }
}
