/**
 * The built site in Debian's Chromium: axe-core (WCAG 2.1 A/AA) on every page type in the normal
 * and the elder-friendly mode, keyboard use, the remembered elder mode, and Chinese search.
 */

import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { genericTypes } from '../../cms/domain/contentTypes/index.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { html, htmlFiles, read, siteDir } from './site.ts'

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let server: http.Server
let base = ''
let browser: Browser

const files = htmlFiles()
const first = (pattern: RegExp) => {
  const file = files.find((candidate) => pattern.test(candidate))
  if (!file) throw new Error(`no built page matches ${pattern}`)
  return `/${file.replace(/index\.html$/, '')}`
}
const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['rankings list', '/rankings/'],
  ['ranking', first(/^rankings\/[^/]+\/index\.html$/)],
  ['exposure board', '/exposures/'],
  ['exposure filter', first(/^exposures\/status\/[^/]+\/index\.html$/)],
  ['exposure', first(/^exposures\/(?!status|unit|page)[^/]+\/index\.html$/)],
  ['tv list', '/tv/'],
  ['tv episode', first(/^tv\/[^/]+\/index\.html$/)],
  ['bulletins', '/bulletins/'],
  ['bulletin', first(/^bulletins\/(?!series|page)[^/]+\/index\.html$/)],
  ['good people', '/good-people/'],
  ['good person', first(/^good-people\/[^/]+\/index\.html$/)],
  ['nominee in public notice (点赞)', '/good-people/q3-yang-guifang/'],
  ['随手拍 form', '/report/'],
  ['异议反馈 form', '/good-people/q3-yang-guifang/objection/'],
  ['随手拍 status', '/report/status/'],
  ['隐私说明', '/privacy/'],
  ['ads', '/ads/'],
  ['knowledge', '/knowledge/'],
  ['ad page (issue 25)', '/ads/guanzi-poster-1/'],
  ['knowledge item page (issue 25)', '/knowledge/what-is-civilized-city/'],
  ['媒体合作', '/partners/'],
  ['unit', '/units/s-heping/'],
  ['document library', '/documents/'],
  ['document filter', '/documents/validity/revised/'],
  ['document (revised)', '/documents/storefront-duties-measures-2025/'],
  ['search', '/search/'],
  ['404', '/404.html'],
  ['民生实事 board', '/projects/'],
  ['民生实事 by district', first(/^projects\/district\/[^/]+\/index\.html$/)],
  ['民生实事 project', first(/^projects\/(?!district|campaign|page)[^/]+\/index\.html$/)],
  ['volunteering', '/volunteering/'],
  ['volunteer activity with its sign-up form', '/volunteering/qianming-ganjing-lumian/'],
  ['past volunteer activities', '/volunteering/past/'],
  ['volunteer hours per unit', '/volunteering/hours/'],
  ['practice centres', '/practice/'],
  ['应知应会测试 (unfilled; the filled page and its result are checked in tests/e2e/quiz.test.ts)', '/quiz/'],
  ['嵌入代码 (partners’ snippets)', '/partners/embed/'],
  ['embed: latest ranking', '/embed/rankings/latest/'],
  ['embed: exposure board', '/embed/exposures/unit/s-heping/'],
  ['410 notice', '/410/'],
  ['surveys', '/surveys/'],
  ['survey with its answer form', '/surveys/civility-awareness-2026/'],
  ['closed survey', '/surveys/civilized-travel-q3-2026/'],
  ['survey results', '/surveys/civilized-travel-q3-2026/results/'],
  ['留言 list (互动交流)', '/messages/'],
  ['留言 by category', '/messages/category/consult/'],
  ['留言 with its reply', '/messages/demo-message-bus-stop/'],
  ['留言 form', '/messages/new/'],
  ['留言 status', '/messages/status/'],
  ['留言 rates per unit', '/messages/rates/'],
  ['留言 of one unit', '/messages/unit/s-xinhua/'],
  // Every generic type of the content-type table (创城动态, 专题…): its list and a document's page.
  ...genericTypes.flatMap((type): [string, string][] => [
    [`${type.site.section.label.zh} list`, type.path],
    [type.labels.singular.zh, first(new RegExp(`^${type.site.route}/(?!page/)[^/]+/index\\.html$`))],
  ]),
]

/** A query of two words with more results on the seeded site than the search page once checked (60), in modern and old browsers. */
const MANY_RESULTS = '单位 街道'

beforeAll(async () => {
  const serve = sirv(siteDir(), { dev: true, extensions: ['html'] })
  server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404)
      res.end()
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
})

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

