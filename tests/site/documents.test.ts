/**
 * The 政务公开 library on the built demo site: list and filter pages, each document's validity (a
 * banner with the replacement's link on the revised 管理办法, the replacement listing what it
 * replaced), the facts table, PDFs, the section feed parsed as XML, the sitemap and the search index.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { isSearchable } from '../../publisher/rules/affectedPages.ts'
import { documents } from '../../seed/data/documents.ts'
import { exists, html, htmlFiles, read, siteDir } from './site.ts'

const SITE = 'https://wm.example.cn'
const published = documents.filter((doc) => doc.status === 'published')
const drafts = documents.filter((doc) => doc.status === 'draft')
const OLD = 'documents/storefront-duties-measures-2025/index.html'
const NEW = 'documents/storefront-duties-measures-2026/index.html'

describe('the document library', () => {
  const page = html('documents/index.html')

  it('should list every published document, newest first, with one h1 in the main landmark', () => {
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['政务公开'])
    expect(page.querySelector('main h1')?.text).toBe('政务公开')
    const titles = page.querySelectorAll('.documents h2 a').map((a) => a.text)
    expect(titles.sort()).toEqual(published.map((doc) => doc.title).sort())
    const dates = page.querySelectorAll('.documents time').map((time) => time.getAttribute('datetime') ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('should mark each document’s validity in the list', () => {
    const rows = page.querySelectorAll('.documents li').map((li) => [li.querySelector('h2')?.text, li.querySelector('.tag')?.text])
    expect(rows).toContainEqual(['示范市“门前五包”责任制管理办法', '已修订'])
    expect(rows).toContainEqual(['示范市创建全国文明城市实施方案', '有效'])
  })

  it('should offer static filters by year, issuer and validity, with counts that match their pages', () => {
    const links = page.querySelectorAll('nav[aria-label="筛选文件"] a').map((a) => [a.getAttribute('href'), a.text])
    expect(links).toContainEqual(['/documents/', `全部文件（${published.length}）`])
    expect(links).toContainEqual(['/documents/year/2026/', `2026年（${published.filter((d) => d.publishDate.startsWith('2026')).length}）`])
    expect(links).toContainEqual(['/documents/year/2025/', '2025年（1）'])
    expect(links).toContainEqual(['/documents/issuer/dept-urban/', '城市管理局（2）'])
    expect(links).toContainEqual(['/documents/validity/revised/', '已修订（1）'])
    for (const [href, text] of links) {
      const count = Number(/（(\d+)）/.exec(text ?? '')?.[1])
      const file = `${href?.slice(1)}index.html`
      expect(exists(file), file).toBe(true)
      expect(html(file).querySelectorAll('.documents li').length).toBe(Math.min(count, 12))
    }
  })

  it('should mark the filter showing and title the filtered page', () => {
    const revised = html('documents/validity/revised/index.html')
    expect(revised.querySelector('h1')?.text).toBe('政务公开 · 效力：已修订')
    expect(revised.querySelector('nav[aria-label="筛选文件"] a[aria-current="page"]')?.getAttribute('href')).toBe(
      '/documents/validity/revised/',
    )
    expect(revised.querySelectorAll('.documents h2 a').map((a) => a.getAttribute('href'))).toEqual([
      '/documents/storefront-duties-measures-2025/',
    ])
    expect(exists('documents/validity/repealed/index.html')).toBe(false)
    expect(html('documents/issuer/city/index.html').querySelector('h1')?.text).toBe('政务公开 · 发布机关：示范市')
  })

  it('should leave out the draft document everywhere', () => {
    const all = htmlFiles()
      .map((file) => read(file))
      .join('\n')
    for (const doc of drafts) {
      expect(all).not.toContain(doc.title)
      expect(exists(`documents/${doc.slug}/index.html`)).toBe(false)
    }
    expect(read('documents/rss.xml')).not.toContain(drafts[0]?.title ?? 'never')
  })
})

describe('a document page', () => {
  it('should show a revised document’s validity prominently, linking to the document in force', () => {
    const page = html(OLD)
    const banner = page.querySelector('.validity.ended')
    expect(banner?.querySelector('h2')?.text).toBe('效力：已修订')
    expect(banner?.text).toContain('本文件已修订，现行文件为《示范市“门前五包”责任制管理办法（2026年修订）》（示城管发〔2026〕4号）。')
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/documents/storefront-duties-measures-2026/')
    // The banner comes right after the title, before the facts and the full text.
    const order = page.querySelectorAll('article > *').map((el) => el.tagName)
    expect(order.slice(0, 3)).toEqual(['H1', 'SECTION', 'TABLE'])
  })

  it('should list on the replacement what it replaced, and show it in force', () => {
    const page = html(NEW)
    expect(page.querySelector('.validity')?.text).toContain('本文件现行有效')
    expect(page.querySelector('.validity.ended')).toBeNull()
    const replaces = page.querySelector('section[aria-labelledby="h-replaces"]')
    expect(replaces?.querySelector('h2')?.text).toBe('本文件替代的文件')
    expect(replaces?.querySelector('a')?.getAttribute('href')).toBe('/documents/storefront-duties-measures-2025/')
    expect(replaces?.querySelector('a')?.text).toBe('《示范市“门前五包”责任制管理办法》（示城管发〔2025〕12号）')
  })

  it('should give the 文号, issuer and dates in a captioned table with row headers and <time datetime>', () => {
    const page = html('documents/evaluation-system-2026/index.html')
    const table = page.querySelector('table.facts')
    expect(table?.querySelector('caption')?.text).toBe('文件信息')
    const rows = Object.fromEntries(
      table?.querySelectorAll('tr').map((tr) => [tr.querySelector('th[scope="row"]')?.text, tr.querySelector('td')?.text]) ?? [],
    )
    expect(rows).toMatchObject({
      文件类别: '测评体系',
      文号: '示文明办〔2026〕3号',
      效力: '有效',
      发布机关: '示范市精神文明建设指导委员会办公室（示范市）',
    })
    expect(table?.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toEqual(['2026-02-20', '2026-02-26'])
    expect(page.querySelector('h2 + div')?.text).toContain('本测评体系适用于市文明办组织的市民巡访团测评')
  })

  it('should offer its PDF for download from the site’s media', () => {
    const link = html('documents/campaign-implementation-plan-2026/index.html').querySelector('section[aria-labelledby="h-files"] a')
    expect(link?.text).toBe('示范市创建全国文明城市实施方案全文（PDF）')
    const href = link?.getAttribute('href') ?? ''
    expect(href).toMatch(/^\/media\/.+\.pdf$/)
    expect(fs.readFileSync(path.join(siteDir(), href)).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('/documents/rss.xml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) })
  type Item = { title: string; link: string; guid: { '#text': string }; 'content:encoded': string; category: string[] }
  const items = (parser.parse(read('documents/rss.xml')).rss.channel.item ?? []) as Item[]

  it('should carry every published document with a stable GUID and absolute links', () => {
    expect(items.map((item) => item.link).sort()).toEqual(published.map((doc) => `${SITE}/documents/${doc.slug}/`).sort())
    for (const item of items) expect(item.guid['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })

  it('should say in the item that a document was revised, linking the document in force', () => {
    const old = items.find((item) => item.link === `${SITE}/documents/storefront-duties-measures-2025/`)
    expect(old?.title).toBe('【已修订】示范市“门前五包”责任制管理办法')
    expect(old?.['content:encoded']).toContain(`<a href="${SITE}/documents/storefront-duties-measures-2026/">查看新文件</a>`)
    expect(old?.['content:encoded']).toContain('文号：示城管发〔2025〕12号')
    expect(old?.category).toEqual(['政务公开', '管理办法', '城市管理局', '已修订'])
  })
})

describe('the sitemap and search', () => {
  it('should list the library, its filters and every document page in the sitemap', () => {
    const sitemap = read('sitemap.xml')
    for (const doc of published) expect(sitemap).toContain(`<loc>${SITE}/documents/${doc.slug}/</loc>`)
    expect(sitemap).toContain(`<loc>${SITE}/documents/year/2025/</loc>`)
  })

  it('should index document pages for search, not the list and filter pages', () => {
    expect(isSearchable(NEW)).toBe(true)
    expect(isSearchable('documents/index.html')).toBe(false)
    expect(isSearchable('documents/issuer/city/index.html')).toBe(false)
    const fragments = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return fragments(full)
        return entry.name.endsWith('.pf_fragment') ? [gunzipSync(fs.readFileSync(full)).toString('utf8')] : []
      })
    const indexed = fragments(path.join(siteDir(), 'pagefind'))
    expect(indexed.some((text) => text.includes('/documents/storefront-duties-measures-2026/') && text.includes('门前五包'))).toBe(true)
    expect(indexed.some((text) => text.includes('"url":"/documents/"'))).toBe(false)
  })
})
