/**
 * 留言 in the built seeded site: answered messages by category and unit, the detail with message,
 * reply, unit and dates, each unit's reply / on-time / satisfaction numbers as the seed makes them,
 * the form page (challenge placeholder, 允许公开), page weight — and no private message, no
 * unanswered one, no contact and no tracking code anywhere the public can fetch.
 */
import fs from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { challengePlaceholder } from '../../cms/domain/formPages.ts'
import { rateText, replyDeadline, unitMessageStats } from '../../cms/domain/messages/index.ts'
import { messages } from '../../seed/data/messages.ts'
import { at } from '../../seed/steps/messages.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { exists, html, read, siteDir } from './site.ts'

const answered = messages.filter((item) => item.reply !== undefined && item.answeredDaysAgo !== undefined)
const published = answered.filter((item) => item.allowPublic)
const hidden = messages.filter((item) => !published.includes(item))
const newestFirst = [...published].sort((a, b) => (a.answeredDaysAgo as number) - (b.answeredDaysAgo as number))
const titles = (file: string): string[] =>
  html(file)
    .querySelectorAll('ul.list li > a')
    .map((a) => a.text)

/** Every text file the public can fetch (pages, feeds, sitemaps, search index), not the images. */
function publicText(dir = siteDir()): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'media' ? [] : publicText(full)
    return /\.(html|xml|json|js|txt)$/.test(entry.name) ? [full] : []
  })
}

describe('answered messages by category and unit', () => {
  it('should list the published answers newest first, and nothing else', () => {
    const page = html('messages/index.html')
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['互动交流'])
    expect(titles('messages/index.html')).toEqual(newestFirst.map((item) => item.title))
  })

  it.each(['consult', 'suggest', 'complain', 'praise'])('should list the %s category’s published answers only', (category) => {
    expect(titles(`messages/category/${category}/index.html`)).toEqual(
      newestFirst.filter((item) => item.category === category).map((item) => item.title),
    )
  })

  it('should list a unit’s published answers on its page', () => {
    for (const unit of new Set(published.map((item) => item.unit as string)))
      expect(titles(`messages/unit/${unit}/index.html`)).toEqual(newestFirst.filter((item) => item.unit === unit).map((item) => item.title))
  })
})

describe('a message page', () => {
  it('should show the message, the reply, the unit and both dates in China time', () => {
    const item = published.find((entry) => entry.slug === 'demo-message-bus-stop')!
    const page = html(`messages/${item.slug}/index.html`)
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual([item.title])
    expect(page.text).toContain(item.text)
    expect(page.text).toContain(item.reply)
    expect(page.querySelector(`section[aria-labelledby="h-reply"] a[href="/units/${item.unit}/"]`)).not.toBeNull()
    const times = page.querySelectorAll('time').map((time) => time.getAttribute('datetime'))
    expect(times).toEqual([at(item.receivedDaysAgo), at(item.answeredDaysAgo as number)].map((value) => value.slice(0, 10)))
    expect(page.text).toContain('满意')
  })

  it('should build no page for a private or unanswered message', () => {
    for (const item of hidden) expect(exists(`messages/${item.slug}/index.html`), item.slug).toBe(false)
  })
})

describe('per-unit numbers', () => {
  const expected = unitMessageStats(
    messages.map((item) => ({
      unit: item.unit,
      deadline: replyDeadline(at(item.receivedDaysAgo), 5).toISOString(),
      answeredAt: item.answeredDaysAgo === undefined ? null : at(item.answeredDaysAgo),
      rating: item.rating ?? null,
    })),
  )

  it('should show every unit’s received count, reply rate, on-time rate and satisfaction as the seed makes them', () => {
    const page = html('messages/rates/index.html')
    expect(page.querySelector('table caption')?.text).toContain('留言答复情况')
    expect(page.querySelectorAll('th[scope="col"]')).toHaveLength(5)
    expect(page.querySelectorAll('tbody tr')).toHaveLength(expected.length)
    for (const row of expected) {
      const cells = page.querySelector(`tbody th a[href="/units/${row.unit}/"]`)?.closest('tr')?.querySelectorAll('td')
      expect(
        cells?.map((cell) => cell.text.replaceAll('\n', '')),
        row.unit,
      ).toEqual([
        String(row.received),
        `${rateText(row.replyRate)}（${row.answered}/${row.received}）`,
        rateText(row.onTimeRate),
        `${rateText(row.satisfaction)}（${row.rated} 人评价）`,
      ])
    }
    // The night-noise complaint was answered late and rated 不满意.
    const guangming = expected.find((row) => row.unit === 's-guangming')
    expect(guangming).toMatchObject({ onTimeRate: 0, satisfaction: 0 })
  })

  it('should put the same numbers on the unit’s own page', () => {
    const row = expected.find((entry) => entry.unit === 's-xinhua')!
    const text = html('units/s-xinhua/index.html').text
    expect(text).toContain(`收到留言 ${row.received} 条，答复率 ${rateText(row.replyRate)}`)
  })
})

describe('the form and privacy', () => {
  it('should serve a no-JS form with the challenge the server fills and the 允许公开 choice, unticked', () => {
    const source = read('messages/new/index.html')
    expect(source).toContain(challengePlaceholder('message'))
    const page = html('messages/new/index.html')
    expect(page.querySelector('form')?.getAttribute('action')).toBe('/api/messages/submit')
    const box = page.querySelector('input[type="checkbox"][name="allowPublic"]')
    expect(box?.hasAttribute('checked')).toBe(false)
    expect(page.querySelector(`label[for="${box?.id}"]`)?.text).toContain('允许公开')
    expect(page.querySelector('a[href="/privacy/#messages"]')).not.toBeNull()
  })

  it('should say on /privacy/#messages what a 留言 keeps, who sees it and for how long', () => {
    const section = html('privacy/index.html').querySelector('#messages')?.nextElementSibling?.text ?? ''
    for (const words of ['保存什么', '谁能看到', '保存多久', '答复发布 90 天后自动删除']) expect(section).toContain(words)
  })

  it('should never publish a private or unanswered message, a contact or a tracking code', () => {
    const secrets = [
      ...hidden.flatMap((item) => [item.title, item.text]),
      ...answered.filter((item) => !item.allowPublic).map((item) => item.reply as string),
      ...messages.flatMap((item) => [
        item.code,
        `${item.code.slice(0, 5)}-${item.code.slice(5)}`,
        ...(item.contact ? [item.contact.name, item.contact.phone] : []),
      ]),
    ]
    expect(secrets.length).toBeGreaterThan(10)
    for (const file of publicText()) {
      const text = fs.readFileSync(file, 'utf8')
      for (const secret of secrets) expect(text, file).not.toContain(secret)
    }
  })

  it('should publish the answers as RSS with stable GUIDs', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' })
    const items = parser.parse(read('messages/rss.xml')).rss.channel.item as { title: string; guid: { '#text': string } }[]
    expect(items.map((item) => item.title)).toEqual(newestFirst.map((item) => item.title))
    for (const item of items) expect(item.guid['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/) // stored at creation (issue 25)
  })

  it.each([
    'messages/index.html',
    'messages/demo-message-bus-stop/index.html',
    'messages/new/index.html',
    'messages/status/index.html',
    'messages/rates/index.html',
    'messages/category/consult/index.html',
    'messages/unit/s-xinhua/index.html',
  ])('should keep %s within 60 kB', (file) => expect(pageWeight(siteDir(), file).total).toBeLessThanOrEqual(60 * 1024))
})
