/**
 * Takedown = gone (README "Security"): after the publish that unpublishes, rewrites or deletes a
 * document, no file of the new live build holds its text or its image — pages, feeds, sitemap,
 * /media/ and every part of the search index (Pagefind's gzip files read decompressed) — and the
 * search still answers for the pages that stay. Real pieces as in publish.test.ts: Payload hooks →
 * publish queue → the builder's long-lived worker (targeted builds through the kept renderer) → switch
 * → a static server like publisher/server.ts's.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchFinds, searchUrls } from '../../bench/searchCheck.ts'
import type { Settings } from '../../cms/config/settings.ts'
import type { Media, User } from '../../cms/payload-types.ts'
import { PAGES_PER_SHARD } from '../../publisher/rules/affectedPages.ts'
import { type Publishing, startPublishing } from '../../publisher/service.ts'
import { liveTarget } from '../../publisher/siteBuild.ts'
import { serveFrom, siteHandler } from '../../publisher/siteHandler.ts'
import { richText } from '../../seed/lexical.ts'
import { SEARCH_STATE_FILE } from '../../site/lib/buildRequest.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { publishBulletin as publishAs } from '../helpers/publishBulletin.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { testSettings } from '../helpers/testEnv.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
/** The publisher's settings: the temp database, data and media, and a live site folder beside them. */
let settings: Settings
let reviewer: User
let refs: Refs
let publishing: Publishing
let server: http.Server
let base = ''

/** A text found nowhere else on the site: rare characters and a random ASCII word (Pagefind keeps words lowercase). */
type Phrase = { text: string; pieces: string[] }
function uniquePhrase(rare: string): Phrase {
  const ascii = `zqtk${randomBytes(5).toString('hex')}`
  return { text: `${rare}${ascii}`, pieces: [`${rare}${ascii}`, rare, ascii, ...rare] }
}

const get = async (pathname: string) => {
  const response = await fetch(`${base}${pathname}`)
  return { status: response.status, text: await response.text() }
}
const live = () => liveTarget(settings.paths) as string
const lastLog = () => fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
/** The queue has handed every request to the builder and nothing is building. */
async function settled(): Promise<void> {
  await publishing.inbox.poll()
  await publishing.builder.whenIdle()
}

async function uploadPhoto(name: string, background: string): Promise<Media> {
  const data = await sharp({ create: { width: 900, height: 600, channels: 3, background } })
    .jpeg()
    .toBuffer()
  return ctx.payload.create({
    collection: 'media',
    data: { alt: `${name}的照片` },
    file: { data, name: `${name}.jpg`, mimetype: 'image/jpeg', size: data.length },
    overrideAccess: true,
  })
}

/** A nominee submitted by an editor and published by a reviewer, its story holding `phrase`. */
async function publishNominee(slug: string, phrase: Phrase, photo: Media) {
  const draft = await ctx.payload.create({
    collection: 'good-people',
    data: {
      name: `候选人${slug}`,
      slug,
      story: richText([`事迹正文：${phrase.text}，热心帮助邻里。`]),
      category: 'honesty',
      channel: 'residents',
      unit: refs.unit,
      round: refs.round,
      level: 'building',
      photo: photo.id,
      reviewState: 'submitted',
    },
    draft: true,
    overrideAccess: true,
  })
  return ctx.payload.update({
    collection: 'good-people',
    id: draft.id,
    data: { _status: 'published' },
    user: reviewer,
    overrideAccess: false,
  })
}

const publishBulletin = (slug: string, text: string) => publishAs(ctx.payload, reviewer, { title: `保留的通报${slug}`, slug, body: text })

/** Every file under `dir` (dot folders too), relative, with its text as UTF-8 — gzip files (Pagefind's) decompressed. */
function readAll(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    // The build's routes file (never served) keeps a withdrawn address so it answers 410, nothing of the item (issue 25).
    if (rel === '.build/routes.json') continue
    const bytes = fs.readFileSync(path.join(dir, rel))
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes).toString('utf8')
    // Pagefind keeps a page's text with a zero-width space between the words it found: read it without.
    files.set(rel, text.replaceAll('\u200b', ''))
  }
  return files
}

/** The files of the live build holding any of `pieces` ('file: piece'). */
function filesHolding(files: Map<string, string>, pieces: string[]): string[] {
  return [...files].flatMap(([rel, text]) => pieces.filter((piece) => text.includes(piece)).map((piece) => `${rel}: ${piece}`))
}

