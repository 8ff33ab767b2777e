/**
 * 随手拍 stored in batches (cms/collections/ResidentReports/endpoints/reportBatch.ts), real Payload on a
 * temp SQLite file, through Payload's REST handler: a failure after the batch's first write stores
 * nothing of its reports and consumes neither the slot nor the challenge; reports arriving together
 * are judged as if one after another (the same challenge or text twice in one batch, a network's
 * cap under a parallel burst); a batch-stored report reads back as Payload would have stored it and
 * its photo becomes a media item.
 */
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { batchesReports, batchFaults } from '../../cms/collections/ResidentReports/endpoints/reportBatch.ts'
import { REPORT_CHALLENGE } from '../../cms/collections/ResidentReports/endpoints/submit.ts'
import { REPORT_LIMIT } from '../../cms/domain/residentReportsLimits.ts'
import { bytesOf } from '../../cms/jobs/processPhotos.ts'
import { sqlOf } from '../../cms/limits/slotsFast.ts'
import { CHECKPOINT_EVERY_MS, checkpointPassive, WAL_BACKSTOP_PAGES } from '../../cms/sqliteCheckpoint.ts'
import { writerOf } from '../../cms/sqliteInstall.ts'
import { settlePhotos } from '../helpers/photoJobs.ts'
import { photo, reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
let seq = 0

const fields = (overrides: Record<string, string> = {}) => ({
  category: 'dirty-corner',
  description: `小区门口垃圾桶满溢，已经两天没有清运，批次测试编号${++seq}。`,
  place: `示范市和平路${seq}号`,
  contactName: '李女士',
  contactPhone: '13800000000',
  ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
  ...overrides,
})

const submit = (ip: string, form: Record<string, string>, photos: { data: Buffer; name: string }[] = []) =>
  send(ctx, 'POST', '/resident-reports/submit', { body: reportForm(form, photos), ip, json: true })

/** Every row a report writes, counted straight from the tables. */
async function rows() {
  const db = sqlOf(ctx.payload)
  const count = async (table: string) => Number((await db.all(sql.raw(`SELECT COUNT(*) AS n FROM ${table}`)))[0]?.n)
  return {
    reports: await count('resident_reports'),
    hashes: await count('resident_reports_photo_hashes'),
    pending: await count('pending_photos'),
    jobs: await count('payload_jobs'),
    slots: await count('rate_slots'),
  }
}

beforeAll(async () => {
  // Photo workers "run elsewhere": nothing is processed in the background, settlePhotos runs the queue.
  ctx = await startTempPayload('reports-batch', { PHOTO_WORKERS: '1' })
}, 120_000)

afterAll(async () => {
  batchFaults.afterFirstWrite = null
  await ctx?.close()
})

describe('reports stored in batches', () => {
  it('should store reports in batches on SQLite', () => {
    expect(batchesReports(ctx.payload)).toBe(true)
  })

  it('should store nothing and consume no slot or challenge when the batch fails after its first write', async () => {
    const form = fields()
    const picture = await photo(501)
    // The attempt is counted before the form is read (its slot stays, as before); nothing else may remain.
    const before = await rows()
    batchFaults.afterFirstWrite = () => {
      throw new Error('injected failure after the first write')
    }
    const failed = await submit('198.51.100.200', form, [{ data: picture, name: 'a.jpg' }])
    batchFaults.afterFirstWrite = null
    expect(failed.status).toBe(500)
    expect(((await failed.json()) as { message: string }).message).toContain('暂时无法保存')
    expect(await rows()).toEqual({ ...before, slots: before.slots + 1 })
    // The same challenge, text and photo are accepted afterwards: not used, not a duplicate, the slot free.
    const again = await submit('198.51.100.200', form, [{ data: picture, name: 'a.jpg' }])
    expect(again.status).toBe(201)
    // Two attempts, then the stored report's slot and its used challenge.
    const after = await rows()
    expect(after).toEqual({
      reports: before.reports + 1,
      hashes: before.hashes + 1,
      pending: before.pending + 1,
      jobs: before.jobs + 1,
      slots: before.slots + 4,
    })
  })

  it('should accept a challenge once when two reports with it arrive in one batch', async () => {
    const solved = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    const answers = await Promise.all([submit('198.51.100.201', fields(solved)), submit('198.51.100.202', fields(solved))])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400])
    const refused = answers.find((answer) => answer.status === 400) as Response
    expect(((await refused.json()) as { challenge: string }).challenge).toBe('used')
  })

  it('should store the same text once when it arrives twice in one batch', async () => {
    const first = fields()
    const second = fields({ description: first.description, place: first.place })
    const answers = await Promise.all([submit('198.51.100.203', first), submit('198.51.100.204', second)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
  })

  it(`should stop a parallel burst from one network at ${REPORT_LIMIT.max} reports, slots exact`, async () => {
    const before = await rows()
    const answers = await Promise.all(Array.from({ length: REPORT_LIMIT.max + 3 }, () => submit('198.51.100.205', fields())))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(REPORT_LIMIT.max)
    expect(statuses.filter((status) => status === 429)).toHaveLength(3)
    const refused = answers.find((answer) => answer.status === 429)
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0)
    const after = await rows()
    expect(after.reports - before.reports).toBe(REPORT_LIMIT.max)
    // Each request's attempt, and the report slot and used challenge of each stored report.
    expect(after.slots - before.slots).toBe(REPORT_LIMIT.max + 3 + 2 * REPORT_LIMIT.max)
  })

  it('should read a batch-stored report back as Payload stores one, and turn its photo into a media item', async () => {
    const form = fields({ lat: '23.1', lng: '113.3' })
    const sent = await photo(502)
    expect((await submit('198.51.100.206', form, [{ data: sent, name: 'c.jpg' }])).status).toBe(201)
    const { docs } = await ctx.payload.find({ collection: 'resident-reports', sort: '-id', limit: 1, overrideAccess: true, depth: 0 })
    const report = docs[0]
    expect(report).toMatchObject({
      status: 'received',
      category: 'dirty-corner',
      description: form.description,
      place: form.place,
      coordinates: { lat: 23.1, lng: 113.3 },
      contact: { name: '李女士', phone: '13800000000' },
      photoStatus: 'pending',
      photos: [],
    })
    expect(report?.photoHashes).toHaveLength(1)
    expect(report?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    // The photo as it arrived, byte for byte, raw in the BLOB column (no base64 text), private to plain SQL.
    const [pending] = (
      await ctx.payload.find({
        collection: 'pending-photos',
        where: { ownerId: { equals: String(report?.id) } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(pending?.data).toBe('')
    expect(Object.keys(pending ?? {})).not.toContain('bytes')
    const [raw] = await sqlOf(ctx.payload).all(
      sql`SELECT typeof(bytes) AS kind, length(bytes) AS size FROM pending_photos WHERE id = ${pending?.id}`,
    )
    expect(raw).toEqual({ kind: 'blob', size: sent.length })
    expect((await bytesOf(ctx.payload, pending as never)).equals(sent)).toBe(true)
    await settlePhotos(ctx.payload)
    const done = await ctx.payload.findByID({ collection: 'resident-reports', id: report?.id as number, overrideAccess: true, depth: 0 })
    expect(done.photoStatus).toBe('done')
    expect(done.photos).toHaveLength(1)
    expect(
      Number((await sqlOf(ctx.payload).all(sql`SELECT COUNT(*) AS n FROM pending_photos WHERE owner_id = ${String(report?.id)}`))[0]?.n),
    ).toBe(0)
  })

  it('should leave WAL checkpoints to the photo workers: the writer checkpoints only past its backstop, a passive one copies all', async () => {
    const writer = writerOf(ctx.payload.db)
    const [row] = (await writer?.conn.execute('PRAGMA wal_autocheckpoint'))?.rows ?? []
    expect(Number((row as Record<string, unknown> | undefined)?.wal_autocheckpoint)).toBe(WAL_BACKSTOP_PAGES)
    expect(CHECKPOINT_EVERY_MS).toBeLessThanOrEqual(1000)
    expect((await submit('198.51.100.207', fields(), [{ data: await photo(503), name: 'd.jpg' }])).status).toBe(201)
    // What the photo worker runs after each pass: every page of the log copied back, no writer waited for.
    const result = await checkpointPassive(ctx.payload)
    expect(result?.busy).toBe(0)
    expect(result?.logPages).toBeGreaterThan(0)
    expect(result?.copiedPages).toBe(result?.logPages)
    await settlePhotos(ctx.payload)
  })
})
