/**
 * Residents' photos re-encoded outside the process that answers residents (issue 26): the answering
 * process leaves them queued (PHOTO_WORKERS ≥ 1, and always for ROLE=api), a photo worker process
 * started as publisher/server.ts starts it (publisher/photoWorkers.ts) processes them at the lowest OS
 * priority, and a photo whose worker died mid-job is picked up by the worker's sweep.
 */
import fs from 'node:fs'
import os from 'node:os'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processesPhotosHere } from '../../cms/collections/ResidentReports/endpoints/storeWithPhotos.ts'
import { REPORT_CHALLENGE } from '../../cms/collections/ResidentReports/endpoints/submit.ts'
import { startPhotoWorker } from '../../cms/jobs/photoWorker.ts'
import { PHOTO_QUEUE } from '../../cms/jobs/processPhotos.ts'
import { startPhotoWorkers } from '../../publisher/photoWorkers.ts'
import { photo, reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { testSettings } from '../helpers/testEnv.ts'

let ctx: TempPayload
let seq = 0

async function submitWithPhoto(ip: string): Promise<number | string> {
  seq++
  const body = reportForm(
    {
      category: 'illegal-parking',
      description: `照片进程测试：人行道被车辆占满，行人无法通行，编号${seq}。`,
      place: `示范市照片进程路${seq}号`,
      ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
    },
    [{ data: await photo(40 + seq), name: `w${seq}.jpg` }],
  )
  expect((await send(ctx, 'POST', '/resident-reports/submit', { body, ip })).status).toBe(201)
  const latest = await ctx.payload.find({ collection: 'resident-reports', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
  return latest.docs[0]?.id as number | string
}

const reportOf = (id: number | string) => ctx.payload.findByID({ collection: 'resident-reports', id, depth: 0, overrideAccess: true })

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return check()
}

beforeAll(async () => {
  ctx = await startTempPayload('photo-worker')
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('the process that answers residents', () => {
  it('should re-encode photos itself only without photo workers, and never as ROLE=api', () => {
    expect(ctx.settings.limits.photoWorkers).toBe(1)
    expect(processesPhotosHere(testSettings())).toBe(false)
    expect(processesPhotosHere(testSettings({ PHOTO_WORKERS: '0' }))).toBe(true)
    expect(processesPhotosHere(testSettings({ PHOTO_WORKERS: '0', ROLE: 'api' }))).toBe(false)
  })

  it('should answer with the photo queued and leave it queued: no media, the job untouched', async () => {
    const id = await submitWithPhoto('198.51.100.61')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await reportOf(id)).toMatchObject({ photoStatus: 'pending', photos: [] })
    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: PHOTO_QUEUE } }, { 'input.id': { equals: String(id) } }] },
      overrideAccess: true,
    })
    expect(jobs.docs).toHaveLength(1)
    expect(jobs.docs[0]).toMatchObject({ processing: false })
    expect(jobs.docs[0]?.completedAt ?? null).toBeNull()
    expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('a photo worker process', () => {
  it('should process the waiting photos at the lowest OS priority, and stop with its parent’s close', async () => {
    const waiting = await ctx.payload.find({
      collection: 'resident-reports',
      where: { photoStatus: { equals: 'pending' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(waiting.docs.length).toBeGreaterThan(0)
    const workers = startPhotoWorkers(ctx.settings)
    try {
      const [pid] = workers.pids()
      expect(pid).toBeTypeOf('number')
      expect(await until(async () => (await reportOf(waiting.docs[0]?.id as number)).photoStatus === 'done', 90_000)).toBe(true)
      // Its re-encoding threads at nice 19; its main thread (the database writes) at 0, so it never holds SQLite's lock while starved.
      const threads = fs.readdirSync(`/proc/${pid}/task`).map(Number)
      // (libuv's pool of 4 and the libvips threads; threads its main thread starts later keep 0.)
      expect(threads.filter((tid) => tid !== pid && os.getPriority(tid) === 19).length).toBeGreaterThanOrEqual(4)
      expect(os.getPriority(pid as number)).toBe(0)
      const done = await reportOf(waiting.docs[0]?.id as number)
      expect(done.photos).toHaveLength(1)
      // A photo sent while the worker runs is picked up within its poll.
      const id = await submitWithPhoto('198.51.100.62')
      expect(await until(async () => (await reportOf(id)).photoStatus === 'done', 30_000)).toBe(true)
    } finally {
      await workers.close()
    }
    expect(workers.pids()).toEqual([])
  }, 150_000)
})

describe('a worker that died mid-job', () => {
  let second: Payload

  beforeAll(async () => {
    second = await getPayload({ config: ctx.config, key: `${ctx.key}-worker` })
  })

  afterAll(async () => {
    await second?.destroy()
  })

  it('should leave its photo to the sweep of another worker, which processes it exactly once', async () => {
    const id = await submitWithPhoto('198.51.100.63')
    // The dead worker had claimed the job (Payload marks it processing) and never finished it.
    await ctx.payload.update({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: PHOTO_QUEUE } }, { 'input.id': { equals: String(id) } }] },
      data: { processing: true },
      overrideAccess: true,
    })
    // Two minutes later (the sweep's wait), as the photo's row records.
    const [pending] = (
      await ctx.payload.find({ collection: 'pending-photos', where: { ownerId: { equals: String(id) } }, overrideAccess: true })
    ).docs
    await ctx.payload.db.updateOne({
      collection: 'pending-photos',
      id: pending?.id as number,
      data: { createdAt: new Date(Date.now() - 3 * 60 * 1000).toISOString() },
    })
    const workers = [startPhotoWorker(second, { pollMs: 50 }), startPhotoWorker(ctx.payload, { pollMs: 50 })]
    try {
      expect(await until(async () => (await reportOf(id)).photoStatus === 'done', 30_000)).toBe(true)
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()))
    }
    expect((await reportOf(id)).photos).toHaveLength(1)
    const media = await ctx.payload.count({ collection: 'media', where: { filename: { like: 'report-' } }, overrideAccess: true })
    const reports = await ctx.payload.find({ collection: 'resident-reports', depth: 0, pagination: false, overrideAccess: true })
    expect(media.totalDocs).toBe(reports.docs.reduce((sum, report) => sum + (report.photos?.length ?? 0), 0))
  })
})
