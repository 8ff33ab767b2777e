/**
 * The shipped nginx front (deploy/nginx.ts, the generator of deploy/nginx.conf) run by Debian's
 * nginx against a built seeded site, side by side with the built-in static server on the same
 * folder: same status, security headers (as cms/http/rules/securityHeaders.ts decides them), caching,
 * 404 page, upload type rules and Range answers; /api, /admin, /_next, /preview and the residents'
 * form pages (a fresh challenge from Node each time) proxied with the client address headers.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_ROUTES_FILE } from '../../cms/domain/addresses.ts'
import { DEFAULT_EMBED_HOSTS } from '../../cms/domain/embeds.ts'
import { formPageOf } from '../../cms/domain/formPages.ts'
import { prepareRequest } from '../../cms/http/prepareRequest.ts'
import { isCmsPath } from '../../cms/http/rules/routing.ts'
import { responseKind, securityHeaders } from '../../cms/http/rules/securityHeaders.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'
import { type BuiltSite, buildSeededSite } from '../helpers/builtSite.ts'
import { ensureNginx, type NginxFront, startNginxFront } from '../helpers/nginx.ts'
import { freePort } from '../helpers/ports.ts'

const SECURITY = { https: false, frameHosts: DEFAULT_EMBED_HOSTS }
type Seen = { url: string; headers: http.IncomingHttpHeaders }

let site: BuiltSite
let nginx: NginxFront
let nginxBase = ''
let builtInBase = ''
let builtIn: http.Server
let upstream: http.Server
const proxied: Seen[] = []
/** Site requests nginx handed to Node (embeds, files the build does not have). */
const fallback: string[] = []
const EMBED_ORIGINS = ['https://news.example.cn', 'https://tv.example.cn:8443']
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(96, 7)])

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
}

