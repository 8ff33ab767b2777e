/**
 * Links that last, on a real Payload: the slug history (网址记录) the server keeps when a published
 * item is renamed, unpublished or deleted; the routes file a build gets from it; the built-in server's
 * answers (301 straight to the current address, 410 with a notice and none of the item's text,
 * frame-ancestors on embeds only); and who may touch the history (nobody through the API).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_ROUTES_FILE } from '../../cms/domain/addresses.ts'
import { prepareRequest } from '../../cms/http/prepareRequest.ts'
import type { User } from '../../cms/payload-types.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'
import { readSiteRoutes, writeSiteRoutes } from '../../publisher/siteRoutes.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let liaison: User
const as = (user?: User) => ({ user, overrideAccess: false as const })

beforeAll(async () => {
  ctx = await startTempPayload('links')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
})
afterAll(() => ctx.close())

/** Submitted by an editor, published by a reviewer (the review workflow). */
async function publish(collection: 'bulletins' | 'exposures', data: Record<string, unknown>) {
  const draft = await ctx.payload.create({ collection, data: data as never, draft: true, ...as(editor) })
  await ctx.payload.update({ collection, id: draft.id, data: { reviewState: 'submitted' } as never, draft: true, ...as(editor) })
  return ctx.payload.update({ collection, id: draft.id, data: { _status: 'published' } as never, ...as(reviewer) })
}
/** A change written as a draft, submitted by the editor and published by a reviewer. */
async function republish(id: number, data: Record<string, unknown>) {
  await ctx.payload.update({
    collection: 'bulletins',
    id,
    data: { ...data, reviewState: 'submitted' } as never,
    draft: true,
    ...as(editor),
  })
  return ctx.payload.update({ collection: 'bulletins', id, data: { _status: 'published' } as never, ...as(reviewer) })
}
const rename = (id: number, slug: string) => republish(id, { slug })

async function recordsOf(collection: string, id: number) {
  const { docs } = await ctx.payload.find({
    collection: 'site-addresses',
    where: { and: [{ collection: { equals: collection } }, { docId: { equals: String(id) } }] },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => ({ slug: doc.slug, path: doc.path, withdrawn: doc.withdrawnAt !== null && doc.withdrawnAt !== undefined }))
}

/** A build folder as the builder leaves it: pages, 404 and 410 pages, and the routes file read from the database now. */
async function fakeBuild(pages: Record<string, string>): Promise<string> {
  const dir = fs.mkdtempSync(path.join(ctx.dir, 'build-'))
  const files = { '404.html': '<h1>页面未找到</h1>', '410/index.html': '<main><h1>内容已撤下</h1></main>', ...pages }
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), body)
  }
  writeSiteRoutes(dir, await readSiteRoutes(ctx.payload, new Date()))
  return dir
}

