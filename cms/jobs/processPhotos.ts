/**
 * processPhotos (queue `photos`): residents' photos turned into media items after the answer
 * (README "Residents take part"). For one document (a 随手拍 report or a 留言), photo by photo: the
 * photo kept in pending-photos is re-encoded (orientation applied, EXIF/GPS and all metadata gone, at
 * most 2400 px) OUTSIDE any transaction; then ONE short transaction creates its media item (the media
 * library renders its sizes before its first write, so before the write lock is taken), claims the
 * photo (`DELETE … RETURNING`: a second runner claims none and rolls its media item back), and attaches
 * the media to the document; the document's photoStatus is settled with its last photo. A failure at
 * any point leaves the photo pending (retried) and nothing of it written (files written are removed
 * again); a photo already attached stays attached. On SQLite the write lock is thus held for a few
 * statements, not for the re-encoding and the renditions (the answering process's report batches
 * wait for that lock). A photo that cannot be decoded is marked on the document (照片处理失败 with the
 * reason, for staff) and its bytes stay private until the document's contact is erased; the document
 * itself is kept. The job is persisted with the document, so a restart between the answer and the
 * processing only delays it. Who runs it: the photo worker processes (PHOTO_WORKERS ≥ 1,
 * cms/jobs/photoWorker.ts), which poll the queue and sweep; with PHOTO_WORKERS=0 the accepting process
 * (not ROLE=api) at once, and the cron (every minute) what is left.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TaskConfig,
  type Where,
} from 'payload'
import { CLEAN_IMAGE } from '../collections/Media/hooks/cleanImageUpload.ts'
import { reencodePhoto } from '../collections/ResidentReports/endpoints/photos.ts'
import { settingsOf } from '../config/fromPayload.ts'
import { isSqlDb, sqlOf } from '../limits/slotsFast.ts'
import { slugs } from '../slugs.ts'

export const PHOTO_QUEUE = 'photos'
type Owner = { collection: typeof slugs.residentReports | typeof slugs.messages; id: string }
type Pending = { id: number | string; position: number; alt?: string | null; data: string }
type StoredFile = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

async function removeFiles(mediaDir: string, docs: StoredFile[]): Promise<void> {
  const names = docs.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)])
  await Promise.all(
    names.filter((name): name is string => Boolean(name)).map((name) => fs.rm(path.join(mediaDir, path.basename(name)), { force: true })),
  )
}

type Tx = {
  all?: (query: ReturnType<typeof sql>) => Promise<{ id: unknown }[]>
  execute?: (query: ReturnType<typeof sql>) => Promise<{ rows: { id: unknown }[] }>
}

/**
 * Delete these pending photos inside `req`'s transaction and answer the ids this statement really
 * deleted. Payload's delete answers the documents it found before deleting, so two runners that found
 * the same rows would both go on; `DELETE … RETURNING` answers only the rows this one removed (the
 * other waits for the write lock or row locks, then removes none). MongoDB: Payload's delete.
 */
async function claimPending(req: PayloadRequest, pending: Pending[]): Promise<Set<string>> {
  const { payload } = req
  const ids = pending.map((photo) => photo.id)
  const name = payload.db.name
  if (name === 'sqlite' || name === 'postgres') {
    // The transaction's connection, or the adapter's where it runs without (Payload's SQLite adapter
    // opens no transactions unless configured to: each statement then commits alone, and this one
    // DELETE … RETURNING is still atomic).
    const adapter = payload.db as unknown as { sessions?: Record<string, { db: Tx }>; drizzle: Tx }
    const tx = adapter.sessions?.[String(await req.transactionID)]?.db ?? adapter.drizzle
    const query = sql`DELETE FROM pending_photos WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) RETURNING id`
    const rows = name === 'postgres' ? ((await tx.execute?.(query))?.rows ?? []) : ((await tx.all?.(query)) ?? [])
    return new Set(rows.map((row) => String(row.id)))
  }
  const { docs } = await payload.delete({ collection: slugs.pendingPhotos, where: { id: { in: ids } }, overrideAccess: true, req })
  return new Set(docs.map((doc) => String(doc.id)))
}

const prefixOf = (owner: Owner) => (owner.collection === slugs.messages ? 'message' : 'report')

/**
 * Inside `req`'s transaction: the document's row locked for the rest of it (PostgreSQL: row lock, so
 * two runners attaching different photos of one document never both read its photos before the other
 * wrote them; SQLite: the transaction holds the write lock already, a no-op write). MongoDB: nothing.
 */
