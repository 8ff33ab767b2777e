/**
 * 创城动态 on the built seeded site: list, detail pages, feed, home and unit blocks, sitemap and
 * search — all from the generic routes and the table's shape (site/pages/[section]/).
 */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { contentType } from '../../cms/domain/contentTypes/index.ts'
import { isSearchable } from '../../publisher/rules/affectedPages.ts'
import news from '../../seed/data/news.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { exists, html, htmlFiles, read, siteDir } from './site.ts'

const SITE = 'https://wm.example.cn'
const type = contentType('news')
const published = news.filter((item) => item.status === 'published')
const drafts = news.filter((item) => item.status === 'draft')
const newest = [...published].sort((a, b) => String(b.date).localeCompare(String(a.date)) || a.slug.localeCompare(b.slug))
const detail = (slug: string) => `news/${slug}/index.html`

describe('the news list /news/', () => {
  const doc = () => html('news/index.html')

  it('should list every published article newest first, with its date and source, and no draft', () => {
    expect(doc().querySelector('h1')?.text).toBe('创城动态')
    const links = doc()
      .querySelectorAll('main .generic-cards h2 a')
      .map((a) => a.getAttribute('href'))
    expect(links).toEqual(newest.map((item) => `/news/${item.slug}/`))
    expect(doc().querySelectorAll('main time[datetime]').length).toBe(published.length)
    expect(read('news/index.html')).toContain('来源：大众网·海报新闻')
    for (const item of drafts) expect(read('news/index.html')).not.toContain(String(item.title))
  })

  it('should mark the section in the navigation and link its feed', () => {
    expect(doc().querySelector('link[rel="alternate"][href="/news/rss.xml"]')).not.toBeNull()
  })
})

describe.each(published.map((item) => [item.slug, item] as const))('the article %s', (slug, item) => {
  const file = detail(slug)

  it('should have one h1, its date as <time datetime>, its source and author, its image with alt text and its body', () => {
    const doc = html(file)
    expect(doc.querySelectorAll('h1').map((h) => h.text)).toEqual([item.title])
    expect(doc.querySelector('main')).not.toBeNull()
    expect(doc.querySelector('article time')?.getAttribute('datetime')).toBe(item.date)
    expect(doc.querySelector('article .meta')?.text).toContain(`来源：${item.source}`)
    if (item.author) expect(doc.querySelector('article .meta')?.text).toContain(`作者：${item.author}`)
    expect(doc.querySelector('article img')?.getAttribute('alt')?.length).toBeGreaterThan(0)
    expect(doc.querySelector('article')?.text).toContain((item.body as string[])[0])
  })

  it('should stay within 60 kB and be in the search index and the sitemap', () => {
    expect(pageWeight(siteDir(), file).total).toBeLessThanOrEqual(60 * 1024)
    expect(isSearchable(file)).toBe(true)
    expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}/news/${slug}/</loc>`)
  })
})

describe('drafts', () => {
  it.each(drafts.map((item) => [item.slug] as const))('should give the draft %s no page', (slug) => {
    expect(exists(detail(slug))).toBe(false)
  })
})

describe('the news feed /news/rss.xml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' })
  const items = () => parser.parse(read('news/rss.xml')).rss.channel.item as Record<string, unknown>[]

  it('should carry every published article, newest first, with full sanitized HTML, the source and a stable GUID', () => {
    expect(items().map((item) => item.link)).toEqual(newest.map((item) => `${SITE}/news/${item.slug}/`))
    const zibo = items().find((item) => String(item.link).endsWith('/zibo-lessons-2021/')) as Record<string, unknown>
    expect(String(zibo['content:encoded'])).toContain('来源：大众网·海报新闻')
    expect(String(zibo['content:encoded'])).toContain('全国第29名')
    expect(String(zibo['content:encoded'])).not.toContain('<script')
    expect((zibo.guid as Record<string, string>)['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })

  it('should put the articles in the site-wide feed', () => {
    expect(read('rss.xml')).toContain(`${SITE}/news/${newest[0]!.slug}/`)
  })
})

describe('the home page and unit pages', () => {
  it('should list the latest five articles under 创城动态 on the home page, within the page budget', () => {
    const section = html('index.html').querySelector('section[aria-labelledby="h-news"]')
    expect(section?.querySelector('h2')?.text).toBe(type.site.homePage)
    expect(section?.querySelectorAll('h3 a').map((a) => a.getAttribute('href'))).toEqual(
      newest.slice(0, 5).map((item) => `/news/${item.slug}/`),
    )
    expect(pageWeight(siteDir(), 'index.html').total).toBeLessThanOrEqual(60 * 1024)
  })

  it('should list an article on the pages of the units it names', () => {
    const pushMeeting = '/news/campaign-push-meeting/'
    const unitPages = htmlFiles().filter((file) => /^units\/[^/]+\/index\.html$/.test(file) && read(file).includes(`href="${pushMeeting}"`))
    expect(unitPages.length).toBe(((news.find((item) => item.slug === 'campaign-push-meeting')?.units ?? []) as string[]).length)
    for (const file of unitPages) expect(html(file).querySelector('section[aria-labelledby="h-news"] h2')?.text).toBe('创城动态')
  })

  it('should leave the list pages out of search', () => {
    expect(isSearchable('news/index.html')).toBe(false)
  })
})
