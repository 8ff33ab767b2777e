/**
 * Publish to live with the real pieces: Payload hooks → the site builder → real `astro build`
 * into a new directory → atomic switch of the live path. The live path is read as a server would.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { SiteBuilder } from '../../cms/publish/builder.ts'
import { registerBuilder } from '../../cms/publish/registry.ts'
import { liveTarget } from '../../cms/publish/siteBuild.ts'
import { saveBuildStatus } from '../../cms/publish/statusStore.ts'
import { richText } from '../../seed/lexical.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let reviewer: User
let builder: SiteBuilder
let switches = 0

const live = (file: string) => path.join(process.env.SITE_OUT_DIR as string, file)
const liveText = (file: string) => (fs.existsSync(live(file)) ? fs.readFileSync(live(file), 'utf8') : '')
const searchPages = () =>
  Number(
    Object.values(
      JSON.parse(liveText('pagefind/pagefind-entry.json') || '{"languages":{}}').languages as Record<string, { page_count: number }>,
    )[0]?.page_count ?? 0,
  )

/** An editor's submitted draft, published by a reviewer: the real path to the public site. */
async function publishBulletin(title: string, slug: string) {
  const draft = await ctx.payload.create({
    collection: 'bulletins',
    data: { title, slug, series: 'briefing', date: '2026-11-20', body: richText([`${title}的正文`]), reviewState: 'submitted' },
    draft: true,
    overrideAccess: true,
  })
  return ctx.payload.update({
    collection: 'bulletins',
    id: draft.id,
    data: { _status: 'published' },
    user: reviewer,
    overrideAccess: false,
  })
}

beforeAll(async () => {
  ctx = await startTempPayload('publish')
  process.env.SITE_OUT_DIR = path.join(ctx.dir, 'live')
  process.env.ASTRO_CACHE_DIR = path.join(ctx.dir, 'astro-cache')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  builder = new SiteBuilder({ save: saveBuildStatus, onSwitch: () => switches++, windowMs: 300, searchDelayMs: 200 })
  registerBuilder(builder)
}, 120_000)

afterAll(async () => {
  builder.close()
  registerBuilder(undefined)
  await ctx.close()
})

describe('publish to live', () => {
  it('should put a published bulletin on the site and in the feeds, then take it away when unpublished', async () => {
    const doc = await publishBulletin('第一份上线通报', 'first-live')
    await builder.whenIdle()
    expect(liveText('bulletins/first-live/index.html')).toContain('第一份上线通报')
    expect(liveText('rss.xml')).toContain('第一份上线通报')
    expect(liveText('bulletins/rss.xml')).toContain('第一份上线通报')
    const status = await ctx.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.state).toBe('idle')
    expect(status.lastPageCount).toBeGreaterThan(5)

    await ctx.payload.update({ collection: 'bulletins', id: doc.id, data: { _status: 'draft' }, user: reviewer, overrideAccess: false })
    await builder.whenIdle()
    expect(fs.existsSync(live('bulletins/first-live/index.html'))).toBe(false)
    expect(liveText('rss.xml')).not.toContain('第一份上线通报')
  })

  it('should keep the old site when a build fails, show the error, and recover on the next publish', async () => {
    const before = liveTarget()
    const broken = new SiteBuilder({ env: { ...process.env, DATABASE_URL: 'postgres://nowhere/db' }, save: saveBuildStatus, windowMs: 50 })
    registerBuilder(broken)
    await publishBulletin('构建失败时的通报', 'fails-to-build')
    await broken.whenIdle()
    broken.close()
    expect(liveTarget()).toBe(before)
    expect(fs.existsSync(live('index.html'))).toBe(true)
    const status = await ctx.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.state).toBe('failed')
    expect(status.lastError).toContain('astro build')
    expect(fs.existsSync(String(status.lastLog))).toBe(true)

    registerBuilder(builder)
    await publishBulletin('恢复后的通报', 'after-recovery')
    await builder.whenIdle()
    expect(liveText('bulletins/after-recovery/index.html')).toContain('恢复后的通报')
    expect(liveText('bulletins/fails-to-build/index.html')).toContain('构建失败时的通报')
    expect((await ctx.payload.findGlobal({ slug: 'site-status', overrideAccess: true })).state).toBe('idle')
  })

  it('should coalesce ten quick publishes into one or two builds with all ten live', async () => {
    await builder.whenSettled()
    const indexedBefore = searchPages()
    const runs = builder.status.buildsRun
    for (let i = 1; i <= 10; i++) await publishBulletin(`连续发布通报${i}`, `burst-${i}`)
    await builder.whenIdle()
    expect(builder.status.buildsRun - runs).toBeGreaterThanOrEqual(1)
    expect(builder.status.buildsRun - runs).toBeLessThanOrEqual(2)
    for (let i = 1; i <= 10; i++) expect(liveText(`bulletins/burst-${i}/index.html`)).toContain(`连续发布通报${i}`)
    expect(switches).toBeGreaterThanOrEqual(3)
    // The search index is carried over at the switch and refreshed right after: ten more pages are found.
    await builder.whenSettled()
    expect(searchPages()).toBeGreaterThanOrEqual(indexedBefore + 10)
  })
})
