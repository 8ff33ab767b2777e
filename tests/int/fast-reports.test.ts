/**
 * 随手拍 answered before Next (publisher/fastReports.ts) on a real Node HTTP server with a temp SQLite
 * Payload: the same endpoint rules run (a report with a photo stored, the tracking code given, a
 * replayed challenge refused, a cross-site post refused with nothing read), a refusal that leaves
 * the body unread does not hang the connection, and the answer says which path answered it. Session 13:
 * the body is read from the Node stream straight into one buffer and the photo kept as a view of it —
 * the stored bytes are exactly the photo's; a body past the cap (no Content-Length) and an upload cut
 * off half-way store nothing and leave the server answering.
 */
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_CHALLENGE } from '../../cms/collections/ResidentReports/endpoints/submit.ts'
import { setTrustedClientIp } from '../../cms/http/clientIp.ts'
import { sqlOf } from '../../cms/limits/slotsFast.ts'
import { writerOf } from '../../cms/sqliteInstall.ts'
import { answerReport, isFastReport } from '../../publisher/fastReports.ts'
import { photo, rawRequest, solvedChallenge } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
let server: http.Server
let base = ''
let seq = 0
const PHOTO_CAP = 1_000_000
const reports = async () => (await ctx.payload.count({ collection: 'resident-reports', overrideAccess: true })).totalDocs

/** The form as bytes (what a browser sends) and its content type. */
async function encoded(body: FormData): Promise<{ type: string; bytes: Buffer }> {
  const request = new Request('http://encode/', { method: 'POST', body })
  return { type: request.headers.get('content-type') ?? '', bytes: Buffer.from(await request.arrayBuffer()) }
}

/**
 * A POST on a plain socket that sends only `send` bytes of `bytes` (all when omitted) and then cuts the
 * connection, chunked when `length` is null: the answer's status, or 'cut' when the socket closed
 * without one (a socket, not http.request: the answer is read even when the server resets the connection after it).
 */
function rawPost(
  bytes: Buffer,
  type: string,
  options: { length: number | null; send?: number; localAddress: string },
): Promise<number | 'cut'> {
  return new Promise((resolve) => {
    const { port } = server.address() as AddressInfo
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: options.localAddress })
    let received = ''
    socket.on('data', (data) => {
      received += data.toString('latin1')
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(received)
      if (status) {
        resolve(Number(status[1]))
        socket.destroy()
      }
    })
    socket.on('error', () => undefined)
    socket.on('close', () => resolve('cut'))
    const length = options.length === null ? 'Transfer-Encoding: chunked' : `Content-Length: ${options.length}`
    socket.write(
      `POST /api/resident-reports/submit HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nAccept: application/json\r\n${length}\r\n\r\n`,
    )
    const part = bytes.subarray(0, options.send ?? bytes.length)
    for (let at = 0; at < part.length; at += 64 * 1024) {
      const chunk = part.subarray(at, at + 64 * 1024)
      if (options.length === null) socket.write(`${chunk.length.toString(16)}\r\n`)
      socket.write(chunk)
      if (options.length === null) socket.write('\r\n')
    }
    if (options.send !== undefined) setTimeout(() => socket.destroy(), 300)
    else if (options.length === null) socket.write('0\r\n\r\n')
  })
}

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
  // A 1 MB photo cap: the form's cap is then 3 × 1 MB + 64 kB (reportBodyMaxBytes), quick to pass in a test.
  ctx = await startTempPayload('fast-reports', { PHOTO_WORKERS: '1', MEDIA_MAX_BYTES: String(PHOTO_CAP) })
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
  it('should find the writer that another copy of sqliteInstall registered (the server uses the Payload of Next’s bundle)', async () => {
    // A second evaluation of the module, as Next's bundle has its own: the registry is the process's, not the copy's.
    const specifier = `../../cms/sqliteInstall.ts?copy=${Date.now()}`
    const copy = (await import(/* @vite-ignore */ specifier)) as { writerOf: typeof writerOf }
    expect(copy.writerOf).not.toBe(writerOf)
    expect(writerOf(ctx.payload.db)).not.toBeNull()
    expect(copy.writerOf(ctx.payload.db)).toBe(writerOf(ctx.payload.db))
  })

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

  it('should keep exactly the photo’s bytes, not the rest of the body it was read into', async () => {
    const sent = await photo(611)
    const body = form()
    body.append('photos', new Blob([new Uint8Array(sent)], { type: 'image/jpeg' }), 'IMG_11.jpg')
    const answer = await post(body, {}, '127.0.0.11')
    expect(answer.status).toBe(201)
    const [row] = await sqlOf(ctx.payload).all(sql`SELECT bytes FROM pending_photos ORDER BY id DESC LIMIT 1`)
    const stored = row?.bytes as ArrayBuffer | Uint8Array
    expect(Buffer.from(stored instanceof ArrayBuffer ? new Uint8Array(stored) : stored).equals(sent)).toBe(true)
  })

  it('should refuse a body past the cap sent without Content-Length with 413, store nothing, and go on answering', async () => {
    const before = await reports()
    const body = form()
    body.append('photos', new Blob([new Uint8Array(await photo(612))], { type: 'image/jpeg' }), 'IMG_12.jpg')
    // Filler past the form's cap (3 × 1 MB + 64 kB), in a field the endpoint would never keep.
    body.append('filler', 'x'.repeat(3 * PHOTO_CAP + 128 * 1024))
    const { type, bytes } = await encoded(body)
    expect(await rawPost(bytes, type, { length: null, localAddress: '127.0.0.12' })).toBe(413)
    expect(await reports()).toBe(before)
    expect((await post(form(), {}, '127.0.0.12')).status).toBe(201)
    expect(await reports()).toBe(before + 1)
  })

  it('should store nothing of an upload cut off half-way, hold no report slot for it, and go on answering', async () => {
    const before = await reports()
    const body = form()
    body.append('photos', new Blob([new Uint8Array(await photo(613))], { type: 'image/jpeg' }), 'IMG_13.jpg')
    const { type, bytes } = await encoded(body)
    const cut = await rawPost(bytes, type, { length: bytes.length, send: Math.floor(bytes.length / 2), localAddress: '127.0.0.13' })
    expect(cut).toBe('cut')
    expect(await reports()).toBe(before)
    // The same network's five reports an hour are all still there: the cut one took none.
    for (let n = 0; n < 5; n++) expect((await post(form(), {}, '127.0.0.13')).status).toBe(201)
    expect(await reports()).toBe(before + 5)
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
