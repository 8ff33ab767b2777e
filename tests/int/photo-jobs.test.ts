/**
 * 随手拍 / 留言 photos processed after the answer (cms/jobs/processPhotos.ts): the attacker first (the
 * bytes as they arrived are never readable through any API, by anyone), then the answer before the
 * processing, metadata stripped from the stored file, a photo that turns out damaged marked and kept
 * (the report too), and a restart between the answer and the processing.
 */
import fs from 'node:fs'
import { createLocalReq, getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPhotos, reencodePhoto } from '../../cms/collections/ResidentReports/endpoints/photos.ts'
import { storeReport } from '../../cms/collections/ResidentReports/endpoints/store.ts'
import { REPORT_CHALLENGE } from '../../cms/collections/ResidentReports/endpoints/submit.ts'
import { eraseReportContacts } from '../../cms/jobs/eraseReportContacts.ts'
import { bytesOf, PHOTO_QUEUE, photoFaults, processPhotos, sweepPendingPhotos } from '../../cms/jobs/processPhotos.ts'
import type { User } from '../../cms/payload-types.ts'
import { publicCollections } from '../../cms/slugs.ts'
import { settlePhotos } from '../helpers/photoJobs.ts'
import { codeIn, photo, reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let second: Payload
let editor: User
let seq = 0

const form = (photos: { data: Buffer; name: string }[]) =>
  reportForm(
    {
      category: 'illegal-parking',
      description: `小区门口的人行道被电动车占满，行人无法通行，编号${++seq}。`,
      place: `示范市照片路${seq}号`,
      ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
    },
    photos,
  )

const latestReport = async () =>
  (await ctx.payload.find({ collection: 'resident-reports', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]

const pendingOf = async (id: number | string) =>
  (await ctx.payload.find({ collection: 'pending-photos', where: { ownerId: { equals: String(id) } }, overrideAccess: true })).docs

beforeAll(async () => {
  ctx = await startTempPayload('photo-jobs')
  second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
  editor = await makeUser(ctx.payload, 'editor')
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

describe('an attacker', () => {
  it('should never read a photo as it arrived: REST refuses anonymous callers and staff alike, and it is no public type', async () => {
    const response = await send(ctx, 'POST', '/resident-reports/submit', {
      body: form([{ data: await photo(1), name: 'a.jpg' }]),
      ip: '198.51.100.1',
    })
    expect(response.status).toBe(201)
    const report = await latestReport()
    const [pending] = await pendingOf(report?.id as number)
    // Kept as it arrived (raw bytes in the BLOB column on SQLite, base64 in `data` elsewhere), for the worker only.
    expect((await bytesOf(ctx.payload, pending as never)).length).toBeGreaterThan(100)
    for (const token of [undefined, await tokenFor(ctx, editor.email)]) {
      expect((await send(ctx, 'GET', '/pending-photos', { token })).status).toBe(403)
      expect((await send(ctx, 'GET', `/pending-photos/${pending?.id}`, { token })).status).toBe(403)
    }
    const asEditor = await ctx.payload.find({ collection: 'pending-photos', user: editor, overrideAccess: false }).catch((error) => error)
    expect(asEditor).toBeInstanceOf(Error)
    expect(publicCollections as readonly string[]).not.toContain('pending-photos')
    // Not in the uploads folder either: no file there holds the camera's EXIF before processing.
    const files = fs.readdirSync(ctx.settings.paths.mediaDir, { recursive: true }) as string[]
    for (const file of files.filter((name) => name.endsWith('.jpg')))
      expect(fs.readFileSync(`${ctx.settings.paths.mediaDir}/${file}`).includes(Buffer.from('SecretCam'))).toBe(false)
    await settlePhotos(ctx.payload)
  })
})

describe('processing after the answer', () => {
  it('should answer with the code while 照片处理中, then store the photo without EXIF or GPS and delete the bytes', async () => {
    const original = await photo(2)
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const response = await send(ctx, 'POST', '/resident-reports/submit', {
      body: form([{ data: original, name: 'b.jpg' }]),
      ip: '198.51.100.2',
    })
    expect(response.status).toBe(201)
    expect(codeIn(await response.text())).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    const answered = await latestReport()
    expect(answered).toMatchObject({ photoStatus: 'pending', photos: [] })
    await settlePhotos(ctx.payload)
    const report = await ctx.payload.findByID({
      collection: 'resident-reports',
      id: answered?.id as number,
      depth: 1,
      overrideAccess: true,
    })
    expect(report.photoStatus).toBe('done')
    const media = report.photos?.[0]
    if (!media || typeof media !== 'object') throw new Error('photo not attached')
    expect(media.publicUse ?? false).toBe(false)
    const stored = fs.readFileSync(`${ctx.settings.paths.mediaDir}/${media.filename}`)
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('SecretCam'))).toBe(false)
    expect(stored.includes(Buffer.from('GPS'))).toBe(false)
    // Encoded once (session 13): the stored original is reencodePhoto's JPEG itself, not encoded again by the media hook.
    expect(stored.equals(await reencodePhoto(original))).toBe(true)
    expect(await pendingOf(report.id)).toEqual([])
  })

  it('should mark a photo found damaged after acceptance, keep the report and the bytes privately, with the reason for staff', async () => {
    const whole = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
    })
      .jpeg()
      .toBuffer()
    const damaged = whole.subarray(0, Math.floor(whole.length * 0.6))
    const response = await send(ctx, 'POST', '/resident-reports/submit', {
      body: form([{ data: damaged, name: 'c.jpg' }]),
      ip: '198.51.100.3',
    })
    expect(response.status).toBe(201)
    const answered = await latestReport()
    await settlePhotos(ctx.payload)
    const report = await ctx.payload.findByID({ collection: 'resident-reports', id: answered?.id as number, overrideAccess: true })
    expect(report).toMatchObject({ status: 'received', photoStatus: 'failed', photos: [] })
    expect(report.photoProblem).toContain('照片 1：图片数据损坏')
    const kept = await pendingOf(report.id)
    expect(kept).toHaveLength(1)
    expect(kept[0]?.failure).toContain('图片数据损坏')
    const asStaff = await ctx.payload.findByID({ collection: 'resident-reports', id: report.id, user: editor, overrideAccess: false })
    expect(asStaff.photoStatus).toBe('failed')
    // The bytes go with the contact, REPORT_CONTACT_RETENTION_DAYS after the report is closed.
    await ctx.payload.db.updateOne({ collection: 'resident-reports', id: report.id, data: { closedAt: '2020-01-01T00:00:00.000Z' } })
    await eraseReportContacts(ctx.payload)
    expect(await pendingOf(report.id)).toEqual([])
    expect((await ctx.payload.findByID({ collection: 'resident-reports', id: report.id, overrideAccess: true })).photoStatus).toBe('failed')
  })

  it('should process the photos after a restart between the answer and the processing, and sweep a photo whose job was lost', async () => {
    const req = await createLocalReq({ context: { processPhotosNow: false } }, ctx.payload)
    const { photos } = await checkPhotos([{ name: 'd.jpg', type: 'image/jpeg', bytes: await photo(3) }], 10_000_000)
    const input = {
      category: 'illegal-parking',
      description: '重启之前收到的随手拍，照片还没有处理。',
      place: '示范市重启路1号',
      lat: null,
      lng: null,
      contactName: '',
      contactPhone: '',
    }
    const id = await storeReport(req, {
      report: input as never,
      photos,
      trackingHash: `restart-${Date.now()}`,
      textHash: `restart-${Date.now()}`,
    })
    expect((await ctx.payload.findByID({ collection: 'resident-reports', id, overrideAccess: true })).photoStatus).toBe('pending')
    // The answering process is gone; another process (the cron's) runs the persisted job.
    await second.jobs.run({ queue: PHOTO_QUEUE, limit: 10, overrideAccess: true } as never)
    const after = await ctx.payload.findByID({ collection: 'resident-reports', id, overrideAccess: true })
    expect(after.photoStatus).toBe('done')
    expect(after.photos).toHaveLength(1)
    // A job lost with a process that died while running it: the sweep finds the photo after two minutes.
    const lostId = await storeReport(req, {
      report: { ...input, description: '另一条重启之前收到的随手拍，它的任务丢了。' } as never,
      photos,
      trackingHash: `lost-${Date.now()}`,
      textHash: `lost-${Date.now()}`,
    })
    await ctx.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: PHOTO_QUEUE } }, overrideAccess: true })
    expect(await sweepPendingPhotos(second)).toBe(0)
    expect(await sweepPendingPhotos(second, Date.now() + 3 * 60 * 1000)).toBe(1)
    expect((await ctx.payload.findByID({ collection: 'resident-reports', id: lostId, overrideAccess: true })).photoStatus).toBe('done')
  })
})

