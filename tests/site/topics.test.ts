/**
 * 专题 on the built seeded site: the list, each topic's page with its header image, introduction and
 * items of any type in the editors' order (a draft item left out), the feed, sitemap and search.
 */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { CONTENT_TYPES, documentPathOf, typeOfSlug } from '../../cms/domain/contentTypes/index.ts'
import { isSearchable } from '../../publisher/rules/affectedPages.ts'
import { ads } from '../../seed/data/ads.ts'
import { exposures } from '../../seed/data/exposures.ts'
import { knowledge } from '../../seed/data/knowledge.ts'
import news from '../../seed/data/news.ts'
import topics from '../../seed/data/topics.ts'
import type { SeedRef } from '../../seed/data/types.ts'
import { typeLabel } from '../../site/lib/generic.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { html, read, siteDir } from './site.ts'

const SITE = 'https://wm.example.cn'

/** A seed item's title and whether it is published, looked up by type and slug. */
function seedItem(ref: SeedRef): { title: string; published: boolean } {
  if (ref.type === 'news') {
    const item = news.find((doc) => doc.slug === ref.slug)
    return { title: String(item?.title), published: item?.status === 'published' }
  }
  if (ref.type === 'knowledge') {
    const item = knowledge.find((doc) => doc.slug === ref.slug)
    return { title: String(item?.question), published: item?.status === 'published' }
  }
  if (ref.type === 'publicAds') {
    const item = ads.find((doc) => doc.slug === ref.slug)
    return { title: String(item?.title), published: item?.status === 'published' }
  }
  if (ref.type === 'exposures') {
    const item = exposures.find((doc) => doc.slug === ref.slug)
    return { title: String(item?.title), published: item?.publish === 'published' }
  }
  throw new Error(`seed type ${ref.type} not looked up in this test`)
}

describe('the topics list /topics/', () => {
  it('should list every published topic with its introduction', () => {
    const doc = html('topics/index.html')
    expect(doc.querySelector('h1')?.text).toBe('专题')
    const links = doc.querySelectorAll('main .generic-cards h2 a').map((a) => a.getAttribute('href'))
    expect([...links].sort()).toEqual(topics.map((topic) => `/topics/${topic.slug}/`).sort())
    for (const topic of topics) expect(doc.text).toContain(String(topic.intro).slice(0, 20))
  })
})

describe.each(topics.map((topic) => [topic.slug, topic] as const))('the topic %s', (slug, topic) => {
  const file = `topics/${slug}/index.html`
  const items = (topic.items as SeedRef[]).map((ref) => ({ ref, ...seedItem(ref) }))

  it('should show its title, header image with alt text, introduction and date', () => {
    const doc = html(file)
    expect(doc.querySelectorAll('h1').map((h) => h.text)).toEqual([topic.title])
    expect(doc.querySelector('article img')?.getAttribute('alt')).toBe((topic.headerImage as { alt: string }).alt)
    expect(doc.querySelector('article .lead')?.text).toBe(topic.intro)
    expect(doc.querySelector('article time')?.getAttribute('datetime')).toBe(topic.date)
  })

  it('should list its published items in the editors’ order, each with its title, type label and page', () => {
    const rows = html(file)
      .querySelectorAll('ol.refs li')
      .map((li) => ({
        label: li.querySelector('.tag')?.text,
        title: li.querySelector('a')?.text,
        href: li.querySelector('a')?.getAttribute('href'),
      }))
    const expected = items
      .filter((item) => item.published)
      .map((item) => {
        const type = typeOfSlug(CONTENT_TYPES[item.ref.type].slug)
        if (!type) throw new Error(item.ref.type)
        return { label: typeLabel(type), title: item.title, href: documentPathOf(type, item.ref.slug) }
      })
    expect(rows).toEqual(expected)
  })

  it('should leave out an item that is not published (takedown = gone; a draft shows once published)', () => {
    for (const item of items.filter((entry) => !entry.published)) expect(read(file)).not.toContain(item.title)
  })

  it('should stay within 60 kB and be in the search index and the sitemap', () => {
    expect(pageWeight(siteDir(), file).total).toBeLessThanOrEqual(60 * 1024)
    expect(isSearchable(file)).toBe(true)
    expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}/topics/${slug}/</loc>`)
  })
})

describe('the topics feed /topics/rss.xml', () => {
  it('should carry each topic with its introduction and its items as absolute links', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' })
    const items = parser.parse(read('topics/rss.xml')).rss.channel.item as Record<string, unknown>[]
    expect(items.map((item) => item.link).sort()).toEqual(topics.map((topic) => `${SITE}/topics/${topic.slug}/`).sort())
    const zebra = String(items.find((item) => String(item.link).endsWith('/zebra-crossing/'))?.['content:encoded'])
    expect(zebra).toContain(String(topics[0]?.intro))
    expect(zebra).toContain(`href="${SITE}/news/zebra-crossing-volunteers/"`)
    expect(zebra).not.toContain('bengbu')
  })
})
