/**
 * Body caps over real sockets: the same request preparation and cap as publisher/server.ts in front of a
 * handler that reads whatever body reaches it (as Next and Payload would). tests/e2e/attacks.test.ts
 * repeats the large ones against the real server and watches its memory.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSettings } from '../../cms/config/settings.ts'
import { bodyCapSettings, continueWhenAdmitted, refuseOversizedBody } from '../../cms/http/bodyCap.ts'
import { prepareRequest } from '../../cms/http/prepareRequest.ts'
import { sendSlowBody } from '../helpers/slowBody.ts'

const GB = 1024 * 1024 * 1024
let server: http.Server
let port = 0
/** Body bytes the handler behind the cap has read, per request path. */
const readBytes: Record<string, number> = {}

beforeAll(async () => {
  const caps = bodyCapSettings(readSettings({}))
  server = http.createServer((req, res) => {
    prepareRequest(req, res, { https: false, frameHosts: [] }, () => undefined)
    if (refuseOversizedBody(req, res, caps)) return
    const path = req.url ?? '/'
    readBytes[path] = 0
    req.on('data', (chunk: Buffer) => {
      readBytes[path] = (readBytes[path] ?? 0) + chunk.length
    })
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ read: readBytes[path] }))
    })
  })
  server.on('checkContinue', continueWhenAdmitted(server, caps))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => {
  server?.closeAllConnections()
  server?.close()
})

async function stillServed(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/api/units`, { method: 'POST', body: '{"ok":true}' })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ read: 11 })
}

describe('body caps before parsing', () => {
  it('should answer a declared 2 GB 随手拍 with 413 before reading it, and close the connection', async () => {
    const rssBefore = process.memoryUsage().rss
    const result = await sendSlowBody({ port, path: '/api/resident-reports/submit', length: 2 * GB })
    expect(result.head).toMatch(/^HTTP\/1\.1 413 /)
    expect(result.head).toMatch(/connection: close/i)
    expect(result.sentBytes).toBeLessThan(1024 * 1024)
    expect(readBytes['/api/resident-reports/submit']).toBeUndefined()
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024)
    await stillServed()
  })

  it('should answer a chunked upload with 411 before reading it', async () => {
    const result = await sendSlowBody({ port, path: '/api/media', length: 'chunked' })
    expect(result.head).toMatch(/^HTTP\/1\.1 411 /)
    expect(result.sentBytes).toBeLessThan(1024 * 1024)
    expect(readBytes['/api/media']).toBeUndefined()
    await stillServed()
  })

  it('should name the limit in the answer, as JSON for the API and as a page for a browser form', async () => {
    const json = await fetch(`http://127.0.0.1:${port}/api/graphql`, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) })
    expect(json.status).toBe(413)
    expect(await json.json()).toEqual({
      errors: [{ field: 'body', message: '提交的内容过大：GraphQL最多接受 1 MB / request body too large: at most 1 MB for GraphQL' }],
    })
    const page = await sendSlowBody({ port, path: '/api/good-people/1/objection', length: 70 * 1024, headers: ['Accept: text/html'] })
    expect(page.head).toMatch(/^HTTP\/1\.1 413 /)
    expect(page.head).toMatch(/content-type: text\/html/i)
    await stillServed()
  })

  it('should refuse a multipart form post to a Next page (which would try it as a form action), not to an API route', async () => {
    const form = { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '{"title":"x"}' }
    for (const path of ['/api', '/api/', '/admin/login']) {
      const refused = await fetch(`http://127.0.0.1:${port}${path}`, form)
      expect([path, refused.status]).toEqual([path, 415])
    }
    expect((await fetch(`http://127.0.0.1:${port}/api/media`, form)).status).toBe(200)
    await stillServed()
  })

  it('should let a body within its cap through whole', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 1)
    const response = await fetch(`http://127.0.0.1:${port}/api/media`, { method: 'POST', body })
    expect(await response.json()).toEqual({ read: body.length })
  })

  it('should not say 100 Continue to a body over its cap, and say it to one within', async () => {
    const exchange = (length: number) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1')
        let received = ''
        socket.on('data', (data) => {
          received += data.toString('latin1')
          if (received.startsWith('HTTP/1.1 100 Continue\r\n\r\n') && received.length === 25) socket.write('x'.repeat(length))
        })
        socket.on('close', () => resolve(received))
        socket.write(
          `POST /api/units HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
        )
      })
    const over = await exchange(5 * 1024 * 1024)
    expect(over).toMatch(/^HTTP\/1\.1 413 /)
    const within = await exchange(10)
    expect(within).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /)
    expect(within).toContain('{"read":10}')
  })
})
