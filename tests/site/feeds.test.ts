import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { sectionTypes } from '../../cms/domain/contentTypes/index.ts'
import { SECTIONS } from '../../site/lib/urls.ts'
import { exists, read, siteDir } from './site.ts'

/** Debian's xmllint and Python feedparser: real XML and feed clients, as media partners use. */
const xmllint = (file: string): string =>
  execFileSync('xmllint', ['--noout', path.join(siteDir(), file)], { encoding: 'utf8', stdio: 'pipe' })
const feedparser = (file: string): { bozo: number; entries: number; title: string } =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys,json,feedparser; d=feedparser.parse(sys.argv[1]); print(json.dumps({"bozo": int(d.bozo), "entries": len(d.entries), "title": d.feed.get("title", "")}))',
        path.join(siteDir(), file),
      ],
      { encoding: 'utf8' },
    ),
  )

const SITE = 'https://wm.example.cn'
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) })
const FEEDS = ['rss.xml', ...SECTIONS.map((section) => section.feed.slice(1))]

type Item = Record<string, unknown> & { guid: { '#text': string; '@_isPermaLink': string }; category: string[] }
const guidsOf = (file: string): string[] => ((parser.parse(read(file)).rss.channel.item ?? []) as Item[]).map((item) => item.guid['#text'])

describe.each(FEEDS)('feed %s', (file) => {
  const xml = read(file)
  const channel = parser.parse(xml).rss.channel as Record<string, unknown> & { item?: Item[] }
  const items = channel.item ?? []

  it('should be well-formed RSS 2.0 with the channel elements readers need', () => {
    expect(xmllint(file)).toBe('')
    const parsed = feedparser(file)
    expect(parsed.bozo).toBe(0)
    expect(parsed.entries).toBe(items.length)
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"')
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"')
    expect(String(channel.title)).toContain('创建全国文明城市')
    expect(channel.link).toBe(`${SITE}/`)
    expect(channel.language).toBe('zh-cn')
    expect(new Date(String(channel.lastBuildDate)).getFullYear()).toBeGreaterThan(2000)
    const atomLinks = channel['atom:link'] as Record<string, string>[]
    expect(atomLinks.find((link) => link['@_rel'] === 'self')?.['@_href']).toBe(`${SITE}/${file}`)
    // The JSON Feed beside it (issue 25).
    expect(atomLinks.find((link) => link['@_rel'] === 'alternate')?.['@_href']).toBe(`${SITE}/${file.replace(/rss\.xml$/, 'feed.json')}`)
    expect(items.length).toBeGreaterThan(0)
  })

  it('should give every item absolute links, a stable GUID, a date, full content and categories, newest first', () => {
    for (const item of items) {
      expect(String(item.link)).toMatch(new RegExp(`^${SITE}/`))
      expect(item.guid['@_isPermaLink']).toBe('false')
      // Stored on the document at creation (issue 25): never built from SITE_URL or the database id.
      expect(item.guid['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
      expect(Number.isNaN(new Date(String(item.pubDate)).getTime())).toBe(false)
      expect(String(item['content:encoded']).length).toBeGreaterThan(10)
      expect(String(item['content:encoded'])).not.toMatch(/(src|href)="\//)
      expect(item.category.length).toBeGreaterThan(0)
    }
    // Most recently updated first (an item that changed comes back to the top of a partner's reader).
    const dates = items.map((item) => new Date(String(item['atom:updated'])).getTime())
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    for (const item of items)
      expect(new Date(String(item['atom:updated'])).getTime()).toBeGreaterThanOrEqual(new Date(String(item.pubDate)).getTime() - 999)
    const guids = items.map((item) => item.guid['#text'])
    expect(new Set(guids).size).toBe(guids.length)
  })

  it('should attach the lead image as media:content with an absolute URL', () => {
    const withImages = items.filter((item) => item['media:content'])
    for (const item of withImages) expect((item['media:content'] as Record<string, string>)['@_url']).toMatch(new RegExp(`^${SITE}/media/`))
    if (['rss.xml', 'bulletins/rss.xml', 'exposures/rss.xml', 'good-people/rss.xml'].includes(file))
      expect(withImages.length).toBeGreaterThan(0)
  })
})

describe('site-wide feeds and discovery', () => {
  it('should combine every section in /rss.xml', () => {
    const items = (parser.parse(read('rss.xml')).rss.channel.item ?? []) as Item[]
    const sectionOf = new Map(sectionTypes.flatMap((type) => guidsOf(type.feed.slice(1)).map((guid) => [guid, type.slug] as const)))
    const collections = new Set(items.map((item) => sectionOf.get(item.guid['#text'])).filter((slug) => slug !== undefined))
    expect([...collections].sort()).toEqual([
      'bulletins',
      'civility-titles',
      'documents',
      'evaluation-rounds',
      'exposures',
      'good-people',
      'knowledge',
      'messages',
      'news',
      'practice-centres',
      'projects',
      'public-ads',
      'surveys',
      'topics',
      'tv-episodes',
      'volunteer-activities',
    ])
    // …which is every type of the content-type table with a section of its own.
    expect([...collections].sort()).toEqual(sectionTypes.map((type) => type.slug).sort())
  })

  it('should publish JSON Feed 1.1 with the same items', () => {
    const feed = JSON.parse(read('feed.json'))
    const rssCount = ((parser.parse(read('rss.xml')).rss.channel.item ?? []) as Item[]).length
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe(`${SITE}/feed.json`)
    expect(feed.items).toHaveLength(rssCount)
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:uuid:/)
      expect(item.url).toMatch(new RegExp(`^${SITE}/`))
      expect(item.content_html.length).toBeGreaterThan(0)
    }
  })

  it('should have a sitemap and a robots.txt pointing at it', () => {
    expect(exists('sitemap-index.xml')).toBe(true)
    const sitemap = read('sitemap-0.xml')
    expect(sitemap).toContain(`<loc>${SITE}/rankings/</loc>`)
    expect(sitemap).not.toContain('/search/')
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`)
  })
})
