import { describe, expect, it } from 'vitest'
import { richText } from '../../seed/lexical.ts'
import { absolutizeHtml, guidFor, toFeedItems, toJsonFeed } from '../../site/lib/feeds.ts'
import { siteImageUnder } from '../../site/lib/media.ts'

const RIGHTS = { licence: '转载请注明来源：示范市文明办', copyright: '© 2026 示范市文明办', sourceName: '示范市文明办' }

import { richTextToHtml } from '../../site/lib/richtext.ts'

const toSiteImage = siteImageUnder('/media')

describe('site lib', () => {
  it('should make root-relative links absolute and leave others alone', () => {
    const html = '<a href="/x/">x</a><img src="/media/a.webp"><a href="https://e.cn/">e</a>'
    expect(absolutizeHtml(html, 'https://wm.example.cn')).toBe(
      '<a href="https://wm.example.cn/x/">x</a><img src="https://wm.example.cn/media/a.webp"><a href="https://e.cn/">e</a>',
    )
  })

  it('should order feed items newest first with absolute links', () => {
    const items = toFeedItems(
      [
        {
          guid: { collection: 'bulletins', id: '7' },
          title: 'old',
          path: '/a/',
          date: '2026-01-01',
          summary: 's',
          html: '<p>a</p>',
          categories: ['通报'],
        },
        {
          guid: { collection: 'bulletins', id: '9' },
          title: 'new',
          path: '/b/',
          date: '2026-02-01',
          summary: 's',
          html: '<p>b</p>',
          categories: ['通报'],
        },
      ],
      'https://wm.example.cn',
      RIGHTS,
      '/bulletins/rss.xml',
    )
    expect(items.map((item) => item.title)).toEqual(['new', 'old'])
    expect(items[0]?.link).toBe('https://wm.example.cn/b/')
    expect(items[0]?.categories).toEqual(['通报'])
    expect(items[0]?.customData).toBe(
      '<guid isPermaLink="false">https://wm.example.cn/_id/bulletins/9</guid><atom:updated>2026-02-01T00:00:00.000Z</atom:updated>' +
        '<dc:rights>转载请注明来源：示范市文明办</dc:rights><source url="https://wm.example.cn/bulletins/rss.xml">示范市文明办</source>',
    )
  })

  it('should render rich text to HTML and strip anything unsafe', () => {
    expect(richTextToHtml(richText(['## 标题', '第一段']))).toBe('<h2>标题</h2><p>第一段</p>')
    expect(richTextToHtml(null)).toBe('')
  })

  it('should build a srcset from the renditions and use the card size', () => {
    const image = toSiteImage({
      alt: '示意图',
      filename: 'a.jpg',
      width: 1600,
      height: 900,
      sizes: {
        thumbnail: { filename: 'a-400x300.webp', width: 400, height: 300 },
        card: { filename: 'a-800x533.webp', width: 800, height: 533 },
        hero: { filename: 'a-1600x900.webp', width: 1600, height: 900 },
        social: { filename: 'a-1200x630.jpg', width: 1200, height: 630 },
      },
    })
    expect(image).toEqual({
      src: '/media/a-800x533.webp',
      srcset: '/media/a-400x300.webp 400w, /media/a-800x533.webp 800w, /media/a-1600x900.webp 1600w',
      width: 800,
      height: 533,
      alt: '示意图',
      social: '/media/a-1200x630.jpg',
    })
    expect(toSiteImage({ filename: 'doc.pdf' })).toBeUndefined()
  })

  it('should keep an item’s GUID when its title, slug or date change', () => {
    const before = {
      guid: { collection: 'exposures', id: '42' },
      title: '旧标题',
      path: '/exposures/old/',
      date: '2026-01-01',
      summary: '',
      html: '',
      categories: [],
    }
    const after = { ...before, title: '新标题', path: '/exposures/new/', date: '2026-03-01' }
    expect(guidFor(after, 'https://wm.example.cn')).toBe(guidFor(before, 'https://wm.example.cn'))
    expect(guidFor(before, 'https://wm.example.cn')).toBe('https://wm.example.cn/_id/exposures/42')
  })

  it('should build JSON Feed 1.1 items with absolute URLs and images', () => {
    const feed = toJsonFeed(
      { title: 'T', description: 'D', home: '/', feedPath: '/feed.json' },
      [
        {
          guid: { collection: 'bulletins', id: '1' },
          title: 'A',
          path: '/a/',
          date: '2026-01-02',
          summary: 's',
          html: '<a href="/x/">x</a>',
          categories: ['通报'],
          image: { src: '/media/a.webp', alt: 'a', social: '/media/a.jpg' },
        },
      ],
      'https://wm.example.cn',
      RIGHTS,
    )
    expect(feed.items).toEqual([
      {
        id: 'https://wm.example.cn/_id/bulletins/1',
        url: 'https://wm.example.cn/a/',
        title: 'A',
        summary: 's',
        content_html: '<a href="https://wm.example.cn/x/">x</a><p>转载请注明来源：示范市文明办</p>',
        date_published: '2026-01-02T00:00:00.000Z',
        date_modified: '2026-01-02T00:00:00.000Z',
        tags: ['通报'],
        // No uncropped feed picture known: the page's picture.
        image: 'https://wm.example.cn/media/a.webp',
        _rights: { licence: '转载请注明来源：示范市文明办', copyright: '© 2026 示范市文明办' },
      },
    ])
  })
})