beforeAll(async () => {
  ensureNginx()
  site = await buildSeededSite('nginx')
  // Uploads as a build links them, and files that must never be served from the media path.
  fs.mkdirSync(path.join(site.out, 'media'), { recursive: true })
  fs.writeFileSync(path.join(site.out, 'media', 'photo.jpg'), JPEG)
  fs.writeFileSync(path.join(site.out, 'media', 'notice.pdf'), '%PDF-1.4\n% test\n')
  fs.writeFileSync(path.join(site.out, 'media', 'evil.html'), '<script>alert(1)</script>')
  fs.writeFileSync(path.join(site.out, 'media', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  fs.mkdirSync(path.join(site.out, '_astro'), { recursive: true })
  fs.writeFileSync(path.join(site.out, '_astro', 'index.Ab12Cd34.css'), 'body{margin:0}')
  // Dot files where each location would serve them, beside the build's own .build/ metadata.
  for (const [file, content] of [
    ['bulletins/.hidden.html', '<p>hidden page</p>'],
    ['_astro/.hidden.css', 'hidden{}'],
    ['media/.hidden.jpg', JPEG],
    ['.well-known/security.txt', 'Contact: mailto:wenming@example.gov.cn\n'],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(site.out, file)), { recursive: true })
    fs.writeFileSync(path.join(site.out, file), content)
  }

  // The build's routes file (publisher/siteRoutes.ts), as the builder writes it from the slug history.
  const routes = {
    moved: { '/bulletins/old-name/': '/bulletins/', '/bulletins/older-name/': '/bulletins/' },
    gone: ['/bulletins/withdrawn-item/'],
    embedOrigins: EMBED_ORIGINS,
  }
  fs.writeFileSync(path.join(site.out, SITE_ROUTES_FILE), JSON.stringify(routes))
  const handler = siteHandler(site.out)
  const security = { ...SECURITY, embedOrigins: () => handler.routes.embedOrigins }
  upstream = http.createServer((req, res) => {
    const url = req.url ?? '/'
    // What nginx sends Node for the site (embeds, files it does not have) the real server answers from the build.
    if (!isCmsPath(url) && !url.startsWith('/preview/') && !formPageOf(url.split('?')[0] ?? '/')) {
      fallback.push(url)
      prepareRequest(req, res, security, () => undefined)
      serveFrom(handler, req, res)
      return
    }
    proxied.push({ url, headers: req.headers })
    res.writeHead(200, { 'content-type': 'application/json', 'content-security-policy': 'from-node', 'cache-control': 'no-store' })
    res.end(JSON.stringify({ upstream: true, url: req.url }))
  })
  const upstreamPort = await freePort()
  await listen(upstream, upstreamPort)

  builtIn = http.createServer((req, res) => {
    prepareRequest(req, res, security, () => undefined)
    serveFrom(handler, req, res)
  })
  const builtInPort = await freePort()
  builtInBase = `http://127.0.0.1:${builtInPort}`
  await listen(builtIn, builtInPort)
  nginx = await startNginxFront({
    dir: path.join(site.dir, 'nginx'),
    siteRoot: site.out,
    upstreams: [`127.0.0.1:${upstreamPort}`],
    frameHosts: SECURITY.frameHosts,
  })
  nginxBase = nginx.base
}, 400_000)

afterAll(async () => {
  await nginx?.stop()
  await new Promise((resolve) => builtIn?.close(resolve))
  await new Promise((resolve) => upstream?.close(resolve))
  site?.cleanup()
})

type Answer = { status: number; headers: Headers; body: Buffer }
async function get(base: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${pathname}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}
const both = (pathname: string, headers: Record<string, string> = {}) =>
  Promise.all([get(nginxBase, pathname, headers), get(builtInBase, pathname, headers)])

/** The headers the policy names, as one server answered them. */
function policyHeaders(answer: Answer, pathname: string): Record<string, string | null> {
  const expected = securityHeaders({ kind: responseKind(pathname), ...SECURITY })
  return Object.fromEntries(Object.keys(expected).map((name) => [name, answer.headers.get(name)]))
}
const mediaType = (answer: Answer) => (answer.headers.get('content-type') ?? '').split(';')[0]?.trim()

/** A hashed build asset (not the dot file written beside them): the build's own when it has one (Astro inlines small styles), else the one written beside them. */
function firstAsset(): string {
  const name = fs
    .readdirSync(path.join(site.out, '_astro'))
    .find((file) => !file.startsWith('.') && (file.endsWith('.css') || file.endsWith('.js')))
  return `/_astro/${name}`
}

describe('nginx front (deploy/nginx.conf) beside the built-in server', () => {
  it.each(['/', '/rss.xml', '/404.html', '/bulletins/', '/media/photo.jpg', '/media/notice.pdf'])(
    'should answer %s with the same status, body, security headers and caching as the built-in server',
    async (pathname) => {
      const [front, builtInAnswer] = await both(pathname)
      expect(front.status).toBe(200)
      expect(builtInAnswer.status).toBe(200)
      expect(policyHeaders(front, pathname)).toEqual(securityHeaders({ kind: responseKind(pathname), ...SECURITY }))
      expect(policyHeaders(front, pathname)).toEqual(policyHeaders(builtInAnswer, pathname))
      expect(front.headers.get('cache-control')).toBe(builtInAnswer.headers.get('cache-control'))
      expect(mediaType(front)).toBe(mediaType(builtInAnswer))
      expect(front.body.equals(builtInAnswer.body)).toBe(true)
    },
  )

  it('should cache hashed assets for a year and pages not at all, as the built-in server does', async () => {
    const asset = firstAsset()
    const [front, builtInAnswer] = await both(asset)
    expect(front.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(builtInAnswer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(policyHeaders(front, asset)).toEqual(policyHeaders(builtInAnswer, asset))
    expect((await get(nginxBase, '/')).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  })

  it('should answer an unknown page with the Chinese 404 page and the site headers', async () => {
    const [front, builtInAnswer] = await both('/no-such-page/')
    expect([front.status, builtInAnswer.status]).toEqual([404, 404])
    expect(front.body.toString()).toBe(site.read('404.html'))
    expect(front.body.toString()).toMatch(/[\u4e00-\u9fff]/)
    expect(policyHeaders(front, '/no-such-page/')).toEqual(policyHeaders(builtInAnswer, '/no-such-page/'))
    expect(front.headers.get('cache-control')).toBe(builtInAnswer.headers.get('cache-control'))
  })

  it('should serve only allowed upload types from /media/, with the upload CSP, and a PDF as a download', async () => {
    for (const pathname of ['/media/evil.html', '/media/logo.svg', '/media/missing.jpg']) {
      const [front, builtInAnswer] = await both(pathname)
      expect([pathname, front.status, builtInAnswer.status]).toEqual([pathname, 404, 404])
      expect(front.body.toString()).not.toContain('<script>')
      expect(front.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox; frame-ancestors 'none'")
    }
    const [jpeg, pdf] = await Promise.all([get(nginxBase, '/media/photo.jpg'), get(nginxBase, '/media/notice.pdf')])
    expect([jpeg.headers.get('content-type'), jpeg.headers.get('x-content-type-options')]).toEqual(['image/jpeg', 'nosniff'])
    expect([pdf.headers.get('content-type'), pdf.headers.get('content-disposition')]).toEqual(['application/pdf', 'attachment'])
    expect((await get(nginxBase, '/media/PHOTO.JPG')).status).toBe((await get(builtInBase, '/media/PHOTO.JPG')).status)
  })

  it("should refuse every dot path — the build's .build/ metadata first — with 404, as the built-in server does", async () => {
    const metadata = fs
      .readdirSync(path.join(site.out, '.build'))
      .filter((file) => fs.statSync(path.join(site.out, '.build', file)).isFile())
    expect(metadata.length).toBeGreaterThan(0)
    const first = metadata[0] as string
    const hidden = [
      ...metadata.map((file) => `/.build/${file}`),
      '/.build/',
      `/%2ebuild/${first}`,
      `/bulletins/../.build/${first}`,
      '/bulletins/.hidden.html',
      '/_astro/.hidden.css',
      '/media/.hidden.jpg',
    ]
    for (const pathname of hidden) {
      const [front, builtInAnswer] = await both(pathname)
      expect([pathname, front.status, builtInAnswer.status]).toEqual([pathname, 404, 404])
      // The site's 404 page, or the plain one under /media/: never the file.
      expect([pathname, front.body.equals(builtInAnswer.body)]).toEqual([pathname, true])
      expect(front.body.toString()).toBe(pathname.startsWith('/media/') ? '404' : site.read('404.html'))
    }
    expect(fs.readFileSync(path.join(site.out, '.build', first)).length).toBeGreaterThan(0)
    const [known, builtInKnown] = await both('/.well-known/security.txt')
    expect([known.status, builtInKnown.status]).toEqual([200, 200])
  })

  it('should answer Range requests on uploads with 206 and 416 as the built-in server does, and ignore Range on pages', async () => {
    const [partial, builtInPartial] = await both('/media/photo.jpg', { range: 'bytes=0-9' })
    expect([partial.status, builtInPartial.status]).toEqual([206, 206])
    expect(partial.headers.get('content-range')).toBe(`bytes 0-9/${JPEG.length}`)
    expect(builtInPartial.headers.get('content-range')).toBe(`bytes 0-9/${JPEG.length}`)
    expect(partial.body.equals(JPEG.subarray(0, 10))).toBe(true)
    const [past, builtInPast] = await both('/media/photo.jpg', { range: 'bytes=100000-' })
    expect([past.status, builtInPast.status]).toEqual([416, 416])
    expect(past.headers.get('content-range')).toBe(`bytes */${JPEG.length}`)
    const [page, builtInPage] = await both('/', { range: 'bytes=0-9' })
    expect([page.status, builtInPage.status]).toEqual([200, 200])
    expect(page.body.length).toBe(builtInPage.body.length)
  })

  it('should proxy the admin, the API, Next assets and previews to Node with the client address headers, adding no site headers', async () => {
    proxied.length = 0
    for (const pathname of ['/api/bulletins?limit=1', '/admin', '/admin/login', '/_next/static/x.js', '/preview/bulletins/1']) {
      const answer = await get(nginxBase, pathname)
      expect([pathname, answer.status, answer.headers.get('content-security-policy')]).toEqual([pathname, 200, 'from-node'])
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(JSON.parse(answer.body.toString())).toEqual({ upstream: true, url: pathname })
    }
    expect(proxied.map((request) => request.url)).toEqual([
      '/api/bulletins?limit=1',
      '/admin',
      '/admin/login',
      '/_next/static/x.js',
      '/preview/bulletins/1',
    ])
    const headers = proxied[0]?.headers ?? {}
    expect([headers['x-real-ip'], headers['x-forwarded-for'], headers['x-forwarded-proto']]).toEqual(['127.0.0.1', '127.0.0.1', 'http'])
    expect(headers.host).toBe(new URL(nginxBase).host)
    // A path that only starts like a CMS prefix is the site's.
    expect((await get(nginxBase, '/administrator')).status).toBe(404)
    expect(proxied).toHaveLength(5)
  })

  it('should proxy exactly the residents’ form pages to Node (a fresh challenge each), and serve every other page from the files', async () => {
    proxied.length = 0
    const forms = ['/report/', '/report', '/report/index.html', '/good-people/q3-yang-guifang/objection/']
    for (const pathname of forms) {
      const answer = await get(nginxBase, pathname)
      expect([pathname, answer.status, answer.headers.get('content-security-policy')]).toEqual([pathname, 200, 'from-node'])
      expect(answer.headers.get('cache-control')).toBe('no-store')
    }
    expect(proxied.map((request) => request.url)).toEqual(forms)
    for (const pathname of ['/report/status/', '/good-people/q3-yang-guifang/', '/good-people/.build/objection/']) {
      const answer = await get(nginxBase, pathname)
      expect([pathname, answer.headers.get('content-security-policy')]).not.toEqual([pathname, 'from-node'])
    }
    expect(proxied).toHaveLength(forms.length)
  })

  it('should answer an earlier address with one 301 to the current one and a withdrawn item with 410, as the built-in server does', async () => {
    fallback.length = 0
    for (const old of ['/bulletins/old-name/', '/bulletins/older-name', '/bulletins/old-name/?utm=x']) {
      const [front, builtInAnswer] = await both(old)
      expect([old, front.status, builtInAnswer.status]).toEqual([old, 301, 301])
      expect(front.headers.get('location')).toBe('/bulletins/')
      expect(builtInAnswer.headers.get('location')).toBe('/bulletins/')
    }
    const [gone, builtInGone] = await both('/bulletins/withdrawn-item/')
    expect([gone.status, builtInGone.status]).toEqual([410, 410])
    expect(gone.body.toString()).toBe(site.read('410/index.html'))
    expect(gone.body.toString()).toContain('内容已撤下')
    expect(policyHeaders(gone, '/x/')).toEqual(policyHeaders(builtInGone, '/x/'))
    expect(fallback).toContain('/bulletins/withdrawn-item/')
    for (const evil of ['//evil.com/', '/%2F%2Fevil.com/', '/bulletins/old-name/..%2F..%2F%2Fevil.com']) {
      const [front] = await both(evil)
      expect([evil, front.headers.get('location')]).toEqual([evil, null])
    }
  })

  it('should let exactly the listed origins frame the embed pages, and nobody any other page', async () => {
    const [embed, builtInEmbed] = await both('/embed/rankings/latest/')
    expect([embed.status, builtInEmbed.status]).toEqual([200, 200])
    expect(embed.body.equals(builtInEmbed.body)).toBe(true)
    for (const answer of [embed, builtInEmbed]) {
      expect(answer.headers.get('content-security-policy')?.match(/frame-ancestors ([^;]*)/)?.[1]).toBe(EMBED_ORIGINS.join(' '))
      expect(answer.headers.get('x-frame-options')).toBeNull()
    }
    for (const pathname of ['/', '/partners/embed/', '/rankings/', '/no-such-page/']) {
      const [front] = await both(pathname)
      expect([pathname, front.headers.get('x-frame-options')]).toEqual([pathname, 'DENY'])
      expect(front.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
  })

  it.each(['/rss.xml', '/exposures/feed.json', '/units/s-heping/rss.xml'])(
    'should serve the feed %s to any origin with the built-in server’s validators, and 304 to either (issue 25)',
    async (pathname) => {
      const [front, builtInAnswer] = await both(pathname, { origin: 'https://news.example.com' })
      expect(front.status).toBe(200)
      expect(front.headers.get('access-control-allow-origin')).toBe('*')
      expect(builtInAnswer.headers.get('access-control-allow-origin')).toBe('*')
      // Both take Last-Modified from the file's time: the feed's newest item (publisher/astro/feedTimes.ts).
      const lastModified = String(front.headers.get('last-modified'))
      expect(lastModified).toBe(builtInAnswer.headers.get('last-modified'))
      expect(Date.parse(lastModified)).toBeLessThan(Date.now() - 1000)
      const byDate = await get(nginxBase, pathname, { 'if-modified-since': lastModified })
      expect(byDate.status).toBe(304)
      expect(byDate.headers.get('access-control-allow-origin')).toBe('*')
      const byTag = await get(nginxBase, pathname, { 'if-none-match': String(front.headers.get('etag')) })
      expect(byTag.status).toBe(304)
      expect((await get(builtInBase, pathname, { 'if-modified-since': lastModified })).status).toBe(304)
      expect((await get(nginxBase, '/')).headers.get('access-control-allow-origin')).toBeNull()
    },
  )
})
