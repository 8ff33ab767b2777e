/**
 * Issue 25: every feed read by two independent readers a newsroom uses — Python feedparser and the npm
 * `feedsmith` parser — with per-item checks against the built files: the enclosure's length and type
 * are the file's, media:content's width and height are the picture's (uncropped, ≤ 1600 px wide),
 * every item links to a page of its own, carries the licence, a stored GUID and both dates; a JSON Feed
 * beside every RSS feed; feeds per unit; the 媒体合作 page lists them all.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { sectionTypes } from '../../cms/domain/contentTypes/index.ts'
import { exists, html, read, siteDir } from './site.ts'

const SITE = 'https://wm.example.cn'
const FEEDS = ['rss.xml', ...sectionTypes.map((type) => type.feed.slice(1))]
const LICENCE = '转载请注明来源：中共示范市委宣传部 示范市文明办（演示）'

type PyEntry = {
  id: string
  link: string
  published: string
  updated: string
  rights: string
  enclosures: { href: string; length: string; type: string }[]
  media_content: { url: string; width?: string; height?: string; type?: string }[]
  media_thumbnail: { url: string; width?: string; height?: string }[]
}
/** Python feedparser (Debian's python3-feedparser), as the older site tests use it. */
function feedparser(file: string): { bozo: number; rights: string; entries: PyEntry[] } {
  const script = [
    'import sys,json,feedparser',
    'd=feedparser.parse(sys.argv[1])',
    'keep=lambda e: {"id": e.get("id",""), "link": e.get("link",""), "published": e.get("published",""), "updated": e.get("updated",""), "rights": e.get("rights",""),',
    ' "enclosures": [dict(href=x.get("href",""), length=x.get("length",""), type=x.get("type","")) for x in e.get("enclosures",[])],',
    ' "media_content": [dict(x) for x in e.get("media_content",[])], "media_thumbnail": [dict(x) for x in e.get("media_thumbnail",[])]}',
    'print(json.dumps({"bozo": int(d.bozo), "rights": d.feed.get("rights",""), "entries": [keep(e) for e in d.entries]}))',
  ].join('\n')
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, path.join(siteDir(), file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  )
}

/** A file of the built site by its absolute URL. */
const builtFile = (url: string): string => path.join(siteDir(), decodeURIComponent(new URL(url).pathname))
const sizes = new Map<string, { width: number; height: number }>()
async function pictureSize(url: string): Promise<{ width: number; height: number }> {
  const known = sizes.get(url)
  if (known) return known
  const meta = await sharp(builtFile(url)).metadata()
  const size = { width: meta.width ?? 0, height: meta.height ?? 0 }
  sizes.set(url, size)
  return size
}
const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
}
const pageOf = (url: string): string => path.join(decodeURIComponent(new URL(url).pathname).slice(1), 'index.html')

