/**
 * 点赞 in one process, without Next (npx tsx bench/endorseInProcess.ts): 50 clients × 20 votes, each a
 * new browser (GET its signed id, then POST), against (a) the fast route publisher/server.ts answers
 * before Next (publisher/fastApi.ts) and (b) Payload's REST handler (handleEndpoints) for the same
 * endpoint, on one temp SQLite database, in the same run — a ratio on a shared machine.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { handleEndpoints, type Payload } from 'payload'
import { addChinaDays } from '../cms/domain/dates.ts'
import { setTrustedClientIp } from '../cms/http/clientIp.ts'
import { answerFast, fastRoute } from '../publisher/fastApi.ts'
import { makeRefs, validData } from '../tests/helpers/fixtures.ts'
import { rawRequest } from '../tests/helpers/residents.ts'
import { startTempPayload } from '../tests/helpers/tempPayload.ts'
import { CLIENTS, drive } from './residents.ts'

const ctx = await startTempPayload('endorse-inproc')
const refs = await makeRefs(ctx.payload)

async function nominee(payload: Payload, name: string): Promise<number> {
  const round = await payload.create({
    collection: 'selection-rounds',
    data: {
      title: name,
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

function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler)
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  )
}
const fast = await serve((req, res) => {
  setTrustedClientIp(req, [])
  const match = fastRoute(req)
  if (match) void answerFast(ctx.payload, match, req, res)
  else res.writeHead(404).end()
})
const rest = await serve(async (req, res) => {
  setTrustedClientIp(req, [])
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  const response = await handleEndpoints({
    config: ctx.config as never,
    request: new Request(`http://localhost${req.url}`, { method: req.method, headers }),
    payloadInstanceCacheKey: ctx.key,
  })
  const body = Buffer.from(await response.arrayBuffer())
  const out: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value
  })
  if (response.headers.getSetCookie().length) out['set-cookie'] = response.headers.getSetCookie()
  res.writeHead(response.status, out).end(body)
})

for (const [name, base, block] of [
  ['fast route', fast, 140],
  ['Payload REST handler', rest, 150],
  ['fast route again', fast, 160],
] as const) {
  const id = await nominee(ctx.payload, name)
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')
  const result = await drive(20, block, 200, async (_c, _i, agent) => {
    const url = `${base}/api/good-people/${id}/endorse`
    const ready = await rawRequest(url, { agent, headers: { accept: 'application/json' } })
    const cookie = String([ready.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
    const vote = await rawRequest(url, { method: 'POST', agent, headers: { accept: 'application/json', cookie } })
    return { ...vote, ms: ready.ms + vote.ms }
  })
  const stored = (await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: id } }, overrideAccess: true }))
    .totalDocs
  console.log(
    `${name}: ${CLIENTS}×20 votes ${result.requestsPerSecond}/s p50 ${result.p50} p95 ${result.p95} max ${result.max} ms, errors ${result.errors}, stored ${stored}, load ${load}`,
  )
}
await ctx.close()
process.exit(0)
