import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { bulletins } from '../../seed/data/bulletins.ts'
import { moreBulletins } from '../../seed/data/moreBulletins.ts'
import { exists, read } from './site.ts'

const site = { read, exists }
const all = [...bulletins, ...moreBulletins]
const published = all.filter((item) => item.status === 'published').sort((a, b) => b.date.localeCompare(a.date))
const draft = all.find((item) => item.status === 'draft')

describe('the built public site', () => {
  it('should render a zh-CN home page listing the published bulletins newest first', () => {
    const html = parse(site.read('index.html'))
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')
    expect(html.querySelectorAll('h1')).toHaveLength(1)
    const titles = html.querySelectorAll('main article h3 a').map((a) => a.text.trim())
    const expected = published.slice(0, 10).map((item) => item.title)
    expect(titles).toEqual(expected)
    expect(html.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml')
  })

  it('should give every image alt text, dimensions and a srcset of renditions', () => {
    const images = parse(site.read('index.html')).querySelectorAll('img')
    expect(images.length).toBe(10)
    for (const img of images) {
      expect(img.getAttribute('alt')?.length).toBeGreaterThan(0)
      expect(Number(img.getAttribute('width'))).toBe(800)
      expect(Number(img.getAttribute('height'))).toBe(533)
      expect(img.getAttribute('srcset')).toMatch(/-400x300\.webp 400w, .*-800x533\.webp 800w, .*-1600x900\.webp 1600w$/)
      expect(site.exists(decodeURIComponent(img.getAttribute('src') as string).slice(1))).toBe(true)
    }
  })

  it('should build one page per published bulletin and none for the draft', () => {
    for (const item of published) {
      const page = parse(site.read(`bulletins/${item.slug}/index.html`))
      expect(page.querySelector('h1')?.text).toBe(item.title)
      expect(page.querySelector('time')?.getAttribute('datetime')).toBe(`${item.date}T00:00:00.000Z`)
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
        /^https:\/\/wm\.example\.cn\/media\/.*-1200x630\.jpg$/,
      )
    }
    expect(site.exists(`bulletins/${draft?.slug}/index.html`)).toBe(false)
  })

  it('should serve a Chinese 404 page', () => {
    expect(parse(site.read('404.html')).querySelector('h1')?.text).toBe('页面未找到')
  })

  it('should publish a valid RSS 2.0 feed with full content and absolute links', () => {
    const xml = site.read('rss.xml')
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const channel = feed.rss.channel
    expect(feed.rss['@_version']).toBe('2.0')
    expect(channel.language).toBe('zh-cn')
    expect(new Date(channel.lastBuildDate).getTime()).not.toBeNaN()
    const items = Array.isArray(channel.item) ? channel.item : [channel.item]
    expect(items.map((item: { title: string }) => item.title)).toEqual(
      [...published].sort((a, b) => b.date.localeCompare(a.date)).map((item) => item.title),
    )
    for (const item of items) {
      expect(item.link).toMatch(/^https:\/\/wm\.example\.cn\/bulletins\/[a-z0-9-]+\/$/)
      expect(item['content:encoded']).toMatch(/<img src="https:\/\/wm\.example\.cn\/media\//)
      expect(item.category).toBe('通报')
    }
  })

  it('should leak no draft anywhere in the output', () => {
    for (const file of ['index.html', 'rss.xml']) {
      expect(site.read(file)).not.toContain(draft?.title as string)
      expect(site.read(file)).not.toContain(draft?.slug as string)
    }
  })
})