describe('a failure mid-way, and two runners on one document', () => {
  const damagedJpeg = async () => {
    const whole = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
    })
      .jpeg()
      .toBuffer()
    return whole.subarray(0, Math.floor(whole.length * 0.6))
  }

  /** A report with these photos stored as the answering process stores it, its photos not processed yet. */
  async function reportWith(pictures: Buffer[], tag: string): Promise<string> {
    const req = await createLocalReq({ context: { processPhotosNow: false } }, ctx.payload)
    const files = pictures.map((bytes, n) => ({ name: `${tag}-${n}.jpg`, type: 'image/jpeg', bytes }))
    const { photos, errors } = await checkPhotos(files, 10_000_000)
    expect(errors).toEqual([])
    const id = await storeReport(req, {
      report: {
        category: 'illegal-parking',
        description: `照片处理中途失败的随手拍（${tag}），照片还没有处理。`,
        place: `示范市中途路${tag}号`,
        lat: null,
        lng: null,
        contactName: '',
        contactPhone: '',
      } as never,
      photos,
      trackingHash: `${tag}-${Date.now()}`,
      textHash: `${tag}-${Date.now()}`,
    })
    return String(id)
  }

  const residentMedia = async () =>
    (await ctx.payload.count({ collection: 'media', where: { filename: { like: 'report-' } }, overrideAccess: true })).totalDocs
  const mediaFiles = () => (fs.readdirSync(ctx.settings.paths.mediaDir, { recursive: true }) as string[]).sort()

  it('should keep a photo pending with nothing of it written when its transaction fails after the media item, keep the photo before it, and finish on the next run', async () => {
    const id = await reportWith([await photo(41), await photo(42)], 'midway')
    const owner = { collection: 'resident-reports' as const, id }
    const mediaBefore = await residentMedia()
    let calls = 0
    photoFaults.afterMedia = () => {
      if (++calls === 2) throw new Error('injected failure after the second media item')
    }
    let filesBeforeSecond: string[] = []
    try {
      const first = processPhotos(ctx.payload, owner)
      await expect(first).rejects.toThrow('injected failure')
      filesBeforeSecond = mediaFiles()
    } finally {
      photoFaults.afterMedia = null
    }
    // The first photo: attached (its own transaction committed); the second: still pending, no media item, no file.
    const half = await ctx.payload.findByID({ collection: 'resident-reports', id, depth: 0, overrideAccess: true })
    expect(half.photoStatus).toBe('pending')
    expect(half.photos).toHaveLength(1)
    expect(await residentMedia()).toBe(mediaBefore + 1)
    const left = await pendingOf(id)
    expect(left.map((row) => [row.position, row.failure ?? null])).toEqual([[1, null]])
    const attached = await ctx.payload.findByID({ collection: 'media', id: half.photos?.[0] as number, overrideAccess: true })
    // The files on disk are those of the attached media item (and earlier tests'), none of the rolled-back one.
    const names = [attached.filename, ...Object.values(attached.sizes ?? {}).map((size) => size?.filename)].filter(Boolean)
    for (const name of names) expect(filesBeforeSecond).toContain(name)
    // Every resident photo file on disk belongs to a media item: none is left of the rolled-back one.
    const known = await ctx.payload.find({
      collection: 'media',
      where: { filename: { like: 'report-' } },
      pagination: false,
      overrideAccess: true,
    })
    const stems = known.docs.map((doc) => String(doc.filename).replace(/\.[a-z]+$/, ''))
    const residentFiles = filesBeforeSecond.filter((file) => file.startsWith('report-'))
    expect(residentFiles.length).toBeGreaterThan(0)
    expect(residentFiles.filter((file) => !stems.some((stem) => file.startsWith(stem)))).toEqual([])
    // The next run (the job's retry, or the sweep) finishes the document.
    expect(await processPhotos(ctx.payload, owner)).toEqual({ processed: 1, failed: 0 })
    const done = await ctx.payload.findByID({ collection: 'resident-reports', id, depth: 0, overrideAccess: true })
    expect(done.photoStatus).toBe('done')
    expect(done.photos).toHaveLength(2)
    expect(done.photos?.[0]).toBe(half.photos?.[0])
    expect(await residentMedia()).toBe(mediaBefore + 2)
    expect(await pendingOf(id)).toEqual([])
  })

  it('should attach each photo exactly once with two runners on the same document at once, and settle its status with the last photo, naming the damaged one', async () => {
    const id = await reportWith([await photo(43), await damagedJpeg(), await photo(44)], 'two-runners')
    const owner = { collection: 'resident-reports' as const, id }
    const mediaBefore = await residentMedia()
    const results = await Promise.all([processPhotos(ctx.payload, owner), processPhotos(second, owner)])
    expect(results.reduce((sum, result) => sum + result.processed, 0)).toBe(2)
    expect(results.reduce((sum, result) => sum + result.failed, 0)).toBe(1)
    const report = await ctx.payload.findByID({ collection: 'resident-reports', id, depth: 0, overrideAccess: true })
    expect(report.photoStatus).toBe('failed')
    expect(report.photos).toHaveLength(2)
    expect(new Set(report.photos).size).toBe(2)
    expect(report.photoProblem).toContain('照片 2：图片数据损坏')
    expect(report.photoProblem).not.toContain('照片 1')
    expect(await residentMedia()).toBe(mediaBefore + 2)
    const kept = await pendingOf(id)
    expect(kept.map((row) => row.position)).toEqual([1])
    expect(kept[0]?.failure).toContain('图片数据损坏')
  })
})