describe.each(FEEDS)('%s read by two independent readers', (file) => {
  const npm = parseRssFeed(read(file))
  const py = feedparser(file)
  const items = npm.items ?? []

  it('should be read whole by both, with the same items in the same order', () => {
    expect(py.bozo).toBe(0)
    expect(items.length).toBeGreaterThan(0)
    expect(py.entries.map((entry) => entry.id)).toEqual(items.map((item) => item.guid?.value))
    expect(py.entries.map((entry) => entry.link)).toEqual(items.map((item) => item.link))
    expect(npm.copyright).toMatch(/^© \d{4} 中共示范市委宣传部 示范市文明办（演示）$/)
  })

  it('should give every item a page of its own, a stored GUID, both dates, the licence and its source', () => {
    for (const [index, item] of items.entries()) {
      const entry = py.entries[index] as PyEntry
      expect(item.link).toMatch(new RegExp(`^${SITE}/[^#]*$`))
      expect(exists(pageOf(String(item.link)))).toBe(true)
      expect(item.guid?.isPermaLink).toBe(false)
      expect(item.guid?.value).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
      expect(Date.parse(String(item.atom?.updated))).toBeGreaterThanOrEqual(Date.parse(String(item.pubDate)) - 999)
      expect(entry.updated).not.toBe('')
      expect(item.dc?.rights?.[0]).toContain(LICENCE)
      expect(entry.rights).toContain(LICENCE)
      expect(item.content?.encoded).toContain(LICENCE)
      expect(item.source?.url).toBe(`${SITE}/${file}`)
      expect(item.categories?.length).toBeGreaterThan(0)
    }
  })

  it('should give each enclosure the file’s own length and type, as both readers see it', () => {
    const enclosed = items.filter((item) => item.enclosures?.length)
    if (['rss.xml', 'bulletins/rss.xml', 'exposures/rss.xml', 'good-people/rss.xml', 'ads/rss.xml'].includes(file))
      expect(enclosed.length).toBeGreaterThan(0)
    for (const [index, item] of items.entries()) {
      const enclosure = item.enclosures?.[0]
      const pyEnclosure = py.entries[index]?.enclosures[0]
      if (!enclosure) {
        expect(pyEnclosure).toBeUndefined()
        continue
      }
      const url = String(enclosure.url)
      const bytes = fs.statSync(builtFile(url)).size
      expect(enclosure.length).toBe(bytes)
      expect(enclosure.type).toBe(TYPES[path.extname(url).toLowerCase()])
      expect(pyEnclosure).toEqual({ href: url, length: String(bytes), type: enclosure.type })
    }
  })

  it('should give media:content the picture’s real width and height (uncropped, ≤ 1600 px) and a thumbnail', async () => {
    for (const [index, item] of items.entries()) {
      const content = item.media?.contents?.[0]
      if (!content) continue
      const url = String(content.url)
      const size = await pictureSize(url)
      expect({ width: content.width, height: content.height }).toEqual(size)
      expect(size.width).toBeLessThanOrEqual(1600)
      expect(content.fileSize).toBe(fs.statSync(builtFile(url)).size)
      const entry = py.entries[index] as PyEntry
      expect(entry.media_content[0]).toMatchObject({ url, width: String(size.width), height: String(size.height) })
      const thumb = item.media?.thumbnails?.[0]
      if (thumb) expect({ width: thumb.width, height: thumb.height }).toEqual(await pictureSize(String(thumb.url)))
    }
  })

  it('should have a JSON Feed 1.1 beside it with the same items, dates and attachments', () => {
    const jsonFile = file.replace(/rss\.xml$/, 'feed.json')
    const feed = parseJsonFeed(JSON.parse(read(jsonFile)))
    expect(JSON.parse(read(jsonFile)).version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe(`${SITE}/${jsonFile}`)
    const jsonItems = feed.items ?? []
    expect(jsonItems.map((item) => item.id)).toEqual(items.map((item) => item.guid?.value))
    for (const [index, item] of jsonItems.entries()) {
      const rss = items[index]
      expect(item.url).toBe(rss?.link)
      expect(Date.parse(String(item.date_modified))).toBe(Date.parse(String(rss?.atom?.updated)))
      const enclosure = rss?.enclosures?.[0]
      if (enclosure)
        expect(item.attachments?.[0]).toMatchObject({ url: enclosure.url, mime_type: enclosure.type, size_in_bytes: enclosure.length })
    }
  })
})

describe('portrait posters and pages of their own', () => {
  it('should send a portrait 公益海报 uncropped (taller than wide) where the page shows a 4:3 card', async () => {
    const ads = parseRssFeed(read('ads/rss.xml')).items ?? []
    const pictures = await Promise.all(
      ads.flatMap((item) => (item.media?.contents?.[0] ? [pictureSize(String(item.media.contents[0].url))] : [])),
    )
    expect(pictures.some((size) => size.height > size.width)).toBe(true)
  })

  it('should link ads and knowledge items to their own pages from the list pages', () => {
    const adLinks = html('ads/index.html')
      .querySelectorAll('main h3 a')
      .map((a) => a.getAttribute('href') ?? '')
    expect(adLinks.length).toBeGreaterThan(0)
    for (const href of adLinks) expect(exists(`${href.slice(1)}index.html`)).toBe(true)
    const knowledge = html('knowledge/index.html')
      .querySelectorAll('main .preview a')
      .map((a) => a.getAttribute('href') ?? '')
    for (const href of knowledge) {
      expect(href).not.toContain('#')
      expect(html(`${href.slice(1)}index.html`).querySelectorAll('h1')).toHaveLength(1)
    }
  })
})

describe('feeds per unit and the 媒体合作 page', () => {
  const units = fs.readdirSync(path.join(siteDir(), 'units')).filter((name) => exists(`units/${name}/index.html`))

  it('should build an RSS and a JSON Feed for every unit, a district’s with its streets’ exposures', () => {
    expect(units.length).toBeGreaterThan(5)
    for (const unit of units) {
      expect(parseRssFeed(read(`units/${unit}/rss.xml`)).title).toContain('·')
      expect(parseJsonFeed(JSON.parse(read(`units/${unit}/feed.json`))).feed_url).toBe(`${SITE}/units/${unit}/feed.json`)
    }
    const sized = units.map((unit) => ({ unit, items: parseRssFeed(read(`units/${unit}/rss.xml`)).items ?? [] }))
    const withExposures = sized.filter(({ items }) => items.some((item) => item.link?.includes('/exposures/')))
    expect(withExposures.length).toBeGreaterThan(0)
  })

  it('should list every feed, the licence, the embed page and a contact, and be linked from every footer', () => {
    const page = html('partners/index.html')
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['媒体合作'])
    const hrefs = new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')))
    for (const file of FEEDS) {
      expect(hrefs.has(`/${file}`)).toBe(true)
      expect(hrefs.has(`/${file.replace(/rss\.xml$/, 'feed.json')}`)).toBe(true)
    }
    for (const unit of units) expect(hrefs.has(`/units/${unit}/rss.xml`) || !hrefs.has(`/units/${unit}/`)).toBe(true)
    expect(hrefs.has('/partners/embed/')).toBe(true)
    expect(page.querySelector('main')?.text).toContain(LICENCE)
    expect(page.querySelector('main')?.text).toContain('wenming@example.gov.cn')
    for (const table of page.querySelectorAll('main table')) {
      expect(table.querySelector('caption')?.text.length).toBeGreaterThan(0)
      expect(table.querySelectorAll('th[scope="col"]').length).toBe(3)
    }
    expect(html('index.html').querySelector('footer a[href="/partners/"]')).not.toBeNull()
  })
})
