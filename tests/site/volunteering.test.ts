/**
 * 志愿服务 and 文明实践 in the built seeded site: upcoming list and detail with the sign-up form
 * (challenge placeholder only, filled by the server), past activities with photos, hours per unit
 * with consented names only, the practice directory by street, the home block, the feeds, China
 * time, page weight, and no volunteer's name or phone anywhere the public can fetch.
 */
import fs from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { challengePlaceholder } from '../../cms/domain/formPages.ts'
import { activities, centres } from '../../seed/data/volunteering.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { exists, html, read, siteDir } from './site.ts'

const upcoming = activities.filter((item) => item.status === 'published' && item.day > 0)
const past = activities.filter((item) => item.status === 'published' && item.day < 0)
const detail = (slug: string) => `volunteering/${slug}/index.html`
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) })

/** Every text file the public can fetch (pages, feeds, sitemaps, search index), not the images. */
function publicText(dir = siteDir()): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'media' ? [] : publicText(full)
    return /\.(html|xml|json|js|txt)$/.test(entry.name) ? [full] : []
  })
}

describe('the upcoming activities', () => {
  it('should list the upcoming ones soonest first with places left, and no past or draft one', () => {
    const page = html('volunteering/index.html')
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['志愿服务'])
    const titles = page.querySelectorAll('.activities h2').map((h) => h.text)
    expect(titles).toEqual([...upcoming].sort((a, b) => a.day - b.day || a.from - b.from).map((item) => item.title))
    expect(page.text).toContain('名额已满')
    expect(page.text).toContain('剩余名额 18 / 20')
  })

  it('should give an open activity a sign-up form whose challenge the server fills, with times in China time', () => {
    const item = upcoming.find((entry) => entry.slug === 'qianming-ganjing-lumian')!
    const source = read(detail(item.slug))
    expect(source).toContain(challengePlaceholder('volunteer-signup'))
    expect(source).not.toContain('challengeToken')
    const page = html(detail(item.slug))
    expect(page.querySelector('form')?.getAttribute('action')).toMatch(/^\/api\/volunteer-activities\/\d+\/signup$/)
    const times = page.querySelectorAll('.facts time')
    expect(times[0]?.getAttribute('datetime')).toMatch(/T\d\d:00:00\.000Z$/)
    expect(times[0]?.text).toMatch(/ 07:00$/)
    expect(page.text).toContain('蚌埠市')
  })

  it('should show a full activity without a form', () => {
    const source = read(detail('shuxiang-dushujiao'))
    expect(source).not.toContain(challengePlaceholder('volunteer-signup'))
    expect(source).toContain('名额已满')
  })
})

describe('past activities and hours', () => {
  it('should list past activities with their photos, newest first, with alt text', () => {
    const page = html('volunteering/past/index.html')
    expect(page.querySelectorAll('.past h2').map((h) => h.text)).toEqual([...past].sort((a, b) => b.day - a.day).map((item) => item.title))
    for (const img of page.querySelectorAll('.past img')) expect(img.getAttribute('alt')?.length).toBeGreaterThan(4)
    expect(read(detail('lirang-banmaxian-zhishou'))).not.toContain(challengePlaceholder('volunteer-signup'))
  })

  it('should show hours per unit in a table, naming only volunteers who agreed', () => {
    const page = html('volunteering/hours/index.html')
    expect(page.querySelector('table caption')?.text).toContain('志愿时长')
    expect(page.querySelectorAll('th[scope="col"]').length).toBe(5)
    const text = page.text
    for (const named of ['马骏', '林芳', '邓超']) expect(text).toContain(named)
    for (const unnamed of ['高远', '何静', '罗兰', '谢婷']) expect(text).not.toContain(unnamed)
    expect(text).toContain('交警支队')
  })

  it('should never publish a volunteer’s phone, nor the name of one who did not agree', () => {
    const phones = activities.flatMap((item) => item.signups.map((signup) => signup.phone))
    const hidden = activities.flatMap((item) => item.signups.filter((signup) => !signup.showName).map((signup) => signup.name))
    for (const file of publicText()) {
      const text = fs.readFileSync(file, 'utf8')
      for (const phone of phones) expect(text, file).not.toContain(phone)
      for (const name of hidden) expect(text, file).not.toContain(name)
    }
  })
})

describe('the practice directory', () => {
  it('should group centres by street with address, hours and public phone', () => {
    const page = html('practice/index.html')
    expect(page.querySelectorAll('h1')).toHaveLength(1)
    expect(page.querySelectorAll('section h2').map((h) => h.text)).toContain('新华街道')
    for (const centre of centres) expect(page.text).toContain(centre.name)
    expect(exists('practice/street/s-xinhua/index.html') || fs.readdirSync(path.join(siteDir(), 'practice/street')).length > 0).toBe(true)
  })
})

describe('feeds, home and weight', () => {
  it.each(['volunteering/rss.xml', 'practice/rss.xml'])('should publish %s as RSS with absolute links and stable GUIDs', (file) => {
    const items = parser.parse(read(file)).rss.channel.item as { link: string; guid: { '#text': string } }[]
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.link).toMatch(/^https:\/\//)
      // Stored on the document (issue 25), and every item has a page of its own.
      expect(item.guid['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
      expect(item.link).not.toContain('#')
    }
  })

  it('should show the next three activities on the home page', () => {
    const page = html('index.html')
    const block = page.querySelector('section[aria-labelledby="h-volunteering"]')
    expect(block?.querySelector('h2')?.text).toBe('近期志愿活动')
    expect(block?.querySelectorAll('li')).toHaveLength(3)
  })

  it.each([
    'volunteering/index.html',
    'volunteering/past/index.html',
    'volunteering/hours/index.html',
    'practice/index.html',
    detail('qianming-ganjing-lumian'),
    'index.html',
  ])('should keep %s within 60 kB', (file) => expect(pageWeight(siteDir(), file).total).toBeLessThanOrEqual(60 * 1024))
})
