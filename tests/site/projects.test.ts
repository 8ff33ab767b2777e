/**
 * 民生实事 on the built demo site: the progress board by district and by campaign, project pages with
 * the milestone timeline and before/after photos, 滞后 on the board, the unit pages and the home page,
 * the feed, the sitemap and the search rule. Statuses are worked out from the seed with the clock.
 */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { projectStatus } from '../../cms/domain/projects.ts'
import { isSearchable } from '../../publisher/rules/affectedPages.ts'
import { projects } from '../../seed/data/projects.ts'
import { exists, html, htmlFiles, read } from './site.ts'

const now = new Date()
const published = projects.filter((item) => item.status === 'published')
const statusOf = (item: (typeof projects)[number]) => projectStatus(item, now)
const lagging = published.filter((item) => statusOf(item) === 'lagging')
const withPhotos = published.find((item) => statusOf(item) === 'done' && item.before?.length && item.after?.length)

describe('the 民生实事 progress board', () => {
  const board = html('projects/index.html')
  const main = board.querySelector('main')!

  it('should have one h1 and tables by district and by campaign with captions and scoped headers', () => {
    expect(board.querySelectorAll('h1').map((h) => h.text)).toEqual(['民生实事'])
    const captions = main.querySelectorAll('table caption').map((c) => c.text)
    expect(captions).toEqual(['各区县民生实事进展', '各专项行动进展'])
    for (const table of main.querySelectorAll('table')) {
      expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true)
      expect(table.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true)
    }
    const districts = main
      .querySelectorAll('table')[0]!
      .querySelectorAll('tbody th')
      .map((th) => th.text)
    expect(districts).toEqual(['景明区', '瑞和区', '市级及市直部门'])
    expect(
      main
        .querySelectorAll('table')[1]!
        .querySelectorAll('tbody th')
        .map((th) => th.text),
    ).toContain('背街小巷改造')
  })

  it('should count the 滞后 projects the clock gives and list them first', () => {
    expect(lagging.length).toBeGreaterThan(0)
    expect(main.text).toContain(`滞后 ${lagging.length} 个`)
    const first = main.querySelector('.cards .card')!
    expect(first.querySelector('.tag.bad')?.text).toBe('滞后')
  })

  it('should build a page for each district and campaign group, linked from the board, and for page 2 when needed', () => {
    const links = main.querySelectorAll('table a').map((a) => a.getAttribute('href') ?? '')
    expect(links.some((href) => href.startsWith('/projects/district/'))).toBe(true)
    for (const href of links) expect(exists(`${href.slice(1)}index.html`), href).toBe(true)
    const pages = Math.ceil(published.length / 12)
    if (pages > 1) expect(exists(`projects/page/${pages}/index.html`)).toBe(true)
  })
})

describe('a project page', () => {
  it('should exist for each published project with its status, target and milestone dates', () => {
    for (const item of published) {
      const page = html(`projects/${item.slug}/index.html`)
      const main = page.querySelector('main')!
      expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual([item.title])
      expect(main.querySelector('.meta .tag')?.text).toBe(
        { lagging: '滞后', done: '已完成', 'in-progress': '进行中', planned: '计划中' }[statusOf(item)],
      )
      expect(main.text).toContain(item.target)
      for (const milestone of item.milestones)
        expect(main.querySelector(`.timeline time[datetime="${milestone.dueDate}"]`), milestone.title).toBeTruthy()
    }
  })

  it('should say which milestone is 滞后', () => {
    const item = lagging[0]!
    const main = html(`projects/${item.slug}/index.html`).querySelector('main')!
    expect(main.querySelector('.alert')?.text).toContain('节点已过计划完成日期')
    expect(main.querySelectorAll('.timeline li.overdue').length).toBeGreaterThan(0)
  })

  it('should show the before and after photos of a completed project with their alt text', () => {
    expect(withPhotos).toBeDefined()
    const figures = html(`projects/${withPhotos!.slug}/index.html`).querySelectorAll('main figure')
    expect(figures.map((f) => f.querySelector('figcaption')?.text)).toEqual(['改造前', '改造后'])
    expect(figures.map((f) => f.querySelector('img')?.getAttribute('alt'))).toEqual([
      withPhotos!.before![0]!.alt,
      withPhotos!.after![0]!.alt,
    ])
  })
})

describe('民生实事 on the unit pages and the home page', () => {
  it('should list a 滞后 project on its unit’s page and its district’s page with the tag', () => {
    const item = lagging[0]!
    for (const unit of [item.unit, 'd-jingming']) {
      const row = html(`units/${unit}/index.html`)
        .querySelectorAll('main li')
        .find((li) => li.querySelector(`a[href="/projects/${item.slug}/"]`))
      expect(row?.querySelector('.tag.bad')?.text, unit).toBe('滞后')
    }
  })

  it('should show the latest progress on the home page, linking the projects', () => {
    const section = html('index.html').querySelector('section[aria-labelledby="h-projects"]')!
    expect(section.querySelector('h2')?.text).toBe('民生实事进展')
    expect(section.querySelectorAll('li a').length).toBe(3)
    expect(section.querySelectorAll('li time').length).toBe(3)
  })
})

describe('the 民生实事 feed, sitemap and search', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) })
  const items = parser.parse(read('projects/rss.xml')).rss.channel.item as Record<string, unknown>[]

  it('should carry every published project with a stable GUID and its target in the full content', () => {
    expect(items.length).toBe(published.length)
    for (const item of items) {
      expect((item.guid as Record<string, string>)['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/) // stored at creation (issue 25)
      expect(String(item['content:encoded'])).toContain('目标任务')
    }
  })

  it('should list the project pages in the sitemap and search them, but not the board and its filters', () => {
    const sitemap = read('sitemap.xml')
    for (const item of published) expect(sitemap).toContain(`/projects/${item.slug}/</loc>`)
    const files = htmlFiles().filter((file) => file.startsWith('projects/'))
    expect(files.filter(isSearchable).sort()).toEqual(published.map((item) => `projects/${item.slug}/index.html`).sort())
  })
})