/** Every index part the search page merges (pagefind/ and shards.json's list), with the page count its entry file gives. */
function searchParts(files: Map<string, string>): { folder: string; pages: number }[] {
  const manifest = JSON.parse(files.get('pagefind/shards.json') ?? '{}') as { merge?: string[] }
  return ['pagefind/', ...(manifest.merge ?? []).map((part) => `pagefind/${part}`)].map((folder) => {
    const entry = JSON.parse(files.get(`${folder}pagefind-entry.json`) ?? 'null') as { languages: Record<string, { page_count: number }> }
    return { folder, pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) }
  })
}

/** Each part's own files (not those of the parts inside pagefind/), and its fragments: one per page, each read. */
function checkEveryPart(files: Map<string, string>): number {
  const parts = searchParts(files)
  const nested = parts.map((part) => part.folder).filter((folder) => folder !== 'pagefind/')
  for (const part of parts) {
    const own = [...files.keys()].filter(
      (rel) => rel.startsWith(part.folder) && !nested.some((folder) => folder !== part.folder && rel.startsWith(folder)),
    )
    expect(
      own.some((rel) => rel.endsWith('.pf_meta')),
      part.folder,
    ).toBe(true)
    expect(own.filter((rel) => rel.endsWith('.pf_fragment')).length, part.folder).toBe(part.pages)
    // Pagefind's data files are gzip: each was read decompressed (its text starts with Pagefind's marker).
    for (const rel of own.filter((name) => /\.pf_(fragment|index|meta)$/.test(name))) expect(files.get(rel), rel).toMatch(/^pagefind_/)
  }
  return parts.length
}