async function lockOwner(req: PayloadRequest, owner: Owner): Promise<void> {
  const { payload } = req
  const name = payload.db.name
  if (name !== 'sqlite' && name !== 'postgres') return
  const adapter = payload.db as unknown as {
    sessions?: Record<string, { db: Tx }>
    drizzle: Tx
    tableNameMap?: Map<string, string>
  }
  const tx = adapter.sessions?.[String(await req.transactionID)]?.db ?? adapter.drizzle
  const base = owner.collection.replace(/-/g, '_')
  const table = adapter.tableNameMap?.get(base) ?? base
  const id = /^\d+$/.test(owner.id) ? Number(owner.id) : owner.id
  const query = sql`UPDATE ${sql.identifier(table)} SET updated_at = updated_at WHERE id = ${id}`
  if (name === 'postgres') await tx.execute?.(query)
  else await tx.all?.(query)
}

type Outcome = 'processed' | 'failed' | 'taken'

/**
 * A pending photo's bytes as they arrived: base64 in `data` (stored through Payload: 留言, PostgreSQL,
 * MongoDB, a photo that failed), or raw in the BLOB column `bytes` with `data` '' (随手拍's batches on
 * SQLite, ../collections/ResidentReports/endpoints/reportBatch.ts; not a Payload field, read by plain SQL).
 */
export async function bytesOf(payload: Payload, photo: Pending): Promise<Buffer> {
  if (photo.data || !isSqlDb(payload)) return Buffer.from(photo.data ?? '', 'base64')
  const [row] = await sqlOf(payload).all(sql`SELECT bytes FROM pending_photos WHERE id = ${photo.id}`)
  const bytes = row?.bytes
  if (bytes instanceof ArrayBuffer) return Buffer.from(bytes)
  if (bytes instanceof Uint8Array) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return Buffer.alloc(0)
}

/** Test seam: called inside a photo's transaction after its media item was created (tests/int/photo-jobs.test.ts). Never set elsewhere. */
export const photoFaults: { afterMedia: (() => void) | null } = { afterMedia: null }

/**
 * One photo: re-encoded outside any transaction, then media item + claim + attach in one short
 * transaction. 'taken': another runner had claimed it (nothing of this run kept).
 */
