import { describe, expect, it } from 'vitest'
import type { FeedSource } from '../../site/lib/feeds.ts'
import { enclosureOf, newestFirst, toFeedItems, toJsonFeed } from '../../site/lib/feeds.ts'
import { licenceOf } from '../../site/lib/identity.ts'
import { siteImageUnder } from '../../site/lib/media.ts'
import { unitFeedGroups } from '../../site/lib/partners.ts'
import { unitFeedSources, unitsUnder } from '../../site/lib/unitFeeds.ts'

const toSiteImage = siteImageUnder('/media')

const RIGHTS = { licence: '转载请注明来源：示范市文明办', copyright: '© 2026 示范市文明办', sourceName: '示范市文明办' }
const SITE = 'https://wm.example.cn'
const source = (over: Partial<FeedSource>): FeedSource => ({
  guid: { collection: 'exposures', id: '1', feedId: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427' },
  title: 't',
  path: '/exposures/a/',
  date: '2026-05-01T00:00:00.000Z',
  summary: 's',
  html: '<p>x</p>',
  categories: ['曝光台'],
  ...over,
})
const media = {
  alt: '海报',
  filename: 'p.png',
  width: 1000,
  height: 1500,
  filesize: 123456,
  mimeType: 'image/png',
  sizes: {
    thumbnail: { filename: 'p-400x300.webp', width: 400, height: 300, filesize: 9000, mimeType: 'image/webp' },
    card: { filename: 'p-800x533.webp', width: 800, height: 533, filesize: 30000, mimeType: 'image/webp' },
  },
}

describe('feed items (site/lib/feeds.ts)', () => {
  it('should carry the uncropped picture with its size as enclosure and media:content, and the thumbnail', () => {
    const image = toSiteImage(media)
    expect(image?.feed).toEqual({ src: '/media/p.png', width: 1000, height: 1500, bytes: 123456, type: 'image/png' })
    const [item] = toFeedItems([source({ image })], SITE, RIGHTS, '/exposures/rss.xml')
    expect(item?.enclosure).toEqual({ url: `${SITE}/media/p.png`, length: 123456, type: 'image/png' })
    expect(item?.customData).toContain(
      `<media:content url="${SITE}/media/p.png" medium="image" type="image/png" width="1000" height="1500" fileSize="123456"/>`,
    )
    expect(item?.customData).toContain(`<media:thumbnail url="${SITE}/media/p-400x300.webp" width="400" height="300"/>`)
    expect(item?.customData).toContain('<guid isPermaLink="false">urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</guid>')
  })

  it('should take a wide original’s place with the hero rendition and keep a file (PDF) as the enclosure', () => {
    const wide = toSiteImage({
      ...media,
      width: 4000,
      height: 3000,
      sizes: { hero: { filename: 'h.webp', width: 1600, height: 900, filesize: 5, mimeType: 'image/webp' } },
    })
    expect(wide?.feed?.src).toBe('/media/h.webp')
    const pdf = { src: '/media/a.pdf', width: 0, height: 0, bytes: 2048, type: 'application/pdf', title: '通报' }
    expect(enclosureOf(source({ image: wide, file: pdf }))).toEqual(pdf)
  })

  it('should keep the GUID when SITE_URL changes, and sort by the updated date', () => {
    const a = source({ path: '/a/', updated: '2026-06-01T00:00:00.000Z' })
    const b = source({ guid: { collection: 'exposures', id: '2' }, path: '/b/', date: '2026-05-20T00:00:00.000Z' })
    const one = toJsonFeed({ title: 'T', description: 'D', home: '/', feedPath: '/feed.json' }, [a, b], SITE, RIGHTS)
    const two = toJsonFeed({ title: 'T', description: 'D', home: '/', feedPath: '/feed.json' }, [a, b], 'https://new.example.cn', RIGHTS)
    expect(one.items[0]?.id).toBe(two.items[0]?.id)
    expect(one.items.map((item) => item.url)).toEqual([`${SITE}/a/`, `${SITE}/b/`])
    expect(one.items[0]?.date_modified).toBe('2026-06-01T00:00:00.000Z')
    expect(newestFirst([b, a]).map((item) => item.path)).toEqual(['/a/', '/b/'])
  })

  it('should name the sponsor in the licence, or the site name without one', () => {
    expect(licenceOf(undefined, '示范网', 2026).licence).toContain('转载请注明来源：示范网')
    const identity = { sponsor: '示范市文明办', siteName: 'x' } as Parameters<typeof licenceOf>[0]
    expect(licenceOf(identity, '示范网', 2026)).toMatchObject({ sourceName: '示范市文明办', copyright: '© 2026 示范市文明办' })
  })
})

describe('unit feeds (site/lib/unitFeeds.ts, site/lib/partners.ts)', () => {
  const units = [
    { slug: 'city', parent: null },
    { slug: 'd1', parent: 'city' },
    { slug: 's1', parent: 'd1' },
    { slug: 'c1', parent: 's1' },
    { slug: 'd2', parent: 'city' },
    { slug: 'loop', parent: 'loop' },
  ]
  it('should take the unit and everything below it, never looping', () => {
    expect([...unitsUnder('d1', units)].sort()).toEqual(['c1', 'd1', 's1'])
    expect([...unitsUnder('loop', units)]).toEqual(['loop'])
    const items = [source({ path: '/x/', units: ['c1'] }), source({ path: '/y/', units: ['d2'] }), source({ path: '/z/' })]
    expect(unitFeedSources('d1', units, items).map((item) => item.path)).toEqual(['/x/'])
    expect(unitFeedSources('city', units, items).map((item) => item.path)).toEqual(['/x/', '/y/'])
  })

  it('should list the city, each district with its streets and communities below it, and the departments', () => {
    const kind = (value: string, label: string) => ({ value, label })
    const groups = unitFeedGroups([
      { slug: 'city', name: '示范市', kind: kind('city', '市'), parent: null },
      { slug: 'd1', name: '东城区', kind: kind('district', '区县'), parent: 'city' },
      { slug: 's1', name: '东风街道', kind: kind('street', '街道（镇）'), parent: 'd1' },
      { slug: 'g1', name: '一网格', kind: kind('grid', '网格'), parent: 's1' },
      { slug: 'dep', name: '城管局', kind: kind('department', '部门'), parent: 'city' },
    ])
    expect(groups.city.map((unit) => unit.rss)).toEqual(['/units/city/rss.xml'])
    expect(groups.districts).toHaveLength(1)
    expect(groups.districts[0]?.json).toBe('/units/d1/feed.json')
    expect(groups.districts[0]?.below.map((unit) => [unit.label, unit.depth])).toEqual([['东风街道', 1]])
    expect(groups.departments.map((unit) => unit.label)).toEqual(['城管局'])
  })
})