/** The /media/ files a page links that were made from `photo`. */
async function photoFiles(pathname: string, photo: Media): Promise<string[]> {
  const stem = String(photo.filename).replace(/\.[a-z]+$/, '')
  const page = (await get(pathname)).text
  return [...new Set([...page.matchAll(/\/media\/([^"'\s<>?#),]+)/g)].map((match) => match[1] as string))].filter((name) =>
    name.startsWith(stem),
  )
}

/** Where the live build's search index keeps this page's entry ('shard-0', 'layer-2'; undefined: none). */
const indexOf = (file: string) =>
  (JSON.parse(fs.readFileSync(path.join(live(), SEARCH_STATE_FILE), 'utf8')) as { pages: Record<string, string> }).pages[file]

type Case = { slug: string; phrase: Phrase; photo: Media; id: number }
/** The nominees published before the first build (filled in beforeAll). */
const cases = {} as Record<'unpublished' | 'deleted', Case>
const keep = { slug: 'stays-published', ascii: `zqkeep${randomBytes(4).toString('hex')}` }

/** The phrase and the photo are on the site: page, feed, search (the scan finds them in Pagefind's decompressed files). */
async function expectPublished(item: Case): Promise<string[]> {
  const pathname = `/good-people/${item.slug}/`
  expect((await get(pathname)).text).toContain(item.phrase.text)
  expect(await searchFinds(base, item.phrase.pieces[2] as string, pathname)).toBe(true)
  const held = filesHolding(readAll(live()), [item.phrase.text])
  expect(held.some((hit) => /^pagefind\/.*\.pf_fragment: /.test(hit))).toBe(true)
  const words = filesHolding(readAll(live()), [item.phrase.pieces[2] as string])
  expect(words.some((hit) => /^pagefind\/.*\.pf_index: /.test(hit))).toBe(true)
  const media = await photoFiles(pathname, item.photo)
  expect(media.length).toBeGreaterThan(0)
  for (const name of media) expect((await get(`/media/${name}`)).status, name).toBe(200)
  return media
}

/** Nothing of the phrase or the photo (or the page) in any file of the live build; every search part checked; the search still works. */
async function expectGone(item: Case, media: string[], pageGone: boolean): Promise<void> {
  expect(lastLog().split('\n')[0]).toMatch(/: targeted$/)
  const files = readAll(live())
  const stem = String(item.photo.filename).replace(/\.[a-z]+$/, '')
  // Nor a link to the page (lists, unit pages, feeds, sitemap) once it is gone.
  const address = pageGone ? [`/good-people/${item.slug}/`] : []
  expect(filesHolding(files, [...item.phrase.pieces, stem, ...address])).toEqual([])
  expect(checkEveryPart(files)).toBeGreaterThanOrEqual(1)
  for (const name of media) {
    expect(fs.existsSync(path.join(live(), 'media', name)), name).toBe(false)
    expect((await get(`/media/${name}`)).status, name).toBe(404)
  }
  expect(await searchUrls(base, item.phrase.pieces[2] as string)).toEqual([])
  expect(await searchFinds(base, keep.ascii, `/bulletins/${keep.slug}/`)).toBe(true)
}

beforeAll(async () => {
  ctx = await startTempPayload('takedown')
  // The in-process publisher's settings (its build worker gets them with each build).
  settings = testSettings({ ...tempFolderEnv(ctx.dir), SITE_OUT_DIR: path.join(ctx.dir, 'live') })
  reviewer = await makeUser(ctx.payload, 'reviewer')
  refs = await makeRefs(ctx.payload)
  // Enough pages for more than one base shard (PAGES_PER_SHARD), all in the first (full) build.
  for (let i = 0; i < PAGES_PER_SHARD + 20; i++)
    await ctx.payload.create({
      collection: 'bulletins',
      data: {
        title: `填充通报${i}`,
        slug: `filler-${i}`,
        series: 'briefing',
        date: '2026-11-01',
        body: richText([`填充正文${i}`]),
        _status: 'published',
      },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  // Published before the first build too: these pages' entries are in base shards.
  await publishBulletin(keep.slug, `仍在发布的通报 ${keep.ascii}`)
  for (const [key, rare, color] of [
    ['unpublished', '鹮鸮蘡', '#a33'],
    ['deleted', '鹡鸰蘩', '#3a3'],
  ] as const) {
    const phrase = uniquePhrase(rare)
    const photo = await uploadPhoto(`tk${randomBytes(4).toString('hex')}`, color)
    const doc = await publishNominee(`takedown-${key}`, phrase, photo)
    cases[key] = { slug: `takedown-${key}`, phrase, photo, id: doc.id as number }
  }
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
}, 180_000)

afterAll(async () => {
  publishing?.close()
  server?.close()
  await ctx?.close()
})

describe('takedown = gone', () => {
  it('should leave no trace of an unpublished nominee whose entry was in a base shard', async () => {
    const item = cases.unpublished
    expect(indexOf(`good-people/${item.slug}/index.html`)).toMatch(/^shard-\d+$/)
    expect(searchParts(readAll(live())).length).toBeGreaterThanOrEqual(2)
    const media = await expectPublished(item)
    await ctx.payload.update({ collection: 'good-people', id: item.id, data: { _status: 'draft' }, user: reviewer, overrideAccess: false })
    await settled()
    expect((await get(`/good-people/${item.slug}/`)).status).toBe(410) // withdrawn: the 410 notice (issue 25)
    // The shard that held it, written again (its other pages taken from the live build while the pages rendered).
    expect(lastLog()).toMatch(
      /search index: \d+ pages in [12] index\(es\) written again and 0 new layer.*\(\d+ of them indexed while rendering\)/,
    )
    expect(indexOf(`good-people/${item.slug}/index.html`)).toBeUndefined()
    await expectGone(item, media, true)
  })

  it('should leave no trace of the old text and photo of a rewritten nominee whose entry was in a layer', async () => {
    const phrase = uniquePhrase('鹪鹩蘼')
    const photo = await uploadPhoto(`tk${randomBytes(4).toString('hex')}`, '#33a')
    const doc = await publishNominee('takedown-rewritten', phrase, photo)
    const item: Case = { slug: 'takedown-rewritten', phrase, photo, id: doc.id as number }
    await settled()
    // Published after the full build: a new page, in a layer of its own.
    expect(indexOf(`good-people/${item.slug}/index.html`)).toMatch(/^layer-\d+$/)
    const media = await expectPublished(item)
    const replacement = `zqnew${randomBytes(4).toString('hex')}`
    await ctx.payload.update({
      collection: 'good-people',
      id: item.id,
      data: { story: richText([`改写后的事迹 ${replacement}`]), photo: null },
      user: reviewer,
      overrideAccess: false,
    })
    await settled()
    const page = await get(`/good-people/${item.slug}/`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(replacement)
    await expectGone(item, media, false)
    // The page's one entry holds its new text.
    expect(await searchUrls(base, replacement)).toEqual([`/good-people/${item.slug}/`])
  })

  it('should leave no trace of a deleted nominee', async () => {
    const item = cases.deleted
    const media = await expectPublished(item)
    await ctx.payload.delete({ collection: 'good-people', id: item.id, user: reviewer, overrideAccess: false })
    await settled()
    expect((await get(`/good-people/${item.slug}/`)).status).toBe(410) // deleted: the 410 notice (issue 25)
    await expectGone(item, media, true)
  })
})
