/**
 * 点赞 answered before Next (publisher/fastApi.ts, as publisher/server.ts does it) and written in
 * batches (endorseCommit.ts): the attacker first — cross-site, no or a forged browser id, the network's
 * daily cap (exact across two servers on two Payload instances sharing one SQLite file), one browser
 * posting six at once — then 200 parallel votes of distinct browsers, all stored, the count exact.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_IP_DAILY_CAP } from '../../cms/domain/endorsements.ts'
import { setTrustedClientIp } from '../../cms/http/clientIp.ts'
import { answerFast, fastRoute } from '../../publisher/fastApi.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { loopbackAddress, type RawResponse, rawRequest } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { nomineeInRound } from '../helpers/votes.ts'

let ctx: TempPayload
let second: Payload
let refs: Refs
const servers: http.Server[] = []
const bases: string[] = []

/** A server answering only the fast routes, with this Payload instance (404 for anything else). */
async function fastServer(payload: Payload): Promise<string> {
  const server = http.createServer((req, res) => {
    setTrustedClientIp(req, [])
    const match = fastRoute(req)
    if (match) void answerFast(payload, match, req, res)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const nominee = (name: string): Promise<number> => nomineeInRound(ctx, refs, `快速点赞轮次${name}`)

const url = (base: string, id: number) => `${base}/api/good-people/${id}/endorse`
const json = { accept: 'application/json' }
const cookieOf = (response: RawResponse) => String([response.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
/** A browser id the server signed, fetched from this source address. */
const browserId = async (base: string, id: number, from: string) =>
  cookieOf(await rawRequest(url(base, id), { headers: json, localAddress: from }))
const post = (base: string, id: number, from: string, headers: Record<string, string> = {}) =>
  rawRequest(url(base, id), { method: 'POST', headers: { ...json, ...headers }, localAddress: from })
const stored = async (id: number) =>
  (await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: id } }, overrideAccess: true })).totalDocs
const tally = (responses: RawResponse[]) => {
  const counts: Record<number, number> = {}
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1
  return counts
}

beforeAll(async () => {
  ctx = await startTempPayload('endorse-fast')
  second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
  refs = await makeRefs(ctx.payload)
  bases.push(await fastServer(ctx.payload), await fastServer(second))
}, 120_000)

afterAll(async () => {
  for (const server of servers) server.close()
  await second?.destroy()
  await ctx?.close()
})

describe('an attacker on the fast path', () => {
  it('should refuse a cross-site vote with 403 before anything is counted, also for a browser holding a valid id', async () => {
    const id = await nominee('甲')
    const from = loopbackAddress(1, 90)
    const cookie = await browserId(bases[0] as string, id, from)
    expect(cookie).toMatch(/^gp_browser=/)
    const evil = await post(bases[0] as string, id, from, { origin: 'https://evil.example', cookie })
    expect(evil.status).toBe(403)
    expect(evil.headers['set-cookie']).toBeUndefined()
    const fetchSite = await post(bases[0] as string, id, from, { 'sec-fetch-site': 'cross-site', cookie })
    expect(fetchSite.status).toBe(403)
    expect(await stored(id)).toBe(0)
  })

  it('should count nothing for a missing or forged browser id (it gets the confirmation instead)', async () => {
    const id = await nominee('乙')
    const from = loopbackAddress(2, 90)
    const none = await post(bases[0] as string, id, from)
    expect(none.status).toBe(200)
    expect(JSON.parse(none.text)).toMatchObject({ ok: false, confirm: true })
    const real = await browserId(bases[0] as string, id, from)
    const forged = `${real.slice(0, -4)}AAAA`
    const forgedVote = await post(bases[0] as string, id, from, { cookie: forged })
    expect(JSON.parse(forgedVote.text)).toMatchObject({ ok: false, confirm: true })
    expect(await stored(id)).toBe(0)
  })

  it('should hold the network cap exactly across two servers on two Payload instances sharing one database', async () => {
    const id = await nominee('丙')
    const from = loopbackAddress(3, 90)
    const cookies = await Promise.all(Array.from({ length: 40 }, (_, i) => browserId(bases[i % 2] as string, id, from)))
    const votes = await Promise.all(cookies.map((cookie, i) => post(bases[i % 2] as string, id, from, { cookie })))
    expect(tally(votes)).toEqual({ 200: DEFAULT_IP_DAILY_CAP, 429: 40 - DEFAULT_IP_DAILY_CAP })
    expect(votes.find((vote) => vote.status === 429)?.headers['retry-after']).toMatch(/^\d+$/)
    expect(await stored(id)).toBe(DEFAULT_IP_DAILY_CAP)
  })

  it('should store one vote of a browser posting six at once, the others answered 409 with the count', async () => {
    const id = await nominee('丁')
    const from = loopbackAddress(4, 90)
    const cookie = await browserId(bases[0] as string, id, from)
    const votes = await Promise.all(Array.from({ length: 6 }, (_, i) => post(bases[i % 2] as string, id, from, { cookie })))
    expect(tally(votes)).toEqual({ 200: 1, 409: 5 })
    expect(await stored(id)).toBe(1)
    expect(JSON.parse(votes.find((vote) => vote.status === 409)?.text ?? '{}').count).toBe(1)
  })
})

describe('a burst of residents', () => {
  it('should store exactly 200 parallel votes of 200 distinct browsers and answer the exact count', async () => {
    const id = await nominee('戊')
    const froms = Array.from({ length: 200 }, (_, i) => loopbackAddress(i, 100))
    const cookies = await Promise.all(froms.map((from, i) => browserId(bases[i % 2] as string, id, from)))
    const votes = await Promise.all(cookies.map((cookie, i) => post(bases[i % 2] as string, id, froms[i] as string, { cookie })))
    expect(tally(votes)).toEqual({ 200: 200 })
    expect(await stored(id)).toBe(200)
    expect(Math.max(...votes.map((vote) => JSON.parse(vote.text).count as number))).toBe(200)
  })
})
