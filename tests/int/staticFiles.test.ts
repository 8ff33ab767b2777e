/** The built site's file server (cms/http/staticFiles.ts) on a real folder over real HTTP. */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { candidates, servablePath, staticFiles } from '../../cms/http/staticFiles.ts'

let dir = ''
let base = ''
let server: http.Server
const big = Buffer.alloc(300 * 1024, 7)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-static-'))
  const write = (rel: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), body)
  }
  write('index.html', '<h1>首页</h1>')
  write('bulletins/a/index.html', '<h1>通报</h1>')
  write('rss.xml', '<rss/>')
  write('_astro/app.css', 'body{}')
  write('pagefind/pagefind.js', 'export{}')
  write('media/big.bin', big)
  write('.build/pages.json', '{"secret":true}')
  write('../outside-static.txt', 'outside')
  const serve = staticFiles(dir, { cacheControl: (pathname) => `cc ${pathname}`, maxFileBytes: 100 * 1024 })
  server = http.createServer((req, res) => serve(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('lookup rules', () => {
  it.each([
    ['/', ['/index.html']],
    ['/bulletins/a/', ['/bulletins/a', '/bulletins/a.html', '/bulletins/a/index.html']],
    ['/rss.xml', ['/rss.xml', '/rss.xml.html', '/rss.xml/index.html']],
  ])('%s may be %j', (pathname, expected) => {
    expect(candidates(pathname)).toEqual(expected)
  })

  it.each([
    ['/bulletins/a/', true],
    ['/.build/pages.json', false],
    ['/a/.env', false],
    ['/.well-known/security.txt', true],
    ['/a\0b', false],
    ['/.build/media.json', false],
    ['/media/.hidden.jpg', false],
    ['/_astro/.x.js', false],
    ['/a/../b', false],
    ['/.well-known-x/a', false],
    ['/a/.well-known/b', true],
    ['/a.b/c.d', true],
  ])('%s servable: %s', (pathname, servable) => {
    expect(servablePath(pathname)).toBe(servable)
  })
})

describe('serving a build folder', () => {
  it('should serve pages with their directory index, type, length, ETag and Cache-Control', async () => {
    const response = await fetch(`${base}/bulletins/a/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html;charset=utf-8')
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength('<h1>通报</h1>')))
    expect(response.headers.get('cache-control')).toBe('cc /bulletins/a/')
    expect(response.headers.get('etag')).toMatch(/^W\/"\d+-\d+"$/)
    expect(await response.text()).toBe('<h1>通报</h1>')
    expect((await fetch(`${base}/bulletins/a`)).status).toBe(200)
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>首页</h1>')
    expect((await fetch(`${base}/rss.xml`)).headers.get('content-type')).toBe('text/xml')
    expect((await fetch(`${base}/_astro/app.css`)).headers.get('content-type')).toBe('text/css')
    expect((await fetch(`${base}/pagefind/pagefind.js`)).headers.get('content-type')).toBe('text/javascript')
  })

  it('should answer a matching If-None-Match with 304 and HEAD without a body', async () => {
    const etag = (await fetch(`${base}/rss.xml`)).headers.get('etag') ?? ''
    const again = await fetch(`${base}/rss.xml`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    const head = await fetch(`${base}/rss.xml`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('6')
    expect(await head.text()).toBe('')
  })

  it('should stream a file too large to keep in memory, whole and unchanged', async () => {
    const response = await fetch(`${base}/media/big.bin`)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(big)).toBe(true)
  })

  it('should never serve dot folders, paths leaving the folder, or missing files', async () => {
    for (const pathname of [
      '/.build/pages.json',
      '/%2Ebuild/pages.json',
      '/../outside-static.txt',
      '/%2E%2E/outside-static.txt',
      '/nope/',
      '/%E0%A4%A',
    ]) {
      const response = await fetch(`${base}${pathname}`)
      expect(response.status, pathname).toBe(404)
      expect(await response.text()).not.toContain('secret')
    }
  })

  it('should serve what it remembered even after the file is gone (a build never changes), and keep serving others', async () => {
    expect((await fetch(`${base}/rss.xml`)).status).toBe(200)
    fs.rmSync(path.join(dir, 'rss.xml'))
    expect(await (await fetch(`${base}/rss.xml`)).text()).toBe('<rss/>')
    expect((await fetch(`${base}/bulletins/a/`)).status).toBe(200)
  })
})
