/**
 * 点赞 reads the nominee and its round from a per-process cache (cms/http/hotReadCache.ts): a change
 * an editor saves must stop the votes AT ONCE in that process, not after the cache's 5 s. Each case
 * fills the cache with a counted vote on the fast route (publisher/fastApi.ts), changes the nominee or
 * its round, and votes again right away: refused, nothing counted. Then the batch's own connection
 * (cms/sqliteBatchConnection.ts): a batch whose statement fails stores nothing, keeps no slot, answers 503.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addChinaDays } from '../../cms/domain/dates.ts'
import { setTrustedClientIp } from '../../cms/http/clientIp.ts'
import { answerFast, fastRoute } from '../../publisher/fastApi.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { loopbackAddress, rawRequest } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { nomineeInRound } from '../helpers/votes.ts'

let ctx: TempPayload
let refs: Refs
let server: http.Server
let base = ''
let client = 0

beforeAll(async () => {
  ctx = await startTempPayload('endorse-cache')
  refs = await makeRefs(ctx.payload)
  server = http.createServer((req, res) => {
    setTrustedClientIp(req, [])
    const match = fastRoute(req)
    if (match) void answerFast(ctx.payload, match, req, res)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120_000)

afterAll(async () => {
  server?.close()
  await ctx?.close()
})

const json = { accept: 'application/json' }
/** One vote from a new browser on its own network, as the page's script makes it: GET the id, then POST. */
async function vote(id: number): Promise<number> {
  const from = loopbackAddress(client++, 95)
  const url = `${base}/api/good-people/${id}/endorse`
  const ready = await rawRequest(url, { headers: json, localAddress: from })
  if (ready.status !== 200) return ready.status
  const cookie = String([ready.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
  return (await rawRequest(url, { method: 'POST', headers: { ...json, cookie }, localAddress: from })).status
}
const stored = async (id: number) =>
  (await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: id } }, overrideAccess: true })).totalDocs
const roundOf = async (id: number) => {
  const person = await ctx.payload.findByID({ collection: 'good-people', id, depth: 0, overrideAccess: true })
  return person.round as number
}
const quiet = { overrideAccess: true, context: { skipRebuild: true } } as const

describe('the nominee cache of 点赞', () => {
  it('should refuse a vote right after the nominee is unpublished', async () => {
    const id = await nomineeInRound(ctx, refs, '缓存轮次甲')
    expect(await vote(id)).toBe(200)
    await ctx.payload.update({ collection: 'good-people', id, data: { _status: 'draft' }, ...quiet })
    expect(await vote(id)).toBe(404)
    expect(await stored(id)).toBe(1)
  })

  it("should refuse a vote right after the round's notice is moved into the past", async () => {
    const id = await nomineeInRound(ctx, refs, '缓存轮次乙')
    expect(await vote(id)).toBe(200)
    const past = { noticeFrom: addChinaDays(new Date(), -10) as string, noticeTo: addChinaDays(new Date(), -3) as string }
    await ctx.payload.update({ collection: 'selection-rounds', id: await roundOf(id), data: past, ...quiet })
    expect(await vote(id)).toBe(403)
    expect(await stored(id)).toBe(1)
  })

  it('should refuse a vote right after the nominee is deleted', async () => {
    const id = await nomineeInRound(ctx, refs, '缓存轮次丙')
    // A browser id fetched (no vote stored, so the nominee can be deleted): the cache now holds the nominee.
    const ready = await rawRequest(`${base}/api/good-people/${id}/endorse`, { headers: json, localAddress: loopbackAddress(client++, 95) })
    expect(ready.status).toBe(200)
    await ctx.payload.delete({ collection: 'good-people', id, ...quiet })
    expect(await vote(id)).toBe(404)
  })

  it('should count again right after the notice is reopened', async () => {
    const id = await nomineeInRound(ctx, refs, '缓存轮次丁', {
      noticeFrom: addChinaDays(new Date(), 2) as string,
      noticeTo: addChinaDays(new Date(), 5) as string,
    })
    expect(await vote(id)).toBe(403)
    const open = { noticeFrom: addChinaDays(new Date(), -1) as string, noticeTo: addChinaDays(new Date(), 1) as string }
    await ctx.payload.update({ collection: 'selection-rounds', id: await roundOf(id), data: open, ...quiet })
    expect(await vote(id)).toBe(200)
    expect(await stored(id)).toBe(1)
  })
})

describe("the batch's own connection", () => {
  const run = (text: string) =>
    (ctx.payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle.run(sql.raw(text))
  const slots = async () => (await ctx.payload.count({ collection: 'rate-slots', overrideAccess: true })).totalDocs

  it('should store nothing, keep no slot and answer 503 when the batch fails, then count the same browser', async () => {
    const id = await nomineeInRound(ctx, refs, '缓存轮次戊')
    const from = loopbackAddress(client++, 95)
    const url = `${base}/api/good-people/${id}/endorse`
    const ready = await rawRequest(url, { headers: json, localAddress: from })
    const cookie = String([ready.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
    const before = await slots()
    await run(`CREATE TRIGGER refuse_votes BEFORE INSERT ON endorsements BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END`)
    try {
      const failed = await rawRequest(url, { method: 'POST', headers: { ...json, cookie }, localAddress: from })
      expect(failed.status).toBe(503)
      expect(failed.headers['retry-after']).toBe('2')
      expect(await stored(id)).toBe(0)
      expect(await slots()).toBe(before)
    } finally {
      await run('DROP TRIGGER refuse_votes')
    }
    const counted = await rawRequest(url, { method: 'POST', headers: { ...json, cookie }, localAddress: from })
    expect(counted.status).toBe(200)
    expect(JSON.parse(counted.text).count).toBe(1)
    expect(await stored(id)).toBe(1)
  })
})
