/**
 * Takedown = gone for a topic's items (专题): the topic is not edited, yet after the publish that
 * unpublishes or deletes an item it gathers, the next build — targeted, through the kept renderer —
 * serves the topic page without it. Real pieces as in takedown.test.ts: Payload hooks → publish
 * queue → the builder's worker → switch → a static server like publisher/server.ts's.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { type Publishing, startPublishing } from '../../publisher/service.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { testSettings } from '../helpers/testEnv.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let editor: User
let reviewer: User
let refs: Refs
let publishing: Publishing
let server: http.Server
let base = ''
const ids: Record<'news' | 'bulletin', number> = { news: 0, bulletin: 0 }

const get = async (pathname: string) => {
  const response = await fetch(`${base}${pathname}`)
  return { status: response.status, text: await response.text() }
}
const lastLog = () => fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
async function settled(): Promise<void> {
  await publishing.inbox.poll()
  await publishing.builder.whenIdle()
}

async function publish(collection: 'news' | 'bulletins' | 'topics', data: Record<string, unknown>): Promise<number> {
  const draft = await ctx.payload.create({ collection, data: data as never, draft: true, user: editor, overrideAccess: false })
  await ctx.payload.update({
    collection,
    id: draft.id,
    data: { reviewState: 'submitted' },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  await ctx.payload.update({ collection, id: draft.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
  return draft.id as number
}

beforeAll(async () => {
  ctx = await startTempPayload('topic-takedown')
  // The in-process publisher's settings: the temp database, data and media, and a live site folder beside them.
  const settings = testSettings({ ...tempFolderEnv(ctx.dir), SITE_OUT_DIR: path.join(ctx.dir, 'live') })
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  refs = await makeRefs(ctx.payload)
  ids.news = await publish('news', { ...validData.news(), title: '专题里保留又删除的动态', slug: 'kept-news' })
  ids.bulletin = await publish('bulletins', { ...validData.bulletins(), title: '专题里将下线的通报', slug: 'going-bulletin' })
  await publish('topics', {
    ...validData.topics(refs),
    title: '礼让斑马线测试专题',
    slug: 'test-topic',
    items: [
      { relationTo: 'bulletins', value: ids.bulletin },
      { relationTo: 'news', value: ids.news },
    ],
  })
  let site: ReturnType<typeof siteHandler> | null = null
  server = http.createServer((req, res) => (site ? serveFrom(site, req, res) : res.writeHead(503).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  publishing = await startPublishing({
    payload: ctx.payload,
    settings,
    windowMs: 200,
    pollMs: 100,
    onSwitch: (dir) => {
      site = siteHandler(dir)
    },
  })
  await settled()
}, 240_000)

afterAll(async () => {
  publishing?.close()
  server?.close()
  await ctx?.close()
})

describe('takedown = gone on a topic page', () => {
  it('should list both items after the first build', async () => {
    const page = await get('/topics/test-topic/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('href="/bulletins/going-bulletin/"')
    expect(page.text).toContain('href="/news/kept-news/"')
  })

  it('should drop an item unpublished later from the topic page on the next (targeted) build', async () => {
    await ctx.payload.update({
      collection: 'bulletins',
      id: ids.bulletin,
      data: { _status: 'draft' },
      user: reviewer,
      overrideAccess: false,
    })
    await settled()
    expect(lastLog().split('\n')[0]).toMatch(/: targeted$/)
    expect((await get('/bulletins/going-bulletin/')).status).toBe(410) // withdrawn: the 410 notice (issue 25)
    const page = (await get('/topics/test-topic/')).text
    expect(page).not.toContain('专题里将下线的通报')
    expect(page).not.toContain('/bulletins/going-bulletin/')
    expect(page).toContain('href="/news/kept-news/"')
    expect((await get('/topics/rss.xml')).text).not.toContain('going-bulletin')
  })

  it('should drop a deleted item too', async () => {
    await ctx.payload.delete({ collection: 'news', id: ids.news, user: reviewer, overrideAccess: false })
    await settled()
    const page = (await get('/topics/test-topic/')).text
    expect(page).not.toContain('专题里保留又删除的动态')
    expect(page).toContain('暂无内容')
  })
})
