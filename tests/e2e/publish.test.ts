/**
 * Publish to live with the real pieces: Payload hooks → a publish request row in the database →
 * the builder's inbox → real `astro build` (pages and search index) in the long-lived worker into a
 * new directory → atomic switch → a static server like publisher/server.ts's (a new handler per switch),
 * read over HTTP.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchFinds } from '../../bench/searchCheck.ts'
import type { Settings } from '../../cms/config/settings.ts'
import type { User } from '../../cms/payload-types.ts'
import { buildPreview } from '../../publisher/preview.ts'
import { type AstroRunner, type BuildJob, type SnapshotOutcome, WorkerRunner } from '../../publisher/runners.ts'
import { type Publishing, startPublishing } from '../../publisher/service.ts'
import { buildSite, countPages, liveTarget, searchIndexFiles } from '../../publisher/siteBuild.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'
import { richText } from '../../seed/lexical.ts'
import { MEDIA_INDEX_FILE, PAGES_FILE } from '../../site/lib/buildRequest.ts'
import { publishBulletin as publishAs } from '../helpers/publishBulletin.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { testSettings } from '../helpers/testEnv.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
/** The publisher's settings: the temp database, data and media, and a live site folder beside them. */
let settings: Settings
let reviewer: User
let publishing: Publishing
let server: http.Server
let base = ''
let switches = 0

const get = async (pathname: string) => {
  const response = await fetch(`${base}${pathname}`)
  return { status: response.status, text: await response.text() }
}
const status = () => ctx.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
const whenIdle = () => publishing.builder.whenIdle()
/** The folder the live site points at now. */
const liveDir = () => liveTarget(settings.paths) as string
/** The live build's page manifest: each route's pages with their cacheKeys (site/lib/buildScope.ts). */
const pageKeys = (): Record<string, Record<string, string>> =>
  JSON.parse(fs.readFileSync(path.join(liveDir(), '.build/pages.json'), 'utf8'))
/** Wait (polling, short steps) until `check` holds; fail after `ms`. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
/** The search files of a build (words and pages' stored text; gzip'd ones decompressed) that hold `text`. */
function searchFilesHolding(dir: string, text: string): string[] {
  const folder = path.join(dir, 'pagefind')
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(pf_\w+|json)$/.test(name) && fs.statSync(path.join(folder, name)).isFile())
    .filter((name) => {
      const bytes = fs.readFileSync(path.join(folder, name))
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes).toString('utf8').includes(text)
    })
}
/** The queue has handed every request to the builder and nothing is building. */
async function settled(): Promise<void> {
  await publishing.inbox.poll()
  await whenIdle()
}

const publishBulletin = (title: string, slug: string, cover?: number, units?: number[]) =>
  publishAs(ctx.payload, reviewer, { title, slug, cover, units })

/** A plain JPEG in the media library, uploaded by the system. */
async function uploadPhoto(alt: string, name: string, background: string) {
  const data = await sharp({ create: { width: 1200, height: 700, channels: 3, background } })
    .jpeg()
    .toBuffer()
  return ctx.payload.create({
    collection: 'media',
    data: { alt },
    file: { data, name, mimetype: 'image/jpeg', size: data.length },
    overrideAccess: true,
  })
}

async function startStaticServer(): Promise<void> {
  // No site before the first build: answer 503 until then.
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
      switches++
      site = siteHandler(dir)
    },
  })
}

beforeAll(async () => {
  ctx = await startTempPayload('publish')
  // The in-process publisher's settings (its build worker gets them with each build).
  settings = testSettings({ ...tempFolderEnv(ctx.dir), SITE_OUT_DIR: path.join(ctx.dir, 'live') })
  reviewer = await makeUser(ctx.payload, 'reviewer')
  await startStaticServer()
}, 180_000)

afterAll(async () => {
  publishing?.close()
  server?.close()
  await ctx?.close()
})

