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
import { BROWSER_IDS_PER_VOTE, DEFAULT_IP_DAILY_CAP } from '../../cms/domain/endorsements.ts'
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

describe('an attacker on the one-request path (the page script: x-endorse: 1, no browser id yet)', () => {
  const script = { 'x-endorse': '1' }

  it('should refuse it cross-site with 403: no id handed out, nothing counted', async () => {
    const id = await nominee('己')
    const from = loopbackAddress(5, 90)
    const evil = await post(bases[0] as string, id, from, { ...script, origin: 'https://evil.example' })
    const fetchSite = await post(bases[1] as string, id, from, { ...script, 'sec-fetch-site': 'cross-site' })
    const sandboxed = await post(bases[0] as string, id, from, { ...script, origin: 'null' })
    for (const answer of [evil, fetchSite, sandboxed]) {
      expect(answer.status).toBe(403)
      expect(answer.headers['set-cookie']).toBeUndefined()
    }
    expect(await stored(id)).toBe(0)
  })

  it('should count only with the exact header; other values get the confirmation and count nothing', async () => {
    const id = await nominee('庚')
    const from = loopbackAddress(6, 90)
    for (const value of ['0', 'true', '', '1, 1']) {
      const answer = await post(bases[0] as string, id, from, { 'x-endorse': value })
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.text)).toMatchObject({ ok: false, confirm: true })
    }
    expect(await stored(id)).toBe(0)
  })

  it('should issue a new id and count once; replaying the issued id (with or without the header) is a 409, never a second vote', async () => {
    const id = await nominee('辛')
    const from = loopbackAddress(7, 90)
    const first = await post(bases[0] as string, id, from, script)
    expect(first.status).toBe(200)
    expect(JSON.parse(first.text)).toMatchObject({ ok: true, count: 1, issued: true })
    const cookie = cookieOf(first)
    expect(cookie).toMatch(/^gp_browser=/)
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/)
    const replays = await Promise.all([
      post(bases[0] as string, id, from, { ...script, cookie }),
      post(bases[1] as string, id, from, { ...script, cookie }),
      post(bases[1] as string, id, from, { cookie }),
    ])
    expect(tally(replays)).toEqual({ 409: 3 })
    for (const replay of replays) expect(replay.headers['set-cookie']).toBeUndefined()
    // A forged id is no id: the request is a new browser (a new id, its slot) — never a vote of the forged one.
    const forged = `${cookie.slice(0, -4)}AAAA`
    const withForged = await post(bases[0] as string, id, from, { ...script, cookie: forged })
    expect(withForged.status).toBe(200)
    expect(cookieOf(withForged)).not.toBe(forged)
    expect(cookieOf(withForged)).not.toBe(cookie)
    expect(await stored(id)).toBe(2)
  })

  it('should hold both caps of a network exactly (new ids, then votes) across two servers sharing one database', async () => {
    const id = await nominee('壬')
    const from = loopbackAddress(8, 90)
    const idCap = BROWSER_IDS_PER_VOTE * DEFAULT_IP_DAILY_CAP
    const answers = await Promise.all(Array.from({ length: idCap + 10 }, (_, i) => post(bases[i % 2] as string, id, from, script)))
    expect(tally(answers)).toEqual({ 200: DEFAULT_IP_DAILY_CAP, 429: idCap + 10 - DEFAULT_IP_DAILY_CAP })
    const refused = answers
      .filter((answer) => answer.status === 429)
      .map((answer) => JSON.parse(answer.text) as { message: string; issued?: boolean })
    // Votes over the network's cap: the id was kept (its cookie is sent); ids over their cap: no cookie.
    const voteFull = answers.filter((answer) => answer.status === 429 && JSON.parse(answer.text).issued === true)
    const idsGone = answers.filter((answer) => answer.status === 429 && JSON.parse(answer.text).issued === undefined)
    expect(voteFull).toHaveLength(idCap - DEFAULT_IP_DAILY_CAP)
    expect(idsGone).toHaveLength(10)
    for (const answer of voteFull) expect(cookieOf(answer)).toMatch(/^gp_browser=/)
    for (const answer of idsGone) expect(answer.headers['set-cookie']).toBeUndefined()
    expect(refused.every((body) => body.message.length > 0)).toBe(true)
    for (const answer of answers.filter((a) => a.status === 429)) expect(answer.headers['retry-after']).toMatch(/^\d+$/)
    expect(await stored(id)).toBe(DEFAULT_IP_DAILY_CAP)
    // The network's ids are used up for the two-request way too.
    const ready = await rawRequest(url(bases[1] as string, id), { headers: json, localAddress: from })
    expect(ready.status).toBe(429)
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

  it('should store exactly 200 parallel one-request votes of 200 new browsers (the page script) and answer the exact count', async () => {
    const id = await nominee('癸')
    const votes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => post(bases[i % 2] as string, id, loopbackAddress(i, 110), { 'x-endorse': '1' })),
    )
    expect(tally(votes)).toEqual({ 200: 200 })
    expect(new Set(votes.map(cookieOf)).size).toBe(200)
    expect(await stored(id)).toBe(200)
    expect(Math.max(...votes.map((vote) => JSON.parse(vote.text).count as number))).toBe(200)
  })
})
