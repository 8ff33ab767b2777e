/**
 * The public origin's HTTP hardening over real sockets: the same request preparation and site
 * handler as publisher/server.ts, serving a small temp folder (Next and the preview are not started).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareRequest } from '../../cms/http/prepareRequest.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
const EVIL = '<script>alert(document.cookie)</script>'
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-http-security-'))
const logged: string[] = []
let server: http.Server
let port = 0
let base = ''

function write(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), content)
}

beforeAll(async () => {
  write('index.html', '<!doctype html><html lang="zh-CN"><title>首页</title><h1>首页</h1></html>')
  write('404.html', '<!doctype html><html lang="zh-CN"><title>页面未找到</title><h1>页面未找到</h1></html>')
  write('media/x.jpg', JPEG)
  write('media/report.pdf', '%PDF-1.4\n%%EOF\n')
  write('media/evil.html', EVIL)
  write('media/evil.svg', `<svg xmlns="http://www.w3.org/2000/svg">${EVIL}</svg>`)
  write('media/evil.jpg.html', EVIL)
  const site = siteHandler(root)
  server = http.createServer((req, res) => {
    prepareRequest(req, res, { https: true, frameHosts: ['v.qq.com'] }, (line) => logged.push(line))
    if (req.url?.startsWith('/refused')) {
      res.writeHead(403)
      res.end()
      return
    }
    if (req.url === '/whoami') {
      res.end(String(req.headers['x-real-ip']))
      return
    }
    serveFrom(site, req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
})

afterAll(() => {
  server?.closeAllConnections()
  server?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

type RawResponse = { status: number; headers: Record<string, string>; body: Buffer }

/** One GET over a raw socket; rejects when the server has not finished answering within `ms`. */
function rawGet(pathname: string, headers: Record<string, string>, ms = 2000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no complete answer within ${ms} ms for ${JSON.stringify(headers)}`))
    }, ms)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      clearTimeout(timer)
      const raw = Buffer.concat(chunks)
      const split = raw.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n')
      const parsed = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: raw.subarray(split + 4) })
    })
    const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
    socket.write(`GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra.join('')}\r\n`)
  })
}

const cspDirectives = (response: Response): string[] =>
  (response.headers.get('content-security-policy') ?? '').split(';').map((part) => part.trim())

describe('security headers', () => {
  it('should send the hardening headers and a strict policy on a site page', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    const policy = cspDirectives(response)
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain('frame-src https://v.qq.com')
  })

  it('should send the same headers on the 404 page', async () => {
    const response = await fetch(`${base}/no-such-page/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('页面未找到')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(cspDirectives(response)).toContain("base-uri 'self'")
  })

  it('should serve an uploaded image as a sandboxed, never-sniffed image', async () => {
    const response = await fetch(`${base}/media/x.jpg`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(cspDirectives(response)).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox']))
    expect(Buffer.from(await response.arrayBuffer())).toEqual(JPEG)
  })

  it('should send an uploaded PDF as a download', async () => {
    const response = await fetch(`${base}/media/report.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(cspDirectives(response)).toContain('sandbox')
  })

  it.each([
    '/media/evil.html',
    '/media/evil.svg',
    '/media/evil',
    '/media/evil%2Ehtml',
    '/media/evil.jpg',
    '/media/',
    '/media/../index.html',
  ])('should answer %s with 404 and none of the file', async (pathname) => {
    const response = await rawGet(pathname, {})
    expect(response.status).toBe(404)
    expect(response.body.toString()).not.toContain('<script>')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })
})

describe('range requests', () => {
  it.each(['bytes=9-1', 'bytes=abc', 'bytes=0-1,4-5', 'bytes=-', 'items=0-1'])(
    'should answer %s with the whole file at once and keep serving',
    async (range) => {
      const response = await rawGet('/media/x.jpg', { Range: range })
      expect([200, 416]).toContain(response.status)
      if (response.status === 200) expect(response.body).toEqual(JPEG)
      const next = await fetch(`${base}/media/x.jpg`)
      expect(next.status).toBe(200)
    },
  )

  it('should serve bytes=0-18446744073709551615 as the whole file in one 206', async () => {
    const response = await rawGet('/media/x.jpg', { Range: 'bytes=0-18446744073709551615' })
    expect(response.status).toBe(206)
    expect(response.headers['content-range']).toBe(`bytes 0-${JPEG.length - 1}/${JPEG.length}`)
    expect(response.body).toEqual(JPEG)
  })

  it.each([
    ['bytes=2-5', 2, 5],
    ['bytes=0-0', 0, 0],
    ['bytes=15-', 15, JPEG.length - 1],
    ['bytes=-4', JPEG.length - 4, JPEG.length - 1],
    ['bytes=18-99', 18, JPEG.length - 1],
  ])('should answer %s with 206 and exactly those bytes', async (range, start, end) => {
    const response = await rawGet('/media/x.jpg', { Range: range })
    expect(response.status).toBe(206)
    expect(response.headers['content-range']).toBe(`bytes ${start}-${end}/${JPEG.length}`)
    expect(response.headers['content-type']).toBe('image/jpeg')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.body).toEqual(JPEG.subarray(start, end + 1))
  })

  it.each(['bytes=20-', 'bytes=1000-2000', 'bytes=-0'])('should answer %s with 416 naming the size', async (range) => {
    const response = await rawGet('/media/x.jpg', { Range: range })
    expect(response.status).toBe(416)
    expect(response.headers['content-range']).toBe(`bytes */${JPEG.length}`)
  })

  it('should ignore a Range on a page and send it whole', async () => {
    const response = await rawGet('/', { Range: 'bytes=9-1' })
    expect(response.status).toBe(200)
    expect(response.body.toString()).toContain('<h1>首页</h1>')
  })

  it('should ignore a Range sent with If-Range', async () => {
    const response = await rawGet('/media/x.jpg', { Range: 'bytes=2-5', 'If-Range': 'W/"stale"' })
    expect(response.status).toBe(200)
    expect(response.body).toEqual(JPEG)
  })
})

describe('request preparation', () => {
  it('should log a refused request as one line with method, path, status and address', async () => {
    await fetch(`${base}/refused?token=secret`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(logged).toContain('refused 403 GET /refused ip=127.0.0.1')
    expect(logged.join('\n')).not.toContain('secret')
  })

  it('should not log an answered request', async () => {
    const before = logged.length
    await fetch(`${base}/`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(logged.length).toBe(before)
  })

  it('should overwrite a client-sent x-real-ip with the socket address', async () => {
    const response = await fetch(`${base}/whoami`, { headers: { 'x-real-ip': '203.0.113.9' } })
    expect(await response.text()).toBe('127.0.0.1')
  })
})

describe('site scripts', () => {
  /** Every <script> in the site's templates, so the site's CSP never needs 'unsafe-inline'. */
  function scriptTags(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return scriptTags(full)
      if (!entry.name.endsWith('.astro')) return []
      return [...fs.readFileSync(full, 'utf8').matchAll(/<script\b[^>]*>/g)].map((match) => `${entry.name}: ${match[0]}`)
    })
  }

  it('should load every script of the site from a file', () => {
    const tags = scriptTags(path.resolve('site'))
    expect(tags.length).toBeGreaterThan(0)
    expect(tags.filter((tag) => !/\ssrc="\/js\/[a-z-]+\.js"/.test(tag))).toEqual([])
  })

  it('should load the elder-mode script in the head without defer, so it applies before the first paint', () => {
    const layout = fs.readFileSync(path.resolve('site/layouts/Base.astro'), 'utf8')
    const head = layout.slice(0, layout.indexOf('</head>'))
    expect(head).toContain('<script is:inline src="/js/mode.js"></script>')
  })
})
