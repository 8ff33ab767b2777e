/**
 * Anonymous writes under parallel requests on a real database (SQLite file or PostgreSQL): one
 * browser's parallel 点赞 from two API instances count once, one network's parallel 点赞 from many browsers
 * stop exactly at its daily cap (the batched writes, SQLite and PostgreSQL alike), and the hand-written hot inserts of
 * cms/dbFast.ts (one row, and a group commit of many with ON CONFLICT DO NOTHING) store each key once,
 * and 随手拍 with photos from two instances at once, each photo claimed by exactly one of two runners
 * (processPhotos' DELETE … RETURNING), also the three photos of one document raced by four runners.
 */
import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_CHALLENGE } from '../../../cms/collections/ResidentReports/endpoints/submit.ts'
import { settingsOf } from '../../../cms/config/fromPayload.ts'
import { insertFast, insertManyFast, valuesWhereIn } from '../../../cms/dbFast.ts'
import { addChinaDays } from '../../../cms/domain/dates.ts'
import { BROWSER_IDS_PER_VOTE } from '../../../cms/domain/endorsements.ts'
import { groupCommit } from '../../../cms/groupCommit.ts'
import { processPhotos } from '../../../cms/jobs/processPhotos.ts'
import type { OpenDatabase } from '../../helpers/databases.ts'
import { makeRefs, validData } from '../../helpers/fixtures.ts'
import { photo, reportForm, send, solvedChallenge } from '../../helpers/residents.ts'
import type { TempPayload } from '../../helpers/tempPayload.ts'
import { browserId, browserIds, cookieFrom, sameSiteHeaders, voteRequest } from '../../helpers/votes.ts'

const SLOTS = { collection: 'rate-slots', table: 'rate_slots' }
const slotRow = (bucket: string, slot = 0) => ({
  row: { bucket, slot, expires_at: new Date(Date.now() + 60_000).toISOString() },
  fields: { bucket, slot, expiresAt: new Date(Date.now() + 60_000).toISOString() },
})

/** The shared fixtures (units, images) of each database, made once. */
const fixtures = new WeakMap<Payload, ReturnType<typeof makeRefs>>()