describe('accessibility in Chromium', () => {
  it.each(PAGE_TYPES)('%s (%s) should have no axe violations in normal and elder mode', async (_name, url) => {
    const page = await browser.newPage()
    await page.goto(`${base}${url}`)
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => localStorage.setItem('mode', 'elder'))
    await page.reload()
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('should be usable by keyboard: skip link first, then the elder-mode switch, remembered across pages', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mode-toggle')
    await page.keyboard.press('Space')
    expect(await page.getAttribute('#mode-toggle', 'aria-pressed')).toBe('true')
    const fontSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize))
    const lineHeight = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).lineHeight))
    expect(fontSize).toBeGreaterThanOrEqual(20)
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.3)
    await page.goto(`${base}/exposures/`)
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true)
    await page.close()
  })

  it('should find Chinese words inside sentences with the static search', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/search/?q=${encodeURIComponent('垃圾分类')}`)
    await page.waitForSelector('#search-results li a', { timeout: 15_000 })
    const links = await page.$$eval('#search-results li a', (anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links.some((href) => href?.startsWith('/knowledge/'))).toBe(true)
    await page.fill('#q', '和平街道')
    await page.press('#q', 'Enter')
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到'))
    const units = await page.$$eval('#search-results li a', (anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(units.length).toBeGreaterThan(0)
    await page.close()
  })

  /** The result links the search page shows for `query` (a browser without Intl.Segmenter when `old`). */
  async function searchLinks(query: string, old = false): Promise<string[]> {
    const page = await browser.newPage()
    // An old browser: no Intl.Segmenter (Pagefind then searches the query unsplit), and no Worker, so
    // Pagefind runs in the page itself where Intl.Segmenter is gone.
    if (old) await page.addInitScript(() => [Reflect.deleteProperty(Intl, 'Segmenter'), Reflect.deleteProperty(window, 'Worker')])
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''))
    const links = await page.$$eval('#search-results li a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
    await page.close()
    return links
  }

  it('should find the pages naming a whole unit name, its bulletins listing it under 涉及单位 too, in old browsers as well', async () => {
    // This bulletin names 东风街道 only in its 涉及单位 list.
    const bulletin = '/bulletins/jingming-patrol-2026-09-result/'
    expect(read('bulletins/jingming-patrol-2026-09-result/index.html')).toContain('<a href="/units/s-dongfeng/">东风街道</a>')
    for (const old of [false, true]) {
      const links = await searchLinks('东风街道', old)
      expect(links, old ? 'without Intl.Segmenter' : 'with Intl.Segmenter').toEqual(
        expect.arrayContaining(['/units/s-dongfeng/', bulletin]),
      )
      // Each page holds both words of the name (Pagefind ANDs them; a whole-name match ranks first).
      for (const href of links) expect(read(`${href.slice(1)}index.html`), href).toMatch(/东风[\s\S]*街道|街道[\s\S]*东风/)
    }
  })

  /**
   * Every result the search page shows for `query`, 显示更多结果 clicked until it is gone: the links of each
   * page of results and the status line at the end.
   */
  async function allResults(query: string, old = false): Promise<{ pages: string[][]; status: string }> {
    const page = await browser.newPage()
    if (old) await page.addInitScript(() => [Reflect.deleteProperty(Intl, 'Segmenter'), Reflect.deleteProperty(window, 'Worker')])
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''))
    const links = () => page.$$eval('#search-results li a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
    const pages: string[][] = [await links()]
    while (await page.isVisible('#search-more')) {
      const shown = pages.flat().length
      await page.click('#search-more')
      await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, shown)
      pages.push((await links()).slice(shown))
    }
    const status = await page.$eval('#search-status', (element) => element.textContent ?? '')
    await page.close()
    return { pages, status }
  }

  it('should show every result of a query of several words checked, 20 at a time, in old browsers as well', async () => {
    const parts = MANY_RESULTS.split(' ')
    for (const old of [false, true]) {
      const { pages, status } = await allResults(MANY_RESULTS, old)
      const all = pages.flat()
      const label = old ? 'without Intl.Segmenter' : 'with Intl.Segmenter'
      // More than the old limit of 60 read pages, shown a page of 20 at a time.
      expect(all.length, label).toBeGreaterThan(60)
      expect(
        pages.slice(0, -1).every((shown) => shown.length === 20),
        label,
      ).toBe(true)
      expect(new Set(all).size, label).toBe(all.length)
      expect(status, label).toBe(`找到 ${all.length} 条结果`)
      // What Pagefind indexed of each page: its <main>.
      for (const href of all) {
        const text = html(`${href.slice(1)}index.html`).querySelector('main')?.textContent ?? ''
        for (const part of parts) expect(text, `${label}: ${href}`).toContain(part)
      }
    }
  })

  it("should show only pages naming a person's whole name (no pages holding some of its characters)", async () => {
    const links = await searchLinks('何文斌')
    expect(links).toContain('/good-people/q3-he-wenbin/')
    for (const href of links) expect(read(`${href.slice(1)}index.html`), href).toContain('何文斌')
  })

  it('should echo the query and show results only as text (no HTML from the query)', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/search/?q=${encodeURIComponent('<img id=first src=x onerror=document.title=1>何文斌')}`)
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''))
    const query = '<img id=injected src=x onerror=document.title=1>'
    await page.fill('#q', query)
    await page.press('#q', 'Enter')
    await page.waitForFunction(() => /injected|^找到/.test(document.querySelector('#search-status')?.textContent ?? ''))
    expect(await page.$$('#search-status *, #first, #injected')).toHaveLength(0)
    expect(await page.title()).not.toBe('1')
    const status = await page.$eval('#search-status', (element) => element.textContent ?? '')
    expect(status.startsWith('找到') || status === `没有找到与“${query}”相关的内容`, status).toBe(true)
    await page.close()
  })
})
