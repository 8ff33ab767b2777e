import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { effectiveStatus, RECTIFICATION_LABELS, type RectificationStatus } from '../../cms/domain/exposureRules.ts'
import { episodes } from '../../seed/data/episodes.ts'
import { exposures } from '../../seed/data/exposures.ts'
import { exists, html, htmlFiles, read, siteDir } from './site.ts'

const PAGE_SIZE = 12
const now = new Date()
const published = exposures.filter((item) => item.publish === 'published')
const draft = exposures.find((item) => item.publish === 'draft')!
/** The status the site shows: recomputed at build time, so overdue items read as overdue. */
const statusOf = (item: (typeof exposures)[number]): RectificationStatus =>
  effectiveStatus({ deadline: item.deadline ?? item.foundAt, status: item.status, rectifiedAt: item.rectifiedAt ?? null }, now)
const urgent = (item: (typeof exposures)[number]) => ['overdue', 'accountability'].includes(statusOf(item))
const publishedEpisodes = episodes.filter((item) => item.status === 'published')
const draftEpisode = episodes.find((item) => item.status === 'draft')!
const TV_PAGE_SIZE = 12
const tvPage = (page: number) => (page === 1 ? '/tv/' : `/tv/page/${page}/`)
/** Every page of the TV index, page 1 first. */
function tvPages(): string[] {
  const files: string[] = []
  for (let page = 1; exists(`${tvPage(page).slice(1)}index.html`); page++) files.push(`${tvPage(page).slice(1)}index.html`)
  return files
}

/** Card titles on a list page, in order. */
const cardTitles = (file: string): string[] =>
  html(file)
    .querySelectorAll('main .card h3 a')
    .map((a) => a.text.trim())
const boardPages = Math.ceil(published.length / PAGE_SIZE)
const boardFile = (page: number) => (page === 1 ? 'exposures/index.html' : `exposures/page/${page}/index.html`)

/** Every text file the public can fetch: pages, feeds, sitemaps, the search index (not the images). */
function publicTextFiles(dir = siteDir()): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'media' ? [] : publicTextFiles(full)
    return /\.(html|xml|json|txt)$/.test(entry.name) ? [path.relative(siteDir(), full)] : []
  })
}

