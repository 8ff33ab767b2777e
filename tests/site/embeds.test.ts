/**
 * The partners' embeds (/embed/…) and their snippets page (/partners/embed/), and the 410 notice, in
 * the built seeded site: small pages without navigation, a link back to the full page, an empty
 * state, escaped copy-paste code, and nothing of them in the search index or the sitemap.
 */
import { describe, expect, it } from 'vitest'
import { exposures } from '../../seed/data/exposures.ts'
import { units } from '../../seed/data/units.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { exists, html, read, siteDir } from './site.ts'

/** Codes of a unit and every unit below it (seed data). */
const subtree = (code: string): string[] => [code, ...units.filter((unit) => unit.parent === code).flatMap((unit) => subtree(unit.code))]
const exposed = new Set(exposures.map((item) => item.unit))
const emptyStreet = units.find((unit) => unit.kind === 'street' && !subtree(unit.code).some((code) => exposed.has(code)))

describe('embed pages', () => {
  it.each(['embed/rankings/latest/index.html', 'embed/exposures/unit/s-heping/index.html', 'embed/exposures/unit/d-jingming/index.html'])(
    '%s should be small, without navigation, with one h1, a caption and a link back to the full page',
    (file) => {
      expect(pageWeight(siteDir(), file).total).toBeLessThanOrEqual(30 * 1024)
      const page = html(file)
      expect(page.querySelectorAll('nav')).toHaveLength(0)
      expect(page.querySelectorAll('h1')).toHaveLength(1)
      expect(page.querySelector('main')).not.toBeNull()
      expect(page.querySelector('table caption')?.text.length).toBeGreaterThan(0)
      expect(page.querySelectorAll('th[scope]').length).toBeGreaterThan(0)
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
      expect(page.querySelector('base')?.getAttribute('target')).toBe('_blank')
      const back = page.querySelectorAll('footer a').map((link) => link.getAttribute('href') ?? '')
      expect(back.some((href) => /\/(rankings|exposures\/unit|units)\/[^/]+\/$/.test(new URL(href).pathname))).toBe(true)
    },
  )

  it('should show the latest round as the same table as its own embed page', () => {
    const latest = html('embed/rankings/latest/index.html')
    const back = latest.querySelector('footer a')?.getAttribute('href') ?? ''
    const slug = new URL(back).pathname.split('/')[2] as string
    expect(read(`embed/rankings/${slug}/index.html`)).toContain(latest.querySelector('tbody')?.toString())
  })

  it('should render an empty state for a unit with no exposures', () => {
    expect(emptyStreet).toBeDefined()
    const page = html(`embed/exposures/unit/${emptyStreet?.code}/index.html`)
    expect(page.querySelector('main')?.text).toContain('目前没有被曝光的问题')
    expect(page.querySelector('table')).toBeNull()
  })

  it('should list a unit’s own items and those below it, with <time datetime>', () => {
    const page = html('embed/exposures/unit/s-heping/index.html')
    const rows = page.querySelectorAll('tbody tr')
    expect(rows.length).toBe(Math.min(10, exposures.filter((item) => subtree('s-heping').includes(item.unit)).length))
    expect(page.querySelector('tbody time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('should keep embeds and the 410 page out of the search index and the sitemap', () => {
    const sitemap = read('sitemap.xml')
    expect(sitemap).not.toMatch(/<loc>[^<]*\.cn\/embed\//)
    expect(sitemap).not.toContain('/410/')
    expect(sitemap).toContain('/partners/embed/</loc>')
    expect(read('embed/rankings/latest/index.html')).not.toContain('data-pagefind-body')
  })
})

describe('嵌入代码 /partners/embed/', () => {
  it('should give an escaped <iframe> snippet and a preview link for each embed', () => {
    const raw = read('partners/embed/index.html')
    expect(raw).toContain('&lt;iframe src=')
    expect(raw).not.toMatch(/<iframe/i)
    const page = html('partners/embed/index.html')
    // The HTML parser keeps <pre> as raw text: read the code blocks from the file, unescaping as a browser shows them.
    const shown = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')
    const snippets = [...raw.matchAll(/<pre[^>]*><code[^>]*>([^<]*)<\/code><\/pre>/g)].map((match) => shown(match[1] ?? ''))
    expect(snippets.length).toBeGreaterThanOrEqual(3)
    for (const snippet of snippets) expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/[^"]+\/" title="[^"]+"/)
    const previews = page.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '')
    expect(previews).toContain('/embed/rankings/latest/')
    for (const href of previews.filter((link) => link.startsWith('/embed/'))) expect(exists(`${href.slice(1)}index.html`)).toBe(true)
    expect(page.querySelectorAll('h1')).toHaveLength(1)
  })
})

describe('410 notice', () => {
  it('should say only that the item was withdrawn', () => {
    const page = html('410/index.html')
    expect(page.querySelector('h1')?.text).toBe('内容已撤下')
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  })
})
