/**
 * 随手拍 stored in batches (README "Performance"): the checked reports of this process arriving within a
 * few ms (cms/groupCommit.ts) are written in ONE `BEGIN IMMEDIATE … COMMIT` on SQLite's batch connection
 * (cms/sqliteBatchConnection.ts): each report's network slot (the same rate-slots rows and unique index
 * as takeSlot), its challenge used once (the same row as useOnce), the duplicate check, the report row,
 * its photo hashes, its photos as they arrived (private pending-photos rows) and the processPhotos job
 * — the rows Payload's create and jobs.queue would write, with multi-row INSERTs. A batch that throws
 * stores nothing of any of its reports and consumes no slot and no challenge (rolled back); each of its
 * requests answers 500. Other databases: null (the caller stores through Payload, ./store.ts).
 */
import { randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { decideReports, REPORT_BATCH_MAX, REPORT_BATCH_WAIT_MS, type ReportOutcome } from '../../../domain/reportBatch.ts'
import { DUPLICATE_WINDOW_MS } from '../../../domain/residentReports.ts'
import { groupCommitPer } from '../../../groupCommit.ts'
import { PHOTO_QUEUE } from '../../../jobs/processPhotos.ts'
import { claimSlots, releaseSlots, type SlotClaim, type Sql } from '../../../limits/slotsFast.ts'
import { batchConnection } from '../../../sqliteBatchConnection.ts'

/** One report, checked and ready: every value is final; each photo's bytes as they arrived (stored raw, a BLOB). */
export type ReadyReport = {
  row: {
    category: string
    description: string
    place: string
    lat: number | null
    lng: number | null
    contactName: string | null
    contactPhone: string | null
    trackingHash: string
    textHash: string
  }
  photos: { hash: string; bytes: Buffer; alt: string }[]
  /** The network's report slot (bucketOf with REPORT_LIMIT) and the challenge's use-once row. */
  slot: SlotClaim
  challenge: SlotClaim
}

export type BatchAnswer = { outcome: Exclude<ReportOutcome, 'stored'> } | { outcome: 'stored'; id: number }

/** Test seam: throws after the batch's first write (tests/int/resident-reports-batch.test.ts). Never set elsewhere. */
export const batchFaults: { afterFirstWrite: (() => void) | null } = { afterFirstWrite: null }

const list = (values: readonly unknown[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** Hashes of the duplicate window's stored reports among these (text, photos): two index reads. */
async function storedHashes(db: Sql, texts: string[], photos: string[], since: string) {
  const textRows = await db.all(sql`SELECT text_hash FROM resident_reports WHERE text_hash IN (${list(texts)}) AND created_at > ${since}`)
  const photoRows =
    photos.length === 0
      ? []
      : await db.all(
          sql`SELECT h.hash FROM resident_reports_photo_hashes h JOIN resident_reports r ON r.id = h._parent_id WHERE h.hash IN (${list(photos)}) AND r.created_at > ${since}`,
        )
  return { texts: new Set(textRows.map((row) => String(row.text_hash))), photos: new Set(photoRows.map((row) => String(row.hash))) }
}

async function insertRows(db: Sql, reports: ReadyReport[], at: string): Promise<number[]> {
  const tuples = reports.map(({ row, photos }) => {
    const status = photos.length > 0 ? 'pending' : 'none'
    return sql`('received', ${row.category}, ${row.description}, ${row.place}, ${row.lat}, ${row.lng}, ${row.contactName}, ${row.contactPhone}, ${row.trackingHash}, ${row.textHash}, ${status}, ${at}, ${at})`
  })
  const inserted = await db.all(
    sql`INSERT INTO resident_reports (status, category, description, place, coordinates_lat, coordinates_lng, contact_name, contact_phone, tracking_hash, text_hash, photo_status, updated_at, created_at) VALUES ${sql.join(tuples, sql`, `)} RETURNING id, tracking_hash`,
  )
  batchFaults.afterFirstWrite?.()
  const ids = new Map(inserted.map((row) => [String(row.tracking_hash), Number(row.id)]))
  const idOf = (report: ReadyReport) => ids.get(report.row.trackingHash) as number
  const withPhotos = reports.filter((report) => report.photos.length > 0)
  if (withPhotos.length === 0) return reports.map(idOf)
  const hashRows = withPhotos.flatMap((report) =>
    report.photos.map((photo, i) => sql`(${i + 1}, ${idOf(report)}, ${randomBytes(12).toString('hex')}, ${photo.hash})`),
  )
  await db.all(sql`INSERT INTO resident_reports_photo_hashes (_order, _parent_id, id, hash) VALUES ${sql.join(hashRows, sql`, `)}`)
  const photoRows = withPhotos.flatMap((report) =>
    report.photos.map(
      (photo, position) => sql`('resident-reports', ${String(idOf(report))}, ${position}, ${photo.alt}, '', ${photo.bytes}, ${at}, ${at})`,
    ),
  )
  // The bytes raw in the BLOB column `bytes` (no base64: a quarter less to write, and no string made); `data` stays ''.
  await db.all(
    sql`INSERT INTO pending_photos (owner, owner_id, position, alt, data, bytes, updated_at, created_at) VALUES ${sql.join(photoRows, sql`, `)}`,
  )
  // What jobs.queue({ task: 'processPhotos', queue: 'photos', input }) stores (no hooks run for jobs).
  const jobRows = withPhotos.map(
    (report) =>
      sql`(${JSON.stringify({ collection: 'resident-reports', id: String(idOf(report)) })}, 'processPhotos', ${PHOTO_QUEUE}, 0, 0, 0, ${at}, ${at})`,
  )
  await db.all(
    sql`INSERT INTO payload_jobs (input, task_slug, queue, total_tried, has_error, processing, updated_at, created_at) VALUES ${sql.join(jobRows, sql`, `)}`,
  )
  return reports.map(idOf)
}

/** Writes a batch inside `db` (one transaction); one answer per report, in order. */
async function writeIn(payload: Payload, db: Sql, batch: ReadyReport[], now: number): Promise<BatchAnswer[]> {
  const slots = await claimSlots(
    payload,
    batch.map((report) => report.slot),
    db,
  )
  const withSlot = batch.flatMap((_, i) => (slots[i] === null ? [] : [i]))
  const used = await claimSlots(
    payload,
    withSlot.map((i) => (batch[i] as ReadyReport).challenge),
    db,
  )
  const challengeOk = batch.map(() => false)
  withSlot.forEach((i, j) => {
    challengeOk[i] = used[j] !== null
  })
  const since = new Date(now - DUPLICATE_WINDOW_MS).toISOString()
  const stored = await storedHashes(
    db,
    batch.map((report) => report.row.textHash),
    batch.flatMap((report) => report.photos.map((photo) => photo.hash)),
    since,
  )
  const outcomes = decideReports(
    batch.map((report) => ({ textHash: report.row.textHash, photoHashes: report.photos.map((photo) => photo.hash) })),
    slots.map((slot) => slot !== null),
    challengeOk,
    stored,
  )
  // A report refused after its slot was claimed does not count: its slot goes back in the same transaction.
  const back = batch.flatMap((report, i) =>
    slots[i] !== null && outcomes[i] !== 'stored' ? [{ bucket: report.slot.bucket, slot: slots[i] as number }] : [],
  )
  await releaseSlots(payload, back, db)
  const accepted = batch.filter((_, i) => outcomes[i] === 'stored')
  const ids = accepted.length > 0 ? await insertRows(db, accepted, new Date(now).toISOString()) : []
  let next = 0
  return outcomes.map((outcome) => (outcome === 'stored' ? { outcome, id: ids[next++] as number } : { outcome }))
}

/** Whether reports are stored in batches here: SQLite on a file (the batch connection exists). */
export const batchesReports = (payload: Payload): boolean => batchConnection(payload) !== null

/**
 * Writes a batch; throws (nothing of the batch stored) when the transaction fails. One transaction in
 * this process's writer queue (cms/sqliteWriter.ts), with every other write of the process.
 */
export function writeReports(payload: Payload, batch: ReadyReport[], now = Date.now()): Promise<BatchAnswer[]> {
  const own = batchConnection(payload)
  if (!own) throw new Error('writeReports: SQLite on a file only (other databases store through Payload)')
  return own.immediate((db) => writeIn(payload, db, batch, now))
}

/** Queues one checked report for this process's next batch; resolves with what became of it, rejects with BatchFailed. */
export const commitReport: (payload: Payload, report: ReadyReport) => Promise<BatchAnswer> = groupCommitPer((payload: Payload) => ({
  maxItems: REPORT_BATCH_MAX,
  maxWaitMs: REPORT_BATCH_WAIT_MS,
  flush: (batch: ReadyReport[]) => writeReports(payload, batch),
}))
