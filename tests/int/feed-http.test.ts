/**
 * Feeds over the built-in server (publisher/siteHandler.ts) on real folders over real HTTP (issue 25):
 * CORS for any origin, and validators that last across builds — two builds writing the same feed at
 * different times answer with the same ETag and Last-Modified, so a reader gets 304 after a rebuild.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setFeedTimes } from '../../publisher/astro/feedTimes.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'

const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><lastBuildDate>Mon, 01 Jun 2026 08:00:00 GMT</lastBuildDate><item><title>a</title></item></channel></rss>'
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: 'urn:uuid:x', date_modified: '2026-05-30T00:00:00.000Z' }],
})

let root = ''
const servers: http.Server[] = []
const bases: string[] = []

function writeBuild(name: string): string {
  const dir = path.join(root, name)
  for (const [rel, body] of [
    ['rss.xml', RSS],
    ['tv/feed.json', JSON_FEED],
    ['units/east/rss.xml', RSS],
    ['index.html', '<h1>首页</h1>'],
  ]) {
    fs.mkdirSync(path.dirname(path.join(dir, rel as string)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel as string), body as string)
  }
  return dir
}

async function serve(dir: string): Promise<string> {
  const site = siteHandler(dir)
  const server = http.createServer((req, res) => serveFrom(site, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-feed-http-'))
  const first = writeBuild('build-1')
  expect(setFeedTimes(first)).toBe(3)
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const second = writeBuild('build-2')
  expect(setFeedTimes(second)).toBe(3)
  bases.push(await serve(first), await serve(second))
})

afterAll(() => {
  for (const server of servers) server.close()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('feeds from the built-in server', () => {
  it.each(['/rss.xml', '/tv/feed.json', '/units/east/rss.xml'])(
    'should let any origin read %s and date it by its newest item',
    async (feed) => {
      const res = await fetch(`${bases[0]}${feed}`, { headers: { origin: 'https://news.example.com' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Last-Modified')
      expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
      expect(res.headers.get('last-modified')).toBe(
        feed.endsWith('.json') ? 'Sat, 30 May 2026 00:00:00 GMT' : 'Mon, 01 Jun 2026 08:00:00 GMT',
      )
    },
  )

  it('should not add CORS to pages', async () => {
    const res = await fetch(`${bases[0]}/`)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('should keep ETag and Last-Modified across a rebuild and answer 304 to either validator from the last build', async () => {
    const before = await fetch(`${bases[0]}/rss.xml`)
    const etag = String(before.headers.get('etag'))
    const lastModified = String(before.headers.get('last-modified'))
    const after = await fetch(`${bases[1]}/rss.xml`)
    expect(after.headers.get('etag')).toBe(etag)
    expect(after.headers.get('last-modified')).toBe(lastModified)
    const byTag = await fetch(`${bases[1]}/rss.xml`, { headers: { 'if-none-match': etag } })
    expect(byTag.status).toBe(304)
    expect(byTag.headers.get('access-control-allow-origin')).toBe('*')
    expect(await byTag.text()).toBe('')
    const byDate = await fetch(`${bases[1]}/rss.xml`, { headers: { 'if-modified-since': lastModified } })
    expect(byDate.status).toBe(304)
    const older = await fetch(`${bases[1]}/rss.xml`, { headers: { 'if-modified-since': 'Sun, 31 May 2026 00:00:00 GMT' } })
    expect(older.status).toBe(200)
    expect(await older.text()).toBe(RSS)
  })
})