describe('publish to live', () => {
  it('should serve a published bulletin, its feed item, its search entry and every search file, then drop it when unpublished', async () => {
    const doc = await publishBulletin('第一份上线通报', 'first-live')
    await settled()
    expect((await get('/bulletins/first-live/')).text).toContain('第一份上线通报')
    expect((await get('/rss.xml')).text).toContain('第一份上线通报')
    const files = searchIndexFiles(liveDir()) ?? []
    expect(files.length).toBeGreaterThan(0)
    for (const file of ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js', ...files])
      expect([file, (await get(`/${file}`)).status]).toEqual([file, 200])
    // The index is in shards (pagefind/shards.json); together they hold every document page (list pages are left out).
    let indexed = 0
    for (const file of files.filter((name) => name.endsWith('pagefind-entry.json'))) {
      const entry = JSON.parse((await get(`/${file}`)).text) as { languages: Record<string, { page_count: number }> }
      indexed += Object.values(entry.languages)[0]?.page_count ?? 0
    }
    expect(indexed).toBeGreaterThanOrEqual(1)
    expect((await status()).state).toBe('idle')

    // A targeted build on a hard-link snapshot: the earlier build keeps its own files untouched.
    const earlier = liveDir()
    await ctx.payload.update({ collection: 'bulletins', id: doc.id, data: { _status: 'draft' }, user: reviewer, overrideAccess: false })
    await settled()
    expect(fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8').split('\n')[0]).toMatch(/: targeted$/)
    // Withdrawn: 410 with the notice (issue 25, links that last), nothing of the bulletin.
    expect((await get('/bulletins/first-live/')).status).toBe(410)
    expect((await get('/rss.xml')).text).not.toContain('第一份上线通报')
    expect(fs.readFileSync(path.join(earlier, 'bulletins/first-live/index.html'), 'utf8')).toContain('第一份上线通报')
    expect(fs.readFileSync(path.join(earlier, 'rss.xml'), 'utf8')).toContain('第一份上线通报')
    // The new index names new files; the server serves every one (no stale file list).
    for (const file of searchIndexFiles(liveDir()) ?? []) expect([file, (await get(`/${file}`)).status]).toEqual([file, 200])
  })

  it('should coalesce ten quick publishes into one or two builds with all ten live', async () => {
    await settled()
    const runs = publishing.builder.status.buildsRun
    for (let i = 1; i <= 10; i++) await publishBulletin(`连续发布通报${i}`, `burst-${i}`)
    await settled()
    expect(publishing.builder.status.buildsRun - runs).toBeGreaterThanOrEqual(1)
    expect(publishing.builder.status.buildsRun - runs).toBeLessThanOrEqual(2)
    for (let i = 1; i <= 10; i++) expect((await get(`/bulletins/burst-${i}/`)).text).toContain(`连续发布通报${i}`)
  })

  it('should serve a renamed page at its new address only, with its search entry, in a targeted build', async () => {
    const doc = await publishBulletin('改名前的通报 zqrename', 'before-rename')
    await settled()
    expect(await searchFinds(base, 'zqrename', '/bulletins/before-rename/')).toBe(true)
    await ctx.payload.update({ collection: 'bulletins', id: doc.id, data: { slug: 'after-rename' }, user: reviewer, overrideAccess: false })
    await settled()
    expect(fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8').split('\n')[0]).toMatch(/: targeted$/)
    // The earlier address answers a permanent redirect to the current one (issue 25, links that last).
    const old = await fetch(`${base}/bulletins/before-rename/`, { redirect: 'manual' })
    expect([old.status, old.headers.get('location')]).toEqual([301, '/bulletins/after-rename/'])
    expect((await get('/bulletins/after-rename/')).text).toContain('改名前的通报')
    expect((await get('/sitemap.xml')).text).toContain('/bulletins/after-rename/')
    expect((await get('/sitemap.xml')).text).not.toContain('/bulletins/before-rename/')
    expect(await searchFinds(base, 'zqrename', '/bulletins/after-rename/')).toBe(true)
    expect(await searchFinds(base, 'zqrename', '/bulletins/before-rename/')).toBe(false)
    // The new address went into a new layer; the index that held the old one was written again without it (or dropped).
    const shards = JSON.parse((await get('/pagefind/shards.json')).text) as { merge: string[] }
    expect(shards.merge.some((name) => name.startsWith('layer-'))).toBe(true)
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log).toMatch(/search index: \d+ pages in \d+ index\(es\) written again and [12] new layer\(s\)/)
    // Rendered by what the earlier Astro build kept (publisher/astro/keptRenderer.ts), without starting Astro.
    expect(log).toMatch(/kept renderer: \d+ pages/)
    expect(log).not.toMatch(/Building static entrypoints/)
  })

  it('should show a changed alt text of an image on the page that uses it', async () => {
    const media = await uploadPhoto('旧的图片说明', 'cover.jpg', '#2a6')
    await publishBulletin('带图的通报', 'with-cover', media.id as number)
    await settled()
    expect((await get('/bulletins/with-cover/')).text).toContain('旧的图片说明')
    const listKey = () => pageKeys()['bulletins/[...page]']?.['/bulletins/']
    const keyBefore = listKey()
    await ctx.payload.update({ collection: 'media', id: media.id, data: { alt: '新的图片说明' }, overrideAccess: true })
    await settled()
    // The bulletins list shows no covers (site/lib/listCards.ts): not rendered again for an alt text.
    expect(listKey()).toBe(keyBefore)
    const page = (await get('/bulletins/with-cover/')).text
    expect(page).toContain('新的图片说明')
    expect(page).not.toContain('旧的图片说明')
    // The search index is given no images (publisher/rules/searchText.ts): an alt text re-indexes nothing.
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log).toMatch(/search index: 0 pages in 0 index\(es\) written again and 0 new layer/)
  })

  it('should show a renamed unit on the pages that name it, re-reading only the documents that embed it', async () => {
    const unit = await ctx.payload.create({
      collection: 'units',
      data: { name: '旧名街道', kind: 'street', slug: 'renamed-street' },
      overrideAccess: true,
    })
    await publishBulletin('涉及街道的通报', 'names-a-unit', undefined, [unit.id as number])
    await publishBulletin('不涉及街道的通报', 'names-no-unit')
    await settled()
    expect((await get('/bulletins/names-a-unit/')).text).toContain('旧名街道')
    const keysBefore = pageKeys()
    await ctx.payload.update({ collection: 'units', id: unit.id, data: { name: '新名街道' }, overrideAccess: true })
    await settled()
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log.split('\n')[0]).toMatch(/: targeted$/)
    // The unit and the one bulletin embedding it, not every bulletin.
    expect(log).toMatch(/1 changed bulletins/)
    expect(log).toMatch(/1 changed units/)
    const page = (await get('/bulletins/names-a-unit/')).text
    expect(page).toContain('新名街道')
    expect(page).not.toContain('旧名街道')
    expect((await get('/units/renamed-street/')).text).toContain('新名街道')
    // Search finds the unit's page by its new name, and nothing by the old one: no entry keeps it. The bulletin's
    // page was indexed again too (its 涉及单位 is searched text), yet Pagefind answers '新名街道' with the unit's page
    // only: in the bulletin the name follows '涉及单位' with no space between the tags, and the Chinese segmenter
    // seems to cut that run otherwise than the name alone (seen in session 12, not asserted here).
    expect(await searchFinds(base, '新名街道', '/units/renamed-street/')).toBe(true)
    // The old name in no search file. (A resident's search for 旧名街道 still finds pages: with no word 旧 left
    // anywhere, Pagefind drops it and searches 名 街道, as one whole index would.)
    expect(searchFilesHolding(liveDir(), '旧名')).toEqual([])
    expect(searchFilesHolding(liveDir(), '新名').length).toBeGreaterThan(0)
    expect(log).toMatch(/search index: [1-9]\d* pages in [1-9]\d* index\(es\) written again/)
    // The bulletins list shows no units (site/lib/listCards.ts): its key stayed, so it was not rendered again.
    const keysAfter = pageKeys()
    expect(keysAfter['bulletins/[slug]']?.['/bulletins/names-a-unit/']).not.toBe(
      keysBefore['bulletins/[slug]']?.['/bulletins/names-a-unit/'],
    )
    expect(keysAfter['bulletins/[...page]']?.['/bulletins/']).toBe(keysBefore['bulletins/[...page]']?.['/bulletins/'])
    expect((await get('/bulletins/')).text).toContain('/bulletins/names-a-unit/')
  })

  it('should drop a deleted image from the pages that showed it (a deletion re-reads everything)', async () => {
    const media = await uploadPhoto('即将删除的图片', 'doomed.jpg', '#a62')
    await publishBulletin('图片将被删除的通报', 'loses-its-cover', media.id as number)
    await settled()
    const before = (await get('/bulletins/loses-its-cover/')).text
    expect(before).toContain('即将删除的图片')
    // Every rendition the page links is served from the build's /media/.
    const files = [...new Set([...before.matchAll(/\/media\/([^"'\s<>?#),]+)/g)].map((match) => match[1] as string))].filter((name) =>
      name.startsWith(String(media.filename).replace(/\.[a-z]+$/, '')),
    )
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) expect((await get(`/media/${name}`)).status, name).toBe(200)
    await ctx.payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    await settled()
    const page = await get('/bulletins/loses-its-cover/')
    expect(page.status).toBe(200)
    expect(page.text).not.toContain('即将删除的图片')
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log).toMatch(/published bulletins/)
    // A targeted build, and the image's files left /media/ with it (worked out from the changed pages only).
    expect(log.split('\n')[0]).toMatch(/: targeted$/)
    for (const name of files) expect((await get(`/media/${name}`)).status, name).toBe(404)
  })

  it('should render with the kept renderer exactly what a full Astro build renders', async () => {
    // (Run alone, the first publish is the site's first, full build: the second is targeted.)
    await publishBulletin('保留渲染器之前的通报', 'before-kept-render')
    await settled()
    await publishBulletin('保留渲染器的通报', 'kept-render')
    await settled()
    const keptDir = liveDir()
    const keptLog = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(keptLog).toMatch(/kept renderer: \d+ pages/)
    // Its new page went into a new layer of the search index, no shard written again.
    expect(keptLog).toMatch(/search index: \d+ pages in 0 index\(es\) written again and [12] new layer\(s\)/)
    expect(await searchFinds(base, '保留渲染器的通报', '/bulletins/kept-render/')).toBe(true)
    const pages = (dir: string) =>
      new Map(
        fs
          .readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((rel) => /\.(html|xml|json|txt)$/.test(rel) && !rel.startsWith('pagefind/') && !rel.startsWith('.build/'))
          .map((rel) => [rel, fs.readFileSync(path.join(dir, rel), 'utf8')] as const),
      )
    const before = pages(keptDir)
    // The targeted build's page manifest and media index (written by its assembly from what it kept in memory)
    // and its page count (the live build's plus its changes) are what the full build makes and counts.
    const meta = (dir: string) =>
      Object.fromEntries([PAGES_FILE, MEDIA_INDEX_FILE].map((rel) => [rel, JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8'))]))
    const keptMeta = meta(keptDir)
    const keptCount = publishing.builder.status.lastPageCount
    expect(keptCount).toBe(countPages(keptDir))
    // A full build by Astro itself (its own process), from the content store it wrote to disk before.
    const full = await buildSite(settings, { full: true })
    expect(full.ok ? full.kind : full.error).toBe('full')
    expect(meta(liveDir())).toEqual(keptMeta)
    expect(full.ok && full.pages).toBe(keptCount)
    const after = pages(liveDir())
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    // A full build's sitemap-0.xml is @astrojs/sitemap's markup (a targeted build writes its own,
    // sitemapXml.mjs): the same addresses. Everything else byte for byte, feeds included (they are dated
    // by their items' last change, never by the build).
    const differing = [...after].filter(([rel, text]) => before.get(rel) !== text).map(([rel]) => rel)
    expect(differing).toEqual(before.get('sitemap-0.xml') === after.get('sitemap-0.xml') ? [] : ['sitemap-0.xml'])
    const locs = (xml = '') => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort()
    expect(locs(before.get('sitemap-0.xml'))).toEqual(locs(after.get('sitemap-0.xml')))
    expect(before.get('bulletins/kept-render/index.html')).toContain('保留渲染器的通报')
  })

  it('should take an ad off the site when its validity ends, without anyone publishing', async () => {
    // Public until 24 h after validTo (end day inclusive): put that moment 6 s ahead.
    const endsAt = Date.now() + 6_000
    await ctx.payload.create({
      collection: 'public-ads',
      data: {
        title: '即将到期的公益广告',
        slug: 'expiring-ad',
        format: 'slogan',
        slogan: '文明出行',
        validFrom: new Date(endsAt - 3 * 86_400_000).toISOString(),
        validTo: new Date(endsAt - 86_400_000).toISOString(),
        _status: 'published',
      },
      overrideAccess: true,
    })
    await settled()
    expect((await get('/ads/')).text).toContain('即将到期的公益广告')
    await eventually(async () => publishing.builder.status.nextClockChangeAt === new Date(endsAt).toISOString(), 5_000)
    const builds = publishing.builder.status.buildsRun
    await eventually(async () => !(await get('/ads/')).text.includes('即将到期的公益广告'), 60_000)
    expect(publishing.builder.status.buildsRun).toBeGreaterThanOrEqual(builds + 1)
    expect(publishing.builder.reasons.at(-1)).toBe(`clock:${new Date(endsAt).toISOString()}`)
  })

  it('should build a preview and a publish at the same moment, both correct', async () => {
    const draft = await ctx.payload.create({
      collection: 'bulletins',
      data: { title: '预览中的草稿', slug: 'preview-draft', series: 'briefing', date: '2026-11-21', body: richText(['草稿正文']) },
      draft: true,
      overrideAccess: true,
    })
    const [previewDir] = await Promise.all([
      buildPreview({ collection: 'bulletins', id: String(draft.id), rest: [] }, `bulletins-${draft.id}-test`, settings),
      publishBulletin('与预览同时发布', 'alongside-preview').then(settled),
    ])
    expect(previewDir).not.toBeNull()
    expect(fs.readFileSync(path.join(previewDir as string, 'bulletins/preview-draft/index.html'), 'utf8')).toContain('预览中的草稿')
    expect((await get('/bulletins/alongside-preview/')).text).toContain('与预览同时发布')
    expect((await get('/bulletins/preview-draft/')).status).toBe(404)
  })
})

describe('failures', () => {
  // Four failing tries and a build in a cold worker: past the default 60 s on a loaded machine (seen at load 17–24).
  it('should keep the old site when builds fail, retry with backoff showing the retry time, then stay failed until the next publish', {
    timeout: 600_000,
  }, async () => {
    await settled()
    publishing.close()
    const before = liveTarget(settings.paths)
    const broken = await startPublishing({
      payload: ctx.payload,
      settings,
      windowMs: 50,
      pollMs: 100,
      retryDelaysMs: [300, 300, 300],
      env: { ...settings.source, DATABASE_URL: 'mysql://nowhere/db' },
    })
    const runsBefore = broken.builder.status.buildsRun
    let sawRetrying = false
    const watch = setInterval(() => {
      if (broken.builder.status.state === 'retrying' && broken.builder.status.retryAt) sawRetrying = true
    }, 20)
    await publishBulletin('构建失败时的通报', 'fails-to-build')
    await broken.inbox.poll()
    await broken.builder.whenIdle()
    clearInterval(watch)
    broken.close()
    expect(sawRetrying).toBe(true)
    // The first try and three retries.
    expect(broken.builder.status.buildsRun - runsBefore).toBe(4)
    expect(liveTarget(settings.paths)).toBe(before)
    const saved = await status()
    expect(saved.state).toBe('failed')
    expect(saved.retryAt ?? null).toBeNull()
    expect(saved.lastError).toContain('astro build')
    expect(fs.existsSync(String(saved.lastLog))).toBe(true)

    publishing = await startPublishing({ payload: ctx.payload, settings, windowMs: 200, pollMs: 100, onSwitch: () => switches++ })
    await publishBulletin('恢复后的通报', 'after-recovery')
    await settled()
    const live = liveDir()
    expect(fs.readFileSync(path.join(live, 'bulletins/after-recovery/index.html'), 'utf8')).toContain('恢复后的通报')
    expect(fs.readFileSync(path.join(live, 'bulletins/fails-to-build/index.html'), 'utf8')).toContain('构建失败时的通报')
    expect((await status()).state).toBe('idle')
  })

  it('should time out a build that hangs and succeed on the retry', { timeout: 600_000 }, async () => {
    publishing.close()
    // The timeout stops the build's process, so the retry is a build in a cold worker: first, how long such
    // a build takes on this machine now (a loaded machine builds slower; a fixed limit made the retry time out too).
    publishing = await startPublishing({ payload: ctx.payload, settings, windowMs: 50, pollMs: 100 })
    await publishBulletin('超时前的通报', 'before-timeout')
    await settled()
    const coldMs = publishing.builder.status.lastDurationMs ?? 0
    expect(coldMs).toBeGreaterThan(0)
    expect((await status()).state).toBe('idle')
    publishing.close()

    const real = new WorkerRunner(settings)
    let calls = 0
    let hanging = false
    /** Times the runner was stopped while its build hung: only the timeout does that. */
    let stoppedHung = 0
    const hangsOnce: AstroRunner = {
      run: (job: BuildJob, snapshot?: Promise<SnapshotOutcome>) => {
        if (++calls > 1) return real.run(job, snapshot)
        hanging = true
        return new Promise(() => undefined)
      },
      close: () => {
        if (hanging) stoppedHung++
        hanging = false
        real.close()
      },
    }
    publishing = await startPublishing({
      payload: ctx.payload,
      settings,
      windowMs: 50,
      pollMs: 100,
      // Short for a test, yet several times what a build in a cold worker took just now, so the retry fits in it.
      timeoutMs: Math.max(20_000, 4 * coldMs),
      retryDelaysMs: [200],
      runner: hangsOnce,
    })
    const runsBefore = publishing.builder.status.buildsRun
    await publishBulletin('超时后重试的通报', 'after-timeout')
    await settled()
    expect(calls).toBe(2)
    expect(stoppedHung).toBe(1)
    expect(publishing.builder.reasons).toContain(
      `bulletins:${(await ctx.payload.find({ collection: 'bulletins', where: { slug: { equals: 'after-timeout' } } })).docs[0]?.id}`,
    )
    expect(fs.readFileSync(path.join(liveDir(), 'bulletins/after-timeout/index.html'), 'utf8')).toContain('超时后重试的通报')
    expect(publishing.builder.status.state).toBe('idle')
    expect(publishing.builder.status.buildsRun - runsBefore).toBe(2)
  })
})
