/**
 * A targeted build's sitemap as an update (publisher/astro/sitemapUpdate.mjs): written again only when
 * the list of pages changed, and then byte-identical to a full rewrite from the whole list; an edit that
 * adds or removes no page leaves the live build's files (links) as they are.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { forgetSitemap, SITEMAP_FILES, updateSitemap } from '../../publisher/astro/sitemapUpdate.mjs'
import { sitemapXml } from '../../publisher/astro/sitemapXml.mjs'

const ROOT = 'https://example.org/'
let work = ''
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-update-'))
  forgetSitemap()
})
afterEach(() => fs.rmSync(work, { recursive: true, force: true }))

const full = (pathnames: string[]) => sitemapXml(pathnames.map((pathname) => new URL(pathname.replace(/^\//, ''), ROOT).href))
const read = (dir: string) => SITEMAP_FILES.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))

/** A new build folder as a snapshot of `base`: its files hard-linked. */
function snapshot(base: string, name: string): string {
  const dir = path.join(work, name)
  fs.mkdirSync(dir)
  for (const file of fs.readdirSync(base)) fs.linkSync(path.join(base, file), path.join(dir, file))
  return dir
}

const PAGES = ['/', '/bulletins/a/', '/bulletins/b/', '/search/', '/404', '/embed/exposures/unit/x/', '/news/c/']

describe('the sitemap of a targeted build', () => {
  it('should equal a full rewrite after each update, and write only when the list of pages changed', () => {
    const live = path.join(work, 'live')
    fs.mkdirSync(live)
    for (const name of SITEMAP_FILES) fs.writeFileSync(path.join(live, name), 'from the full build')
    // The first targeted build after a start knows nothing of the live sitemap: it writes.
    const first = snapshot(live, 'b1')
    expect(updateSitemap(first, live, ROOT, PAGES).written).toBe(true)
    expect(read(first)).toEqual([full(PAGES), full(PAGES)])
    expect(read(live)).toEqual(['from the full build', 'from the full build'])

    // Same pages (a page only changed): the snapshot keeps the live build's files, the same inode.
    const second = snapshot(first, 'b2')
    expect(updateSitemap(second, first, ROOT, [...PAGES].reverse()).written).toBe(false)
    expect(fs.statSync(path.join(second, 'sitemap.xml')).ino).toBe(fs.statSync(path.join(first, 'sitemap.xml')).ino)
    expect(read(second)).toEqual([full(PAGES), full(PAGES)])

    // A page added and one removed: written again, as a new file, equal to a full rewrite.
    const next = [...PAGES.filter((page) => page !== '/bulletins/a/'), '/bulletins/new/']
    const third = snapshot(second, 'b3')
    expect(updateSitemap(third, second, ROOT, next).written).toBe(true)
    expect(read(third)).toEqual([full(next), full(next)])
    expect(read(second)).toEqual([full(PAGES), full(PAGES)])
    expect(read(third)[0]).toContain('/bulletins/new/')
    expect(read(third)[0]).not.toContain('/bulletins/a/')
  })

  it('should write the whole list when built on another live build than the one it remembers', () => {
    const live = path.join(work, 'live')
    fs.mkdirSync(live)
    for (const name of SITEMAP_FILES) fs.writeFileSync(path.join(live, name), full(PAGES))
    const a = snapshot(live, 'a')
    updateSitemap(a, live, ROOT, PAGES)
    // A full build went live meanwhile (another folder): its sitemap may differ, so it is written.
    const other = path.join(work, 'full')
    fs.mkdirSync(other)
    for (const name of SITEMAP_FILES) fs.writeFileSync(path.join(other, name), 'full build')
    const b = snapshot(other, 'b')
    expect(updateSitemap(b, other, ROOT, PAGES).written).toBe(true)
    expect(read(b)).toEqual([full(PAGES), full(PAGES)])
  })

  it('should not even list the pages when the manifest kept its pages and the static pages are the same, and list them otherwise', () => {
    const live = path.join(work, 'live')
    fs.mkdirSync(live)
    for (const name of SITEMAP_FILES) fs.writeFileSync(path.join(live, name), 'from the full build')
    const statics = ['/', '/search/']
    const dynamic = PAGES.filter((page) => !statics.includes(page))
    let listed = 0
    const list =
      (pages: string[], also = statics) =>
      () => {
        listed++
        return [...pages, ...also]
      }
    const first = snapshot(live, 'q1')
    expect(updateSitemap(first, live, ROOT, list(dynamic), { statics, manifestSame: true }).written).toBe(true)
    expect(listed).toBe(1)
    // Same manifest pages, same static pages: nothing listed, nothing written.
    const second = snapshot(first, 'q2')
    expect(updateSitemap(second, first, ROOT, list(dynamic), { statics: [...statics].reverse(), manifestSame: true }).written).toBe(false)
    expect(listed).toBe(1)
    expect(read(second)).toEqual([full(PAGES), full(PAGES)])
    // A static page more (a new section front page): listed and written.
    const third = snapshot(second, 'q3')
    const withQuiz = [...statics, '/quiz/']
    expect(updateSitemap(third, second, ROOT, list(dynamic, withQuiz), { statics: withQuiz, manifestSame: true }).written).toBe(true)
    expect(listed).toBe(2)
    expect(read(third)[0]).toContain('/quiz/')
    // The caller says the manifest changed (a page added): listed and compared, written.
    const fourth = snapshot(third, 'q4')
    const more = [...dynamic, '/quiz/', '/bulletins/z/']
    expect(updateSitemap(fourth, third, ROOT, list(more), { statics, manifestSame: false }).written).toBe(true)
    expect(read(fourth)).toEqual([full([...more, ...statics]), full([...more, ...statics])])
    // Then the same again: quick (the statics of the build it remembers are these).
    const again = snapshot(fourth, 'q4b')
    expect(updateSitemap(again, fourth, ROOT, list(more), { statics, manifestSame: true }).written).toBe(false)
    expect(listed).toBe(3)
    // Built on another live build than the one remembered: listed and written, whatever the caller says.
    const other = path.join(work, 'other')
    fs.mkdirSync(other)
    for (const name of SITEMAP_FILES) fs.writeFileSync(path.join(other, name), 'full build')
    const fifth = snapshot(other, 'q5')
    expect(updateSitemap(fifth, other, ROOT, list(more), { statics, manifestSame: true }).written).toBe(true)
    expect(read(fifth)).toEqual([full([...more, ...statics]), full([...more, ...statics])])
  })
})