async function openNominee(payload: Payload): Promise<number> {
  if (!fixtures.has(payload)) fixtures.set(payload, makeRefs(payload))
  const refs = await (fixtures.get(payload) as ReturnType<typeof makeRefs>)
  const round = await payload.create({
    collection: 'selection-rounds',
    data: {
      title: '并发公示',
      period: { start: '2026-01-01', end: '2026-12-31' },
      status: 'reviewing',
      noticeFrom: addChinaDays(new Date(), -1) as string,
      noticeTo: addChinaDays(new Date(), 1) as string,
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  const person = await payload.create({
    collection: 'good-people',
    data: { ...validData['good-people'](refs), round: round.id, _status: 'published' },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  return person.id
}

export function anonymousWritesSuite(open: OpenDatabase): void {
  describe('anonymous writes under parallel requests', () => {
    let ctx: TempPayload
    let secondKey: string
    let second: Payload

    beforeAll(async () => {
      ctx = await open('anonymous')
      secondKey = randomUUID()
      second = await getPayload({ config: ctx.config, key: secondKey })
    })
    afterAll(async () => {
      await second?.destroy()
      await ctx?.close()
    })

    it('should count one browser once when it endorses 12 times in parallel through two instances', async () => {
      const nominee = await openNominee(ctx.payload)
      const cookie = await browserId(ctx, nominee)
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          voteRequest(ctx, 'POST', `/good-people/${nominee}/endorse`, {
            ip: `198.51.100.${i + 1}`,
            cookie,
            json: true,
            instanceKey: i % 2 ? secondKey : ctx.key,
          }),
        ),
      )
      expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array(11).fill(409)])
      const stored = await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: nominee } }, overrideAccess: true })
      expect(stored.totalDocs).toBe(1)
    })

    it("should hold one network's daily cap exactly when 40 browsers vote from it in parallel through two instances (batched writes)", async () => {
      const nominee = await openNominee(ctx.payload)
      const cap = settingsOf(ctx.payload).limits.endorseIpDailyCap
      const cookies = await browserIds(ctx, nominee, cap + 10, 31)
      const responses = await Promise.all(
        cookies.map((cookie, i) =>
          voteRequest(ctx, 'POST', `/good-people/${nominee}/endorse`, {
            ip: '198.51.100.250',
            cookie,
            json: true,
            instanceKey: i % 2 ? secondKey : ctx.key,
          }),
        ),
      )
      const statuses = responses.map((response) => response.status)
      expect(statuses.filter((status) => status === 200)).toHaveLength(cap)
      expect(statuses.filter((status) => status === 429)).toHaveLength(10)
      const counts = await Promise.all(responses.filter((r) => r.status === 200).map(async (r) => (await r.json()).count as number))
      expect(Math.max(...counts)).toBe(cap)
      const stored = await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: nominee } }, overrideAccess: true })
      expect(stored.totalDocs).toBe(cap)
    })

    it("should hold both of one network's daily caps exactly for the page script's one-request votes (new ids, then votes) through two instances", async () => {
      const nominee = await openNominee(ctx.payload)
      const cap = settingsOf(ctx.payload).limits.endorseIpDailyCap
      const idCap = BROWSER_IDS_PER_VOTE * cap
      const responses = await Promise.all(
        Array.from({ length: idCap + 10 }, (_, i) =>
          voteRequest(ctx, 'POST', `/good-people/${nominee}/endorse`, {
            ip: '198.51.100.251',
            headers: { ...sameSiteHeaders(), 'x-endorse': '1' },
            json: true,
            instanceKey: i % 2 ? secondKey : ctx.key,
          }),
        ),
      )
      const bodies = await Promise.all(responses.map(async (r) => ({ status: r.status, cookie: cookieFrom(r), body: await r.json() })))
      expect(bodies.filter((b) => b.status === 200)).toHaveLength(cap)
      // Over the vote cap: the id was issued and kept (cookie); over the id cap: nothing issued.
      expect(bodies.filter((b) => b.status === 429 && b.body.issued === true && b.cookie)).toHaveLength(idCap - cap)
      expect(bodies.filter((b) => b.status === 429 && b.body.issued === undefined && !b.cookie)).toHaveLength(10)
      expect(Math.max(...bodies.filter((b) => b.status === 200).map((b) => b.body.count as number))).toBe(cap)
      const stored = await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: nominee } }, overrideAccess: true })
      expect(stored.totalDocs).toBe(cap)
    })

    it('should store a hot insert once and name the unique column on a repeat', async () => {
      const first = await insertFast(ctx.payload, SLOTS.collection, SLOTS.table, slotRow('hot|a').row, slotRow('hot|a').fields)
      expect(first.ok).toBe(true)
      const again = await insertFast(second, SLOTS.collection, SLOTS.table, slotRow('hot|a').row, slotRow('hot|a').fields)
      expect(again).toEqual({ ok: false, conflict: expect.stringMatching(/bucket|slot/) })
    })

    it('should give each caller of a group commit its own outcome, duplicates refused, from two instances at once', async () => {
      const batcher = (payload: Payload) =>
        groupCommit<string, boolean>({
          maxItems: 50,
          maxWaitMs: 5,
          flush: async (buckets) => {
            const stored = await insertManyFast(
              payload,
              SLOTS.collection,
              SLOTS.table,
              buckets.map((bucket) => slotRow(bucket)),
              {
                column: 'bucket',
                field: 'bucket',
              },
            )
            return buckets.map((bucket) => stored.has(bucket))
          },
        })
      const [one, two] = [batcher(ctx.payload), batcher(second)]
      const buckets = Array.from({ length: 40 }, (_, i) => `group|${i % 20}`)
      const outcomes = await Promise.all(buckets.map((bucket, i) => (i < 20 ? one(bucket) : two(bucket))))
      // 20 distinct keys, each sent once by each instance at the same time: stored exactly once each.
      expect(outcomes.filter(Boolean)).toHaveLength(20)
      const keys = await valuesWhereIn(ctx.payload, SLOTS.collection, SLOTS.table, { column: 'bucket', field: 'bucket' }, [
        { column: 'bucket', field: 'bucket', values: buckets },
      ])
      expect(new Set(keys).size).toBe(20)
      expect(keys).toHaveLength(20)
    })

    it('should store 随手拍 with photos from two instances at once, and turn each photo into exactly one media item with two runners', async () => {
      const sendReport = (instance: string, n: number) =>
        send(ctx, 'POST', '/resident-reports/submit', {
          instance,
          ip: `198.51.100.${150 + n}`,
          json: true,
          body: reportForm(
            {
              category: 'dirty-corner',
              description: `并发随手拍：井盖松动，车辆经过时响声很大，编号${n}。`,
              place: `示范市并发路${n}号`,
              ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
            },
            [{ data: photos[n] as Buffer, name: `IMG_${n}.jpg` }],
          ),
        })
      const photos = await Promise.all(Array.from({ length: 6 }, (_, n) => photo(700 + n)))
      const answers = await Promise.all(photos.map((_, n) => sendReport(n % 2 === 0 ? ctx.key : secondKey, n)))
      expect(answers.map((answer) => answer.status)).toEqual(photos.map(() => 201))
      // Two runners on the same documents at the same moment (a worker and the sweep): each photo is claimed once.
      const { docs } = await ctx.payload.find({ collection: 'resident-reports', depth: 0, pagination: false, overrideAccess: true })
      const owners = docs.map((doc) => ({ collection: 'resident-reports' as const, id: String(doc.id) }))
      await Promise.all(owners.flatMap((owner) => [processPhotos(ctx.payload, owner), processPhotos(second, owner)]))
      const done = await ctx.payload.find({ collection: 'resident-reports', depth: 0, pagination: false, overrideAccess: true })
      expect(done.docs.map((doc) => [doc.photoStatus, doc.photos?.length])).toEqual(docs.map(() => ['done', 1]))
      expect(
        (await ctx.payload.count({ collection: 'media', where: { filename: { like: 'report-' } }, overrideAccess: true })).totalDocs,
      ).toBe(6)
      expect((await ctx.payload.count({ collection: 'pending-photos', overrideAccess: true })).totalDocs).toBe(0)
    })

    it('should attach each photo of a three-photo 随手拍 exactly once, in one document, with four runners on two instances at once', async () => {
      const residentMedia = async () =>
        (await ctx.payload.count({ collection: 'media', where: { filename: { like: 'report-' } }, overrideAccess: true })).totalDocs
      const before = await residentMedia()
      const photos = await Promise.all([710, 711, 712].map((seed) => photo(seed)))
      const answer = await send(ctx, 'POST', '/resident-reports/submit', {
        instance: ctx.key,
        ip: '198.51.100.170',
        json: true,
        body: reportForm(
          {
            category: 'dirty-corner',
            description: '三张照片的并发随手拍：路灯不亮，井盖缺失，围挡倒了。',
            place: '示范市并发路三号',
            ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
          },
          photos.map((data, n) => ({ data, name: `IMG_3_${n}.jpg` })),
        ),
      })
      expect(answer.status).toBe(201)
      const { docs } = await ctx.payload.find({
        collection: 'resident-reports',
        where: { place: { equals: '示范市并发路三号' } },
        depth: 0,
        overrideAccess: true,
      })
      const owner = { collection: 'resident-reports' as const, id: String(docs[0]?.id) }
      // Per photo one transaction: runners racing on different photos of one document never lose each other's photo.
      await Promise.all([ctx.payload, second, ctx.payload, second].map((instance) => processPhotos(instance, owner)))
      const report = await ctx.payload.findByID({ collection: 'resident-reports', id: owner.id, depth: 0, overrideAccess: true })
      expect(report.photoStatus).toBe('done')
      expect(report.photos).toHaveLength(3)
      expect(new Set(report.photos).size).toBe(3)
      expect(await residentMedia()).toBe(before + 3)
      expect(
        (await ctx.payload.count({ collection: 'pending-photos', where: { ownerId: { equals: owner.id } }, overrideAccess: true }))
          .totalDocs,
      ).toBe(0)
    })
  })
}
