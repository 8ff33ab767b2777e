/**
 * The synthetic site's bulk path (SQLite): BATCH documents per transaction through Payload's create
 * with the writes queued and written as multi-row INSERTs (bench/bulkWrite.ts). The after-save hooks
 * that read back the row just written run here instead, by the same functions:
 * - the site address (recordAddress): addressOf + addressChanges per document, written per batch;
 * - media visibility (syncMediaVisibility): refreshMediaVisibility once for every file used;
 * - 曝光三次 accountability (refreshAccountability, skipped per save with skipAccountability):
 *   refreshUnitAccountability once per unit at the end, on every item the run created.
 * Other databases use createInBatches (bench/batchCreate.ts).
 */
import { createLocalReq, type Payload } from 'payload'
import { refreshUnitAccountability } from '../cms/collections/Exposures/hooks/refreshAccountability.ts'
import { clockOf } from '../cms/collections/Exposures/writeSystemStatus.ts'
import { addressChanges } from '../cms/domain/addresses.ts'
import { addressOf, recordAddress } from '../cms/hooks/recordAddress.ts'
import { syncMediaVisibility } from '../cms/hooks/syncMediaVisibility.ts'
import { mediaIdsOf, refreshMediaVisibility } from '../cms/media/visibility.ts'
import { slugs } from '../cms/slugs.ts'
import { BATCH, type BatchJob, beginBatch } from './batchCreate.ts'
import { BulkWrites, type Queued } from './bulkWrite.ts'

type Id = number
/** The after-save hooks this path does per batch or at the end instead. */
const DEFERRED: unknown[] = [recordAddress, syncMediaVisibility]

/** Take the deferred hooks off a collection for the run; gives back a function that puts them back. */
function deferHooks(payload: Payload, slug: string): () => void {
  const hooks = payload.collections[slug as 'units'].config.hooks
  const before = hooks.afterChange
  hooks.afterChange = before.filter((hook) => !DEFERRED.includes(hook))
  return () => {
    hooks.afterChange = before
  }
}

type Run = { media: Set<Id>; units: Set<Id>; putBack: Map<string, () => void> }

async function afterBatch(payload: Payload, queued: Queued[], run: Run, req: Parameters<typeof payload.create>[0]['req']) {
  const now = new Date()
  for (const { collection, id, data } of queued) {
    if (collection === slugs.siteAddresses) continue
    for (const media of mediaIdsOf(payload, collection, data)) run.media.add(media as Id)
    if (collection === slugs.exposures && typeof data.unit === 'number') run.units.add(data.unit)
    const after = addressOf(collection, { id, slug: data.slug, _status: data._status })
    for (const change of addressChanges([], { collection, docId: String(id) }, { before: null, after }, now))
      if (change.op === 'create')
        await payload.create({ collection: slugs.siteAddresses, data: change.record, overrideAccess: true, depth: 0, req })
  }
}

/**
 * Create `count` documents, job(i) giving each one's collection and data, BATCH per transaction;
 * `created(i, id)` after each. A failure rolls its whole batch back and rejects.
 */
export async function createInBulk(
  payload: Payload,
  count: number,
  job: (index: number) => BatchJob,
  context: Record<string, unknown>,
  created: (index: number, id: number) => void = () => undefined,
): Promise<{ statements: number; finishMs: number }> {
  const collections = new Set<string>([slugs.siteAddresses])
  const bulk = new BulkWrites(payload, collections)
  const run: Run = { media: new Set(), units: new Set(), putBack: new Map() }
  const saveContext = { ...context, skipAccountability: true }
  await bulk.install()
  try {
    for (let start = 0; start < count; start += BATCH) {
      const batch = await beginBatch(payload)
      const req = await createLocalReq({ context: saveContext }, payload)
      req.transactionID = batch.transactionID
      try {
        for (let index = start; index < Math.min(count, start + BATCH); index++) {
          const { collection, data } = job(index)
          if (!collections.has(collection)) {
            collections.add(collection)
            run.putBack.set(collection, deferHooks(payload, collection))
          }
          const doc = await payload.create({
            collection: collection as 'units',
            data: data as never,
            overrideAccess: true,
            depth: 0,
            context: saveContext,
            req,
          })
          created(index, doc.id as number)
        }
        await afterBatch(payload, await bulk.flush(), run, req)
        await bulk.flush()
        await batch.commit()
      } catch (error) {
        bulk.reset()
        if (batch.transactionID === undefined || req.transactionID !== undefined) await batch.rollback().catch(() => null)
        throw error
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  } catch (error) {
    bulk.restore()
    for (const putBack of run.putBack.values()) putBack()
    throw error
  }
  bulk.restore()
  // The end-of-run work writes through Payload as usual, still without the deferred hooks (its status
  // changes move no address, and every file's visibility is worked out last).
  const finishing = performance.now()
  try {
    await finish(payload, run, context)
  } finally {
    for (const putBack of run.putBack.values()) putBack()
  }
  return { statements: bulk.statements, finishMs: Math.round(performance.now() - finishing) }
}

/** Once at the end: media visibility of every file used, and each exposed unit's accountability. */
async function finish(payload: Payload, run: Run, context: Record<string, unknown>) {
  const batch = await beginBatch(payload)
  const req = await createLocalReq({ context }, payload)
  req.transactionID = batch.transactionID
  try {
    for (const unit of run.units) await refreshUnitAccountability(payload, unit, clockOf(context), req)
    if (run.media.size > 0) await refreshMediaVisibility(payload, [...run.media], req)
    await batch.commit()
  } catch (error) {
    await batch.rollback().catch(() => null)
    throw error
  }
}
