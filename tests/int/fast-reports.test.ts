/**
 * 随手拍 answered before Next (publisher/fastReports.ts) on a real Node HTTP server with a temp SQLite
 * Payload: the same endpoint rules run (a report with a photo stored, the tracking code given, a
 * replayed challenge refused, a cross-site post refused with nothing read), a refusal that leaves
 * the body unread does not hang the connection, and the answer says which path answered it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_CHALLENGE } from '../../cms/collections/ResidentReports/endpoints/submit.ts'
import { setTrustedClientIp } from '../../cms/http/clientIp.ts'
import { answerReport, isFastReport } from '../../publisher/fastReports.ts'
import { photo, rawRequest, solvedChallenge } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
let server: http.Server
let base = ''
let seq = 0

const form = (overrides: Record<string, string> = {}) => {
  const data = new FormData()
  const fields = {
    category: 'dirty-corner',
    description: `快速通道测试：路灯不亮已经一周，夜里行人看不清路，编号${++seq}。`,
    place: `示范市光明路${seq}号`,
    website: '',
    ...solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE),
    ...overrides,
  }
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const post = (body: FormData, headers: Record<string, string> = {}, localAddress = '127.0.0.1') =>
  rawRequest(`${base}/api/resident-reports/submit`, {
    method: 'POST',
    body,
    headers: { accept: 'application/json', ...headers },
    localAddress,
  })

beforeAll(async () => {
  ctx = await startTempPayload('fast-reports', { PHOTO_WORKERS: '1' })
  server = http.createServer((req, res) => {
    setTrustedClientIp(req, [])
    if (isFastReport(ctx.payload, req)) void answerReport(ctx.payload, req, res)
    else res.writeHead(404).end()
  })
  base = await new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  )
}, 120_000)

afterAll(async () => {
  server?.close()
  await ctx?.close()
})

describe('随手拍 before Next', () => {
  it('should store a report with a photo and give the tracking code, saying it answered before Next', async () => {
    const body = form()
    body.append('photos', new Blob([new Uint8Array(await photo(601))], { type: 'image/jpeg' }), 'IMG_1.jpg')
    const answer = await post(body)
    expect(answer.status).toBe(201)
    expect(JSON.parse(answer.text)).toMatchObject({ ok: true, status: 'received' })
    expect(JSON.parse(answer.text).code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    expect(answer.headers['server-timing']).toContain('before-next')
    const { docs } = await ctx.payload.find({ collection: 'resident-reports', sort: '-id', limit: 1, overrideAccess: true, depth: 0 })
    expect(docs[0]).toMatchObject({ photoStatus: 'pending', status: 'received' })
  })

  it('should refuse a replayed challenge with the Chinese message', async () => {
    const solved = solvedChallenge(ctx.payload.config.secret, REPORT_CHALLENGE)
    expect((await post(form(solved), {}, '127.0.0.2')).status).toBe(201)
    const replay = await post(form(solved), {}, '127.0.0.3')
    expect(replay.status).toBe(400)
    expect(JSON.parse(replay.text).challenge).toBe('used')
  })

  it('should answer a plain form post with an HTML page', async () => {
    const answer = await rawRequest(`${base}/api/resident-reports/submit`, { method: 'POST', body: form(), localAddress: '127.0.0.4' })
    expect(answer.status).toBe(201)
    expect(answer.headers['content-type']).toContain('text/html')
    expect(answer.text).toContain('<h1>随手拍已收到，谢谢您！</h1>')
  })

  it('should refuse a cross-site post with 403, store nothing, and serve the next request on the same connection', async () => {
    const before = (await ctx.payload.count({ collection: 'resident-reports', overrideAccess: true })).totalDocs
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const body = form()
    body.append('photos', new Blob([new Uint8Array(await photo(602))], { type: 'image/jpeg' }), 'IMG_2.jpg')
    const refused = await rawRequest(`${base}/api/resident-reports/submit`, {
      method: 'POST',
      body,
      agent,
      headers: { accept: 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(refused.status).toBe(403)
    const next = await rawRequest(`${base}/api/resident-reports/submit`, {
      method: 'POST',
      body: form(),
      agent,
      headers: { accept: 'application/json' },
    })
    expect(next.status).toBe(201)
    agent.destroy()
    expect((await ctx.payload.count({ collection: 'resident-reports', overrideAccess: true })).totalDocs).toBe(before + 1)
  })
})
