/** The 文明称号 pages of the built seeded site: directory by level and year, details, 已摘牌, 公示 with 异议, unit pages, feed, sitemap. */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { challengePlaceholder, formPageOf } from '../../cms/domain/formPages.ts'
import { titles } from '../../seed/data/titles.ts'
import { exists, html, htmlFiles, read } from './site.ts'

const SITE = 'https://wm.example.cn'
const text = (file: string) => html(file).querySelector('main')?.text.replace(/\s+/g, ' ') ?? ''
const revoked = 'city-heping-street'
const pending = 'city-market-regulation'
const inNotice = titles.find((title) => title.notice)?.slug as string

describe('/titles/: the directory', () => {
  it('should list every seeded title in a captioned table, one h1, with level and year filters', () => {
    const page = html('titles/index.html')
    expect(page.querySelectorAll('h1')).toHaveLength(1)
    expect(page.querySelector('main table caption')?.text).toContain('文明称号名录')
    expect(page.querySelectorAll('main th[scope="col"]').length).toBe(4)
    const links = page.querySelectorAll('main table a').map((a) => a.getAttribute('href'))
    for (const title of titles) expect(links).toContain(`/titles/${title.slug}/`)
    const filters = page.querySelectorAll('nav ul.filters a').map((a) => a.getAttribute('href'))
    expect(filters).toEqual(
      expect.arrayContaining(['/titles/level/national/', '/titles/level/province/', '/titles/level/city/', '/titles/year/2020/']),
    )
  })

  it.each([
    ['national', '全国'],
    ['province', '省级'],
    ['city', '市级'],
  ])('should have a page for level %s with only its titles', (level, label) => {
    const page = html(`titles/level/${level}/index.html`)
    expect(page.querySelector('h1')?.text).toContain(label)
    const rows = page.querySelectorAll('main tbody tr')
    expect(rows.length).toBe(titles.filter((title) => title.level === level).length)
    for (const row of rows) expect(row.text).toContain(label)
    expect(page.querySelector(`a[href="/titles/level/${level}/"]`)?.getAttribute('aria-current')).toBe('page')
  })

  it('should have a page for each award year', () => {
    for (const year of new Set(titles.map((title) => title.year))) {
      const rows = html(`titles/year/${year}/index.html`).querySelectorAll('main tbody tr')
      expect(rows.length).toBe(titles.filter((title) => title.year === year).length)
    }
  })

  it('should show the revoked title as 已摘牌 in the directory, not leave it out', () => {
    const row = html('titles/index.html')
      .querySelectorAll('main tbody tr')
      .find((tr) => tr.querySelector(`a[href="/titles/${revoked}/"]`))
    expect(row?.text).toContain('已摘牌')
  })
})

describe('/titles/<slug>/: a title', () => {
  it('should show the holder, the title, facts and 复查 results in captioned tables', () => {
    const page = html('titles/city-experimental-primary/index.html')
    expect(page.querySelector('h1')?.text).toBe('示范市实验小学')
    expect(text('titles/city-experimental-primary/index.html')).toContain('2024年度市级文明校园')
    const captions = page.querySelectorAll('main caption').map((c) => c.text)
    expect(captions).toEqual(['称号信息', '历年复查结果（由新到旧）'])
    expect(page.querySelector('main tbody th[scope="row"]')).toBeTruthy()
    expect(text('titles/city-experimental-primary/index.html')).toContain('不合格')
  })

  it('should show 已摘牌 with reason and date after the reviewer accepted the 摘牌提议', () => {
    const page = html(`titles/${revoked}/index.html`)
    const box = page.querySelector('.revoked')
    expect(box?.querySelector('h2')?.text).toBe('已摘牌')
    expect(box?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(box?.text).toContain('和平街道')
    expect(box?.text).toContain('目标考核扣分、文明单位摘牌、领导干部问责')
    expect(exists(`titles/${revoked}/objection/index.html`)).toBe(false)
  })

  it('should not revoke on a pending 摘牌提议 (the reviewer has not decided)', () => {
    expect(html(`titles/${pending}/index.html`).querySelector('.revoked')).toBeNull()
    expect(text(`titles/${pending}/index.html`)).toContain('有效')
  })

  it('should show the 公示 with a link to the objection form page, served with a fresh challenge', () => {
    const box = html(`titles/${inNotice}/index.html`).querySelector('.notice')
    expect(box?.querySelector('h2')?.text).toBe('公示中')
    expect(box?.querySelectorAll('time')).toHaveLength(2)
    expect(box?.querySelector(`a[href="/titles/${inNotice}/objection/"]`)).toBeTruthy()
    const formPage = `titles/${inNotice}/objection/index.html`
    expect(formPageOf(`/titles/${inNotice}/objection/`)?.purpose).toBe('title-objection')
    expect(read(formPage)).toContain(challengePlaceholder('title-objection'))
    expect(read(formPage)).toContain('noindex')
    expect(html(formPage).querySelector('form')?.getAttribute('action')).toMatch(/^\/api\/civility-titles\/\d+\/objection$/)
    const others = htmlFiles().filter((file) => /^titles\/[^/]+\/objection\//.test(file))
    expect(others).toEqual([formPage])
  })
})

describe('unit pages, feed, sitemap', () => {
  it('should list a unit’s titles on its page, revoked ones marked', () => {
    const heping = text('units/s-heping/index.html')
    expect(heping).toContain('文明称号')
    expect(heping).toContain('2022年度市级文明单位')
    expect(heping).toContain('已摘牌')
    expect(text('units/dept-traffic/index.html')).toContain('2020年度全国文明单位')
  })

  it('should carry every title in /titles/rss.xml with absolute links, stable GUIDs and full HTML', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) })
    const items = parser.parse(read('titles/rss.xml')).rss.channel.item as {
      link: string
      guid: { '#text': string }
      title: string
      category: string[]
    }[]
    expect(items.length).toBe(titles.length)
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${SITE}/titles/[a-z0-9-]+/$`))
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length)
    const revokedItem = items.find((item) => item.link.endsWith(`/titles/${revoked}/`))
    expect(revokedItem?.title).toContain('已摘牌')
    expect(read('titles/rss.xml')).toMatch(/已摘牌（\d{4}-\d{2}-\d{2}）/)
  })

  it('should put titles, directory filters and details in the sitemap, and no objection form page', () => {
    const sitemap = read('sitemap.xml')
    expect(sitemap).toContain(`${SITE}/titles/`)
    expect(sitemap).toContain(`${SITE}/titles/level/national/`)
    expect(sitemap).toContain(`${SITE}/titles/${revoked}/`)
    expect(sitemap).not.toContain(`/titles/${inNotice}/objection/`)
  })
})