/** The built-in server's site path for one build: security headers, then the file server (publisher/server.ts). */
async function serve(dir: string, run: (base: string) => Promise<void>): Promise<void> {
  const site = siteHandler(dir)
  const server = http.createServer((req, res) => {
    prepareRequest(req, res, { https: false, frameHosts: [], embedOrigins: () => site.routes.embedOrigins }, () => undefined)
    serveFrom(site, req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.close()
  }
}
const get = (url: string) => fetch(url, { redirect: 'manual' })

describe('renaming a published item twice', () => {
  let id = 0
  beforeAll(async () => {
    const doc = await publish('bulletins', { ...validData.bulletins(), slug: 'first-name' })
    id = doc.id as number
    await rename(id, 'second-name')
    await rename(id, 'third-name')
  })

  it('should keep every address the item was published under', async () => {
    expect(await recordsOf('bulletins', id)).toEqual([
      { slug: 'first-name', path: '/bulletins/first-name/', withdrawn: false },
      { slug: 'second-name', path: '/bulletins/second-name/', withdrawn: false },
      { slug: 'third-name', path: '/bulletins/third-name/', withdrawn: false },
    ])
  })

  it('should not record a slug only a draft ever had', async () => {
    await ctx.payload.update({ collection: 'bulletins', id, data: { slug: 'draft-only-name' } as never, draft: true, ...as(editor) })
    expect((await recordsOf('bulletins', id)).map((row) => row.slug)).not.toContain('draft-only-name')
    const routes = await readSiteRoutes(ctx.payload, new Date())
    expect(routes.moved['/bulletins/first-name/']).toBe('/bulletins/third-name/')
  })

  it('should answer every old address with one 301 straight to the current one, in the built-in server', async () => {
    const dir = await fakeBuild({ 'bulletins/third-name/index.html': '<h1>现在的通报</h1>' })
    await serve(dir, async (base) => {
      for (const old of [
        '/bulletins/first-name/',
        '/bulletins/second-name/',
        '/bulletins/second-name',
        '/bulletins/first-name/?from=feed',
      ]) {
        const response = await get(base + old)
        expect(response.status).toBe(301)
        expect(response.headers.get('location')).toBe('/bulletins/third-name/')
        // No chain: the target is a page that exists, answered 200.
        const target = await get(base + String(response.headers.get('location')))
        expect(target.status).toBe(200)
      }
      expect((await get(`${base}/bulletins/third-name/`)).status).toBe(200)
      expect((await get(`${base}/bulletins/never-was/`)).status).toBe(404)
    })
  })

  it('should have no loop when an item goes back to an earlier slug', async () => {
    await rename(id, 'first-name')
    const routes = await readSiteRoutes(ctx.payload, new Date())
    expect(routes.moved).toMatchObject({
      '/bulletins/second-name/': '/bulletins/first-name/',
      '/bulletins/third-name/': '/bulletins/first-name/',
    })
    expect(routes.moved['/bulletins/first-name/']).toBeUndefined()
    for (const target of Object.values(routes.moved)) expect(routes.moved[target]).toBeUndefined()
  })
})

describe('a withdrawn item', () => {
  it('should answer 410 with the notice and none of its text once unpublished, and 301 again once republished', async () => {
    const doc = await publish('bulletins', { ...validData.bulletins(), title: '撤稿测试通报标题', slug: 'withdrawn-bulletin' })
    await ctx.payload.update({ collection: 'bulletins', id: doc.id, data: { _status: 'draft' } as never, ...as(reviewer) })
    expect(await recordsOf('bulletins', doc.id as number)).toEqual([
      { slug: 'withdrawn-bulletin', path: '/bulletins/withdrawn-bulletin/', withdrawn: true },
    ])
    const dir = await fakeBuild({})
    const routesFile = fs.readFileSync(path.join(dir, SITE_ROUTES_FILE), 'utf8')
    expect(routesFile).not.toContain('撤稿测试')
    await serve(dir, async (base) => {
      const response = await get(`${base}/bulletins/withdrawn-bulletin/`)
      expect(response.status).toBe(410)
      const body = await response.text()
      expect(body).toContain('内容已撤下')
      expect(body).not.toContain('撤稿测试')
      expect(body).not.toContain('withdrawn-bulletin')
      // The routes file itself is never served.
      expect((await get(`${base}/${SITE_ROUTES_FILE}`)).status).toBe(404)
    })
    await republish(doc.id as number, {})
    expect((await recordsOf('bulletins', doc.id as number))[0]?.withdrawn).toBe(false)
  })

  it('should answer 410 for a deleted item', async () => {
    const doc = await publish('bulletins', { ...validData.bulletins(), slug: 'deleted-bulletin' })
    await ctx.payload.delete({ collection: 'bulletins', id: doc.id, ...as(reviewer) })
    const routes = await readSiteRoutes(ctx.payload, new Date())
    expect(routes.gone).toContain('/bulletins/deleted-bulletin/')
  })
})

describe('embed pages in the built-in server', () => {
  it('should list exactly the configured origins on /embed/ pages and keep every other page DENY', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-identity',
      data: { embedOrigins: 'https://news.example.cn\nhttps://tv.example.cn:8443' },
      overrideAccess: true,
    })
    const dir = await fakeBuild({ 'embed/rankings/latest/index.html': '<h1>排名</h1>', 'index.html': '<h1>首页</h1>' })
    await serve(dir, async (base) => {
      const embed = await get(`${base}/embed/rankings/latest/`)
      expect(embed.status).toBe(200)
      const csp = String(embed.headers.get('content-security-policy'))
      expect(csp.match(/frame-ancestors ([^;]*)/)?.[1]).toBe('https://news.example.cn https://tv.example.cn:8443')
      expect(embed.headers.get('x-frame-options')).toBeNull()
      for (const other of ['/', '/bulletins/nothing/']) {
        const response = await get(base + other)
        expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
        expect(response.headers.get('x-frame-options')).toBe('DENY')
      }
    })
  })

  it('should refuse an origin that is not a plain origin, naming the field', async () => {
    await expect(
      ctx.payload.updateGlobal({
        slug: 'site-identity',
        data: { embedOrigins: "https://a.cn; script-src 'unsafe-inline'" },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/嵌入来源/)
  })
})

describe('attacks', () => {
  it('should refuse to publish a slug made to look like a path, so no record can point off the site', async () => {
    for (const slug of ['../admin', '//evil.com', 'a/b', 'https:evil.com']) {
      await expect(publish('bulletins', { ...validData.bulletins(), slug })).rejects.toThrow(/网址别名/)
      const { docs } = await ctx.payload.find({ collection: 'site-addresses', where: { slug: { equals: slug } }, overrideAccess: true })
      expect(docs).toHaveLength(0)
    }
  })

  it('should never redirect a request path that leaves the site', async () => {
    const dir = await fakeBuild({})
    await serve(dir, async (base) => {
      for (const evil of ['//evil.com/', '/%2F%2Fevil.com/', '/bulletins/second-name/..%2F..%2F%2Fevil.com', '/\\evil.com/']) {
        const response = await get(base + evil)
        expect(response.status).not.toBe(301)
        expect(response.headers.get('location')).toBeNull()
      }
    })
  })

  it('should not let anyone read the slug history anonymously or write it through REST', async () => {
    expect((await rest(ctx, 'GET', '/site-addresses')).status).toBe(403)
    const token = await tokenFor(ctx, editor.email)
    const created = await rest(ctx, 'POST', '/site-addresses', {
      token,
      body: { collection: 'bulletins', docId: '1', slug: 'x', path: '/x/' },
    })
    expect(created.status).toBe(403)
    const { docs } = await ctx.payload.find({ collection: 'site-addresses', limit: 1, overrideAccess: true })
    const id = docs[0]?.id
    expect((await rest(ctx, 'PATCH', `/site-addresses/${id}`, { token, body: { path: '/evil/' } })).status).toBe(403)
    expect((await rest(ctx, 'DELETE', `/site-addresses/${id}`, { token })).status).toBe(403)
    const adminToken = await tokenFor(ctx, (await makeUser(ctx.payload, 'admin')).email)
    expect((await rest(ctx, 'PATCH', `/site-addresses/${id}`, { token: adminToken, body: { path: '/evil/' } })).status).toBe(403)
  })

  it('should not let a liaison change any slug history, nor another unit’s item’s slug', async () => {
    const other = await publish('exposures', { ...validData.exposures(refs), unit: refs.otherUnit, slug: 'other-unit-item' })
    await expect(
      ctx.payload.update({
        collection: 'exposures',
        id: other.id,
        data: { slug: 'liaison-renamed' } as never,
        draft: true,
        ...as(liaison),
      }),
    ).rejects.toThrow()
    const { docs } = await ctx.payload.find({
      collection: 'site-addresses',
      where: { slug: { equals: 'other-unit-item' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    await expect(
      ctx.payload.update({ collection: 'site-addresses', id: docs[0]?.id as number, data: { path: '/x/' }, ...as(liaison) }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.create({
        collection: 'site-addresses',
        data: { collection: 'exposures', docId: '1', slug: 'x', path: '/x/' },
        ...as(liaison),
      }),
    ).rejects.toThrow()
    await expect(ctx.payload.find({ collection: 'site-addresses', ...as(liaison) })).rejects.toThrow()
    expect((await recordsOf('exposures', other.id as number)).map((row) => row.slug)).toEqual(['other-unit-item'])
  })
})