async function processOne(payload: Payload, owner: Owner, photo: Pending): Promise<Outcome> {
  let jpeg: Buffer | null = null
  let failure: string | null = null
  const original = await bytesOf(payload, photo)
  try {
    jpeg = await reencodePhoto(original)
  } catch (error) {
    failure = `照片 ${photo.position + 1}：图片数据损坏，无法处理（${String((error as Error)?.message ?? error).slice(0, 80)}）`
  }
  const req: PayloadRequest = await createLocalReq({ context: { skipRebuild: true } }, payload)
  const written: StoredFile[] = []
  await initTransaction(req)
  try {
    let mediaId: number | string | null = null
    if (jpeg) {
      // Its renditions are made before its first write, which takes the write lock (SQLite).
      const media = await payload.create({
        collection: slugs.media,
        data: { alt: (photo.alt || '市民照片').slice(0, 200) },
        file: { data: jpeg, mimetype: 'image/jpeg', name: `${prefixOf(owner)}-${randomBytes(8).toString('hex')}.jpg`, size: jpeg.length },
        req,
        overrideAccess: true,
        // Already clean (reencodePhoto): the media hook keeps these bytes instead of encoding them again.
        context: { ...req.context, [CLEAN_IMAGE]: jpeg },
      })
      written.push(media as StoredFile)
      mediaId = media.id
      photoFaults.afterMedia?.()
    }
    // Claimed by deleting it inside the transaction: a second runner on the same photo claims none and rolls back.
    if ((await claimPending(req, [photo])).size === 0) {
      await killTransaction(req)
      await removeFiles(settingsOf(payload).paths.mediaDir, written)
      return 'taken'
    }
    if (failure)
      // Kept, private, with the reason, until the document's contact is erased.
      await payload.create({
        collection: slugs.pendingPhotos,
        data: {
          owner: owner.collection,
          ownerId: owner.id,
          position: photo.position,
          alt: photo.alt,
          data: original.toString('base64'),
          failure,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
    await lockOwner(req, owner)
    const document = (await payload.findByID({ collection: owner.collection, id: owner.id, depth: 0, overrideAccess: true, req })) as {
      photos?: (number | string | { id: number | string })[] | null
    }
    const photoIds = (document.photos ?? []).map((item) => (typeof item === 'object' ? item.id : item))
    if (mediaId !== null) photoIds.push(mediaId)
    const ofOwner: Where[] = [{ owner: { equals: owner.collection } }, { ownerId: { equals: owner.id } }]
    const left = await payload.count({
      collection: slugs.pendingPhotos,
      where: { and: [...ofOwner, { failure: { exists: false } }] },
      overrideAccess: true,
      req,
    })
    let settled = {}
    if (left.totalDocs === 0) {
      // The document's last photo: its status from every photo of it that failed (this run's or an earlier one's).
      const { docs } = await payload.find({
        collection: slugs.pendingPhotos,
        where: { and: [...ofOwner, { failure: { exists: true } }] },
        select: { failure: true },
        sort: 'position',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const failures = docs.map((doc) => String(doc.failure))
      settled = { photoStatus: failures.length > 0 ? 'failed' : 'done', photoProblem: failures.join('；') || null }
    }
    await payload.update({
      collection: owner.collection,
      id: owner.id,
      data: { photos: photoIds, ...settled } as never,
      overrideAccess: true,
      req,
      context: req.context,
    })
    await commitTransaction(req)
    return failure ? 'failed' : 'processed'
  } catch (error) {
    await killTransaction(req)
    await removeFiles(settingsOf(payload).paths.mediaDir, written)
    throw error
  }
}

/** Processes the pending photos of one document; answers how many became media items and how many failed. */
export async function processPhotos(payload: Payload, owner: Owner): Promise<{ processed: number; failed: number }> {
  const { docs } = await payload.find({
    collection: slugs.pendingPhotos,
    where: { and: [{ owner: { equals: owner.collection } }, { ownerId: { equals: owner.id } }, { failure: { exists: false } }] },
    sort: 'position',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let processed = 0
  let failed = 0
  for (const photo of docs as unknown as Pending[]) {
    const outcome = await processOne(payload, owner, photo)
    if (outcome === 'processed') processed++
    else if (outcome === 'failed') failed++
  }
  return { processed, failed }
}

/** Queues the job inside the caller's transaction (`req`), so it exists exactly when the document does. */
export async function queuePhotoJob(req: PayloadRequest, owner: Owner): Promise<void> {
  await req.payload.jobs.queue({ task: 'processPhotos', input: owner, queue: PHOTO_QUEUE, req } as never)
}

const running = new WeakMap<Payload, { again: boolean; done: Promise<void> }>()

/** Resolves when this process's background photo run (if any) has finished. */
export async function photoJobsIdle(payload: Payload): Promise<void> {
  await running.get(payload)?.done
}

/** Runs this process's queued photo jobs in the background, one run at a time (a request during a run asks for one more). */
export function runPhotoJobsSoon(payload: Payload): void {
  const state = running.get(payload)
  if (state) {
    state.again = true
    return
  }
  const mine = { again: false, done: Promise.resolve() }
  running.set(payload, mine)
  mine.done = (async () => {
    try {
      do {
        mine.again = false
        await payload.jobs.run({ queue: PHOTO_QUEUE, limit: 20, sequential: true, overrideAccess: true } as never)
      } while (mine.again)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'photo jobs: run failed (the cron retries within a minute)' })
    } finally {
      running.delete(payload)
    }
  })()
}

export const processPhotosTask: TaskConfig = {
  slug: 'processPhotos',
  label: '处理市民照片（去除元数据、生成尺寸） / Process residents’ photos',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'processed', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const output = await processPhotos(req.payload, input as Owner)
    return { output }
  },
}

/** A photo left waiting this long (its job lost with a process that died while running it) is picked up by the sweep. */
const SWEEP_AFTER_MS = 2 * 60 * 1000

/** Every minute: process the documents whose photos still wait SWEEP_AFTER_MS after they arrived, whatever became of their job. */
export async function sweepPendingPhotos(payload: Payload, now = Date.now()): Promise<number> {
  const { docs } = await payload.find({
    collection: slugs.pendingPhotos,
    where: { and: [{ failure: { exists: false } }, { createdAt: { less_than: new Date(now - SWEEP_AFTER_MS).toISOString() } }] },
    select: { owner: true, ownerId: true },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const owners = new Map(docs.map((doc) => [`${doc.owner}|${doc.ownerId}`, { collection: doc.owner, id: doc.ownerId } as Owner]))
  let processed = 0
  for (const owner of owners.values()) processed += (await processPhotos(payload, owner)).processed
  return processed
}

export const sweepPendingPhotosTask: TaskConfig = {
  slug: 'sweepPendingPhotos',
  label: '补处理滞留的市民照片 / Process residents’ photos left waiting',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [{ name: 'processed', type: 'number' }],
  handler: async ({ req }) => ({ output: { processed: await sweepPendingPhotos(req.payload) } }),
}

/**
 * The photo tasks of the Payload config. With photo workers (PHOTO_WORKERS ≥ 1, publisher/photoWorkers.ts)
 * the sweep is theirs (cms/jobs/photoWorker.ts), not scheduled in the lease holder's cron: that process
 * answers residents too (ROLE=all), and no photo is re-encoded there.
 */
export const photoTasks = (photoWorkers: number): TaskConfig[] => [
  processPhotosTask,
  photoWorkers > 0 ? { ...sweepPendingPhotosTask, schedule: undefined } : sweepPendingPhotosTask,
]
