/** Whole-site checks: every page's markup basics, the page-weight budget, and that nothing private leaks. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypes, sectionTypes } from '../../cms/domain/contentTypes/index.ts'
import { ads } from '../../seed/data/ads.ts'
import { bulletins } from '../../seed/data/bulletins.ts'
import { episodes } from '../../seed/data/episodes.ts'
import { evaluationRounds } from '../../seed/data/evaluations.ts'
import { exposures } from '../../seed/data/exposures.ts'
import { goodPeople } from '../../seed/data/goodPeople.ts'
import { knowledge } from '../../seed/data/knowledge.ts'
import { moreBulletins } from '../../seed/data/moreBulletins.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { html, htmlFiles, read, siteDir } from './site.ts'

const pages = htmlFiles()
const outputs = () => [
  ...pages,
  'rss.xml',
  'feed.json',
  'sitemap-0.xml',
  // Every section's feed, from the content-type table (the URLs themselves are pinned in tests/unit/contentTypes.test.ts).
  ...sectionTypes.map((type) => `${type.site.route}/rss.xml`),
]

describe('every page', () => {
  it.each(pages)('%s should have one h1, zh-CN, a title, a description, a social image and feed links', (file) => {
    const doc = html(file)
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')
    expect(doc.querySelector('title')?.text.length).toBeGreaterThan(2)
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(5)
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/^https:\/\/wm\.example\.cn\/.+\.(png|jpg)$/)
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml')
    expect(doc.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href')).toBe('/feed.json')
    for (const img of doc.querySelectorAll('img')) {
      // Alt text on every image, except a list card's thumbnail: decorative (alt=""), its card's linked title names it.
      const card = img.closest('li.card')
      if (img.getAttribute('alt') === '' && card) expect(card.querySelector('h3 a')?.text.trim().length, file).toBeGreaterThan(0)
      else expect(img.getAttribute('alt')?.trim().length, file).toBeGreaterThan(0)
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0)
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0)
    }
  })

  it.each(pages)('%s should stay within 60 kB of HTML+CSS+JS, and 5 kB of JS outside search', (file) => {
    const weight = pageWeight(siteDir(), file)
    expect(weight.total).toBeLessThanOrEqual(60 * 1024)
    if (!file.startsWith('search/')) expect(weight.js).toBeLessThanOrEqual(5 * 1024)
  })

  it('should lazy-load every image after the first two on a page', () => {
    for (const file of pages) {
      const images = html(file).querySelectorAll('main img')
      for (const img of images.slice(2)) expect(img.getAttribute('loading')).toBe('lazy')
    }
  })
})

describe('nothing unpublished or private is published', () => {
  const all = () =>
    outputs()
      .map((file) => read(file))
      .join('\n')
  const drafts = [
    ...[...bulletins, ...moreBulletins].filter((item) => item.status === 'draft').map((item) => item.title),
    ...exposures.filter((item) => item.publish === 'draft').map((item) => item.title),
    ...episodes.filter((item) => item.status === 'draft').map((item) => item.title),
    ...goodPeople.filter((item) => item.status === 'draft').map((item) => item.name),
    ...knowledge.filter((item) => item.status === 'draft').map((item) => item.question),
    ...ads.filter((item) => item.status === 'draft').map((item) => item.title),
    ...evaluationRounds.filter((item) => item.status === 'draft').map((item) => item.title),
  ]

  it.each(drafts)('should not contain the draft “%s”', (title) => {
    expect(all()).not.toContain(title)
  })

  it('should not contain an expired ad', () => {
    const expired = ads.filter((ad) => ad.validTo && ad.validTo < '2026-11-01')
    expect(expired.length).toBeGreaterThan(0)
    for (const ad of expired) expect(all()).not.toContain(ad.title)
  })

  it('should not contain any reporter name or phone number', () => {
    const reporters = exposures.flatMap((item) => (item.reporter ? [item.reporter.name, item.reporter.phone] : []))
    expect(reporters.length).toBeGreaterThan(0)
    const text = all()
    for (const secret of reporters) expect(text).not.toContain(secret)
  })

  it('should not contain review comments or editor names', () => {
    const text = all()
    for (const marker of ['reviewComment', 'reviewLog', 'publishReason', 'admin@example.com', 'internalNotes'])
      expect(text).not.toContain(marker)
  })

  it('should build a Pagefind search index', () => {
    expect(fs.existsSync(path.join(siteDir(), 'pagefind', 'pagefind.js'))).toBe(true)
    expect(fs.readdirSync(path.join(siteDir(), 'pagefind', 'index')).length).toBeGreaterThan(0)
  })
})

/** What the content-type table says each type shows on the home page and on unit pages is there. */
describe.each(contentTypes.map((type) => [type.key, type] as const))('the %s type on the home and unit pages', (_key, type) => {
  const headings = (file: string) =>
    html(file)
      .querySelectorAll('h2')
      .map((h2) => h2.text.trim())
  const unitPage = () => pages.find((file) => /^units\/[^/]+\/index\.html$/.test(file)) ?? ''

  it.runIf(type.site.homePage !== null)('should have its part of the home page', () => {
    expect(headings('index.html')).toContain(type.site.homePage)
  })

  it.runIf(type.site.unitPage !== null)('should have its part of every unit page', () => {
    expect(headings(unitPage())).toContain(type.site.unitPage)
  })
})
