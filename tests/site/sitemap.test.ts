/** /sitemap.xml: the sitemap crawlers ask for by name, listing every public page; robots.txt points at it. */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { contentTypes } from '../../cms/domain/contentTypes/index.ts'
import { exists, htmlFiles, read } from './site.ts'

const SITE = 'https://wm.example.cn'
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' })
const locs = (file: string): string[] => (parser.parse(read(file)).urlset.url as { loc: string }[]).map((url) => url.loc)

/** The public address of a built HTML file: `bulletins/x/index.html` → `${SITE}/bulletins/x/`. */
const urlOf = (file: string): string => `${SITE}/${file.replace(/index\.html$/, '')}`

describe('/sitemap.xml', () => {
  it('should be well-formed XML in the sitemaps.org namespace', () => {
    expect(exists('sitemap.xml')).toBe(true)
    expect(XMLValidator.validate(read('sitemap.xml'))).toBe(true)
    expect(parser.parse(read('sitemap.xml')).urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  })

  it('should list absolute URLs, once each, including the home page and a detail page', () => {
    const urls = locs('sitemap.xml')
    for (const url of urls) expect(url).toMatch(/^https:\/\/wm\.example\.cn\/(.+\/)?$/)
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls).toContain(`${SITE}/`)
    const detail = htmlFiles().find((file) => /^bulletins\/(?!page\/|series\/)[^/]+\/index\.html$/.test(file))
    expect(detail).toMatch(/^bulletins\//)
    expect(urls).toContain(urlOf(detail ?? ''))
  })

  it('should list every built page except search, the error pages, the embeds and the 异议反馈 form pages, as the sitemap index does', () => {
    const pages = htmlFiles()
      .filter((file) => file !== '404.html' && !file.startsWith('search/') && !/^(good-people|titles)\/[^/]+\/objection\//.test(file))
      // The 410 notice of withdrawn items and the partners' embeds (noindex; their full pages are listed).
      .filter((file) => !file.startsWith('410/') && !file.startsWith('embed/'))
      .map(urlOf)
    expect(locs('sitemap.xml').sort()).toEqual(pages.sort())
    expect(locs('sitemap.xml').sort()).toEqual(locs('sitemap-0.xml').sort())
    expect(locs('sitemap.xml')).not.toContain(`${SITE}/search/`)
  })
})

/** Every public type of the content-type table: a new type's pages cannot be left out of the sitemap. */
describe.each(contentTypes.map((type) => [type.key, type] as const))('/sitemap.xml and the %s type', (_key, type) => {
  it('should list its section page', () => {
    expect(locs('sitemap.xml')).toContain(`${SITE}${type.path}`)
  })

  it.runIf(type.site.detailPages)('should list every detail page built under its route', () => {
    const lists = ['page', ...type.site.filterRoutes].join('|')
    const detail = new RegExp(`^${type.site.route}/(?!(${lists})/)[^/]+/index\\.html$`)
    const pages = htmlFiles().filter((file) => detail.test(file))
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) expect(locs('sitemap.xml')).toContain(urlOf(page))
  })
})

describe('/robots.txt', () => {
  it('should name /sitemap.xml as the sitemap', () => {
    const lines = read('robots.txt').split('\n')
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`)
    expect(lines.filter((line) => line.startsWith('Sitemap:'))).toEqual([`Sitemap: ${SITE}/sitemap.xml`])
  })
})