describe('the exposure board (曝光台)', () => {
  it('should build one page per published exposure with its title, status and unit', () => {
    expect(published.length).toBeGreaterThan(PAGE_SIZE)
    for (const item of published) {
      const page = html(`exposures/${item.slug}/index.html`)
      expect(page.querySelectorAll('h1')).toHaveLength(1)
      expect(page.querySelector('h1')?.text).toBe(item.title)
      expect(page.querySelector('main .tag')?.text).toBe(RECTIFICATION_LABELS[statusOf(item)].zh)
      expect(page.querySelector('main')?.text).toContain(item.place)
      const times = page.querySelectorAll('main time').map((time) => time.getAttribute('datetime'))
      expect(times).toContain(item.foundAt)
      expect(times).toContain(item.deadline)
    }
  })

  it('should build no page for the draft and leave its title out of every file', () => {
    expect(exists(`exposures/${draft.slug}/index.html`)).toBe(false)
    const files = publicTextFiles()
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) expect(read(file), file).not.toContain(draft.title)
  })

  it('should publish no reporter name or phone anywhere', () => {
    const secrets = exposures.flatMap((item) => (item.reporter ? [item.reporter.name, item.reporter.phone] : []))
    expect(secrets.length).toBeGreaterThan(20)
    const files = [...htmlFiles(), 'exposures/rss.xml', 'rss.xml', 'feed.json', ...publicTextFiles()]
    for (const file of files) {
      const text = read(file)
      for (const secret of secrets) expect(text, file).not.toContain(secret)
    }
  })

  it('should paginate the board 12 to a page with rel=prev/next, urgent items first, then newest found', () => {
    const titles: string[] = []
    for (let page = 1; page <= boardPages; page++) {
      const doc = html(boardFile(page))
      const prev = doc.querySelector('link[rel="prev"]')?.getAttribute('href') ?? null
      const next = doc.querySelector('link[rel="next"]')?.getAttribute('href') ?? null
      expect(prev).toBe(page === 1 ? null : page === 2 ? '/exposures/' : `/exposures/page/${page - 1}/`)
      expect(next).toBe(page === boardPages ? null : `/exposures/page/${page + 1}/`)
      if (next) expect(doc.querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe(next)
      titles.push(...cardTitles(boardFile(page)))
    }
    expect(exists(`exposures/page/${boardPages + 1}/index.html`)).toBe(false)
    expect(titles).toHaveLength(published.length)
    expect(new Set(titles)).toEqual(new Set(published.map((item) => item.title)))
    const found = titles.map((title) => published.find((item) => item.title === title)!)
    expect(found.slice(0, published.filter(urgent).length).every(urgent)).toBe(true)
    for (const group of [found.filter(urgent), found.filter((item) => !urgent(item))]) {
      const dates = group.map((item) => item.foundAt)
      expect(dates).toEqual([...dates].sort().reverse())
    }
  })

  it('should put the before photo, unit, status and dates on every card, the first image eager', () => {
    const doc = html('exposures/index.html')
    const cards = doc.querySelectorAll('main .card')
    expect(cards).toHaveLength(PAGE_SIZE)
    cards.forEach((card, index) => {
      const img = card.querySelector('img')
      const item = published.find((entry) => entry.title === card.querySelector('h3 a')?.text.trim())!
      // A list thumbnail is decorative: the linked title names the item; the photo's alt text is on its own page.
      expect(img?.getAttribute('alt')).toBe('')
      expect(img?.getAttribute('loading')).toBe(index === 0 ? 'eager' : 'lazy')
      expect(card.querySelector('.tag')?.text).toBe(RECTIFICATION_LABELS[statusOf(item)].zh)
      expect(card.querySelector('.tag')?.classList.contains('bad')).toBe(urgent(item))
      expect(card.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toEqual([item.foundAt, item.deadline])
    })
  })

  it('should build a filter page per status with items, holding only items of that status', () => {
    for (const status of Object.keys(RECTIFICATION_LABELS) as RectificationStatus[]) {
      const file = `exposures/status/${status}/index.html`
      const members = published.filter((item) => statusOf(item) === status)
      expect(exists(file), file).toBe(members.length > 0)
      if (members.length === 0) continue
      expect(new Set(cardTitles(file))).toEqual(new Set(members.map((item) => item.title)))
      expect(cardTitles(file)).toHaveLength(members.length)
      const doc = html(file)
      expect(doc.querySelectorAll('h1')).toHaveLength(1)
      const current = doc.querySelectorAll('ul.filters a[aria-current="page"]')
      expect(current.map((a) => a.getAttribute('href'))).toEqual([`/exposures/status/${status}/`])
      expect(html('exposures/index.html').querySelector(`ul.filters a[href="/exposures/status/${status}/"]`)).not.toBeNull()
    }
  })

  it('should build a page per unit with exposures, linked from the unit index the board links to', () => {
    const units = [...new Set(published.map((item) => item.unit))]
    const index = html('exposures/unit/index.html')
    for (const unit of units) {
      const file = `exposures/unit/${unit}/index.html`
      const members = published.filter((item) => item.unit === unit)
      expect(new Set(cardTitles(file))).toEqual(new Set(members.map((item) => item.title)))
      expect(index.querySelector(`ul.units a[href="/exposures/unit/${unit}/"]`)).not.toBeNull()
    }
    expect(exists(`exposures/unit/${draft.unit}/index.html`)).toBe(published.some((item) => item.unit === draft.unit))
  })

  it('should name no unit in the filters of the board and status lists, only link the unit index with the units’ number', () => {
    const index = html('exposures/unit/index.html')
    const listed = index.querySelectorAll('ul.units li')
    expect(listed.length).toBeGreaterThan(1)
    const statusFiles = htmlFiles().filter((file) => /^exposures\/(status\/[^/]+\/)?(page\/\d+\/)?index\.html$/.test(file))
    expect(statusFiles.length).toBeGreaterThan(2)
    for (const file of statusFiles) {
      const nav = html(file).querySelector('nav[aria-label="筛选曝光问题"]')!
      expect(
        nav.querySelectorAll('a[href^="/exposures/unit/"]').map((a) => [a.getAttribute('href'), a.text]),
        file,
      ).toEqual([['/exposures/unit/', `按责任单位查看（${listed.length} 个单位）`]])
    }
    expect(index.querySelectorAll('h1')).toHaveLength(1)
    expect(index.querySelector('nav a[href="/exposures/unit/"]')?.getAttribute('aria-current')).toBe('page')
  })

  it('should list every unit with exposures on the unit index, with its list’s count, and mark the current unit on its list', () => {
    const index = html('exposures/unit/index.html')
    const counts = index.querySelectorAll('ul.units li').map((li) => Number(/（(\d+)）/.exec(li.text)?.[1]))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    for (const li of index.querySelectorAll('ul.units li')) {
      const link = li.querySelector('a')!
      const href = link.getAttribute('href') ?? ''
      const page = html(`${href.slice(1)}index.html`)
      expect(page.querySelector('.lead')?.text, href).toContain(`共 ${/（(\d+)）/.exec(li.text)?.[1]} 个`)
      const nav = page.querySelector('nav[aria-label="筛选曝光问题"]')!
      const current = nav.querySelector('a[aria-current="page"]')
      expect([current?.getAttribute('href'), current?.text], href).toEqual([href, link.text])
      expect(nav.text, href).toContain(`当前：${link.text}`)
      expect(nav.querySelector('a[href="/exposures/unit/"]'), href).not.toBeNull()
    }
  })

  it('should show before and after photos side by side in figures captioned 整改前 and 整改后', () => {
    const withAfter = published.filter((item) => item.after)
    expect(withAfter.length).toBeGreaterThan(0)
    for (const item of published) {
      const figures = html(`exposures/${item.slug}/index.html`).querySelectorAll('main figure')
      expect(figures.map((figure) => figure.querySelector('figcaption')?.text)).toEqual(item.after ? ['整改前', '整改后'] : ['整改前'])
      expect(figures.map((figure) => figure.querySelector('img')?.getAttribute('alt'))).toEqual(
        item.after ? [item.before.alt, item.after.alt] : [item.before.alt],
      )
    }
  })

  it('should show the reply, rectified date, overdue notice and coordinates', () => {
    for (const item of published) {
      const main = html(`exposures/${item.slug}/index.html`).querySelector('main')!
      if (item.reply) expect(main.text).toContain(item.reply)
      if (item.rectifiedAt) expect(main.querySelector(`time[datetime="${item.rectifiedAt}"]`)).not.toBeNull()
      expect(main.querySelector('.overdue') !== null).toBe(statusOf(item) === 'overdue' || statusOf(item) === 'accountability')
      if (item.lat !== undefined) expect(main.text).toContain(String(item.lat))
      expect(main.querySelectorAll('ol li time').length).toBeGreaterThan(0)
    }
  })
})

describe('TV questioning (电视问政)', () => {
  it('should build one page per published episode and none for the draft', () => {
    for (const item of publishedEpisodes) {
      const page = html(`tv/${item.slug}/index.html`)
      expect(page.querySelectorAll('h1')).toHaveLength(1)
      expect(page.querySelector('h1')?.text).toBe(item.title)
      expect(page.querySelector('main .meta')?.text).toContain(`《${item.series}》第${item.episodeNumber}期`)
      expect(page.querySelector(`main time[datetime="${item.airDate}"]`)).not.toBeNull()
    }
    expect(exists(`tv/${draftEpisode.slug}/index.html`)).toBe(false)
    for (const file of publicTextFiles()) expect(read(file), file).not.toContain(draftEpisode.title)
  })

  it('should embed the video in a titled, sandboxed, lazy iframe, or say the video is coming', () => {
    for (const item of publishedEpisodes) {
      const main = html(`tv/${item.slug}/index.html`).querySelector('main')!
      const iframe = main.querySelector('iframe')
      if (item.embedUrl) {
        expect(iframe?.getAttribute('src')).toBe(item.embedUrl)
        expect(iframe?.getAttribute('title')?.length).toBeGreaterThan(0)
        expect(iframe?.getAttribute('loading')).toBe('lazy')
        expect(iframe?.getAttribute('referrerpolicy')).toBe('no-referrer')
        expect(iframe?.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation')
        expect(iframe?.hasAttribute('allowfullscreen')).toBe(true)
      } else if (main.querySelector('video')) {
        // An uploaded MP4 (issue 25): the player with captions, no iframe (tests/site/video.test.ts checks it in full).
        expect(iframe).toBeNull()
        expect(main.querySelector('video track[kind="captions"]')).not.toBeNull()
      } else {
        expect(iframe).toBeNull()
        expect(main.text).toContain('本期节目视频暂未上线')
      }
    }
  })

  it('should count the issues raised and solved as the seed has them', () => {
    const index = tvPages()
      .map((file) => html(file).querySelector('main')!.text)
      .join('\n')
    for (const item of publishedEpisodes) {
      const counts = `曝光问题 ${item.issues.length} 个 · 已解决 ${item.issues.filter((issue) => issue.status === 'solved').length} 个`
      expect(html(`tv/${item.slug}/index.html`).querySelector('main')!.text).toContain(counts)
      expect(index).toContain(counts)
    }
  })

  it('should list every issue with its promise and follow-ups in order', () => {
    for (const item of publishedEpisodes) {
      const cards = html(`tv/${item.slug}/index.html`).querySelectorAll('main .issues > li')
      expect(cards.map((card) => card.querySelector('h3')?.text)).toEqual(item.issues.map((issue) => issue.title))
      cards.forEach((card, index) => {
        const issue = item.issues[index]!
        if (issue.promise) expect(card.text).toContain(issue.promise)
        expect(card.querySelectorAll('ol li time').map((time) => time.getAttribute('datetime'))).toEqual(
          issue.followUps.map((step) => step.date),
        )
      })
    }
  })

  it('should list the officials in a table with a caption and scoped headers', () => {
    for (const item of publishedEpisodes) {
      const table = html(`tv/${item.slug}/index.html`).querySelector('main table')!
      expect(table.querySelector('caption')?.text.length).toBeGreaterThan(0)
      expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(3)
      expect(table.querySelectorAll('tbody th[scope="row"]').map((th) => th.text)).toEqual(item.officials.map((o) => o.name))
    }
  })

  it('should paginate the index 12 to a page, newest aired first, with rel=prev/next', () => {
    const files = tvPages()
    expect(files).toHaveLength(Math.ceil(publishedEpisodes.length / TV_PAGE_SIZE))
    const slugs = files.flatMap((file) =>
      html(file)
        .querySelectorAll('main .card h3 a')
        .map((a) => a.getAttribute('href')),
    )
    expect(new Set(slugs)).toEqual(new Set(publishedEpisodes.map((item) => `/tv/${item.slug}/`)))
    expect(slugs).toHaveLength(publishedEpisodes.length)
    // Newest first across pages: every episode on a page aired no later than every one on the page before.
    const airDates = files.map((file) =>
      html(file)
        .querySelectorAll('main .card time')
        .map((time) => time.getAttribute('datetime') as string),
    )
    for (let page = 1; page < airDates.length; page++) {
      expect(Math.max(...airDates[page]!.map(Date.parse))).toBeLessThanOrEqual(Math.min(...airDates[page - 1]!.map(Date.parse)))
    }
    for (const [index, file] of files.entries()) {
      const doc = html(file)
      expect(doc.querySelector('link[rel="prev"]')?.getAttribute('href') ?? null).toBe(index === 0 ? null : tvPage(index))
      expect(doc.querySelector('link[rel="next"]')?.getAttribute('href') ?? null).toBe(
        index === files.length - 1 ? null : tvPage(index + 2),
      )
      expect(doc.querySelector('h1')?.text).toBe(index === 0 ? '电视问政' : `电视问政（第 ${index + 1} 页）`)
    }
    expect(exists(`tv/page/${files.length + 1}/index.html`)).toBe(false)
  })

  it('should group each index page by series, newest first, and link neighbours in the same series', () => {
    for (const file of tvPages()) {
      const doc = html(file)
      const cards = doc
        .querySelectorAll('main .card h3 a')
        .map((a) => publishedEpisodes.find((item) => `/tv/${item.slug}/` === a.getAttribute('href'))!)
      const series = [...new Set(cards.map((item) => item.series))]
      expect(doc.querySelectorAll('main h2').map((h2) => h2.text)).toEqual(
        series
          .map((name) => ({
            name,
            latest: cards
              .filter((item) => item.series === name)
              .map((item) => item.airDate)
              .sort()
              .at(-1)!,
          }))
          .sort((a, b) => b.latest.localeCompare(a.latest))
          .map((group) => `《${group.name}》`),
      )
      for (const section of doc.querySelectorAll('main section')) {
        const dates = section.querySelectorAll('.card time').map((time) => time.getAttribute('datetime'))
        expect(dates).toEqual([...dates].sort().reverse())
      }
    }
    const first = publishedEpisodes.find((item) => item.slug === 'wenzheng-2026-02')!
    const links = html(`tv/${first.slug}/index.html`)
      .querySelectorAll('nav.pager a')
      .map((a) => a.getAttribute('href'))
    expect(links).toEqual(['/tv/wenzheng-2026-01/', '/tv/wenzheng-2026-03/'])
  })
})

describe('the pages of both sections', () => {
  const files = () => htmlFiles().filter((file) => file.startsWith('exposures/') || file.startsWith('tv/'))

  it('should keep each page small, with one h1, alt text, machine-readable dates and no module scripts', () => {
    expect(files().length).toBeGreaterThan(published.length)
    for (const file of files()) {
      const text = read(file)
      expect(Buffer.byteLength(text), file).toBeLessThan(60_000)
      const doc = html(file)
      expect(doc.querySelectorAll('h1'), file).toHaveLength(1)
      for (const img of doc.querySelectorAll('main img'))
        if (img.closest('li.card')) expect(img.getAttribute('alt'), file).toBe('')
        else expect(img.getAttribute('alt')?.length, file).toBeGreaterThan(0)
      for (const time of doc.querySelectorAll('time')) expect(time.getAttribute('datetime'), file).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(text, file).not.toContain('type="module"')
    }
  })
})
