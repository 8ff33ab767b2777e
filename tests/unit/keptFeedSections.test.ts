/**
 * Feed items kept between builds (site/lib/keptSections.ts, site/lib/unitFeeds.ts unitFeedLists; issue 26):
 * a section's list is made again when, and only when, an entry of a collection it reads changed or the clock
 * passed one of its items' dated events; the unit feeds picked in one pass equal sorting every matching item.
 */
import { describe, expect, it } from 'vitest'
import { feedDates, feedDatesChangeAt } from '../../cms/domain/feeds/feedDates.ts'
import { feedDated } from '../../site/lib/feedItemFacts.ts'
import { type FeedSource, newestFirst, newestOf } from '../../site/lib/feeds.ts'
import { keptSections, sourcesChangeAt } from '../../site/lib/keptSections.ts'
import { UNIT_FEED_SIZE, unitFeedLists, unitFeedSources, unitsUnder } from '../../site/lib/unitFeeds.ts'

type Entry = { id: string; data: { title: string; events?: string[] } }
const entry = (id: string, title = id, events: string[] = []): Entry => ({ id, data: { title, events } })

/** A fake content store: collection → entries; an edit replaces the entry (and its data), as the kept store does. */
function world() {
  const store = new Map<string, Entry[]>([
    ['bulletins', [entry('b1'), entry('b2')]],
    ['exposures', [entry('e1')]],
    ['topics', [entry('t1')]],
  ])
  const made: string[] = []
  const readsOf = (key: string) => (key === 'topics' ? ['topics', 'bulletins', 'exposures'] : [key])
  const sections = keptSections<string>({
    readsOf,
    read: async (collection) => [...(store.get(collection) ?? [])],
    make: async (key) => {
      made.push(key)
      return (store.get(key) ?? []).map(({ id, data }) => ({
        guid: { collection: key, id },
        title: data.title,
        path: `/${key}/${id}/`,
        ...feedDated({ cmsId: id, updatedAt: '2026-01-01T00:00:00.000Z' }, '2026-01-01', data.events ?? [], new Date(NOW)),
        summary: '',
        html: '',
        categories: [],
      }))
    },
  })
  return { store, made, sections }
}
const NOW = Date.parse('2026-06-01T00:00:00.000Z')

describe('kept feed sections', () => {
  it('should make a section once and hand the same list back while its collection is unchanged', async () => {
    const { made, sections } = world()
    const first = await sections('bulletins', NOW)
    expect(first.map((item) => item.title)).toEqual(['b1', 'b2'])
    expect(await sections('bulletins', NOW + 1000)).toBe(first)
    expect(made).toEqual(['bulletins'])
  })

  it('should make again only the section whose collection changed (an edit, an addition, a removal)', async () => {
    const { store, made, sections } = world()
    const bulletins = await sections('bulletins', NOW)
    const exposures = await sections('exposures', NOW)
    // An edit replaces the entry: the bulletins are made again, the exposures are not.
    store.set('bulletins', [entry('b1', 'b1 改'), (store.get('bulletins') as Entry[])[1] as Entry])
    const edited = await sections('bulletins', NOW)
    expect(edited).not.toBe(bulletins)
    expect(edited.map((item) => item.title)).toEqual(['b1 改', 'b2'])
    expect(await sections('exposures', NOW)).toBe(exposures)
    // A takedown (the entry removed) leaves nothing of it in the list.
    store.set('bulletins', [(store.get('bulletins') as Entry[])[1] as Entry])
    expect((await sections('bulletins', NOW)).map((item) => item.title)).toEqual(['b2'])
    // An addition.
    store.set('exposures', [...(store.get('exposures') as Entry[]), entry('e2')])
    expect((await sections('exposures', NOW)).map((item) => item.title)).toEqual(['e1', 'e2'])
    expect(made).toEqual(['bulletins', 'exposures', 'bulletins', 'bulletins', 'exposures'])
  })

  it('should not make a section again when an entry is set again unchanged (the same data kept)', async () => {
    const { store, made, sections } = world()
    const first = await sections('bulletins', NOW)
    // The store hands out new entry objects around the same data (as getCollection does): still the same.
    store.set(
      'bulletins',
      (store.get('bulletins') as Entry[]).map((item) => ({ ...item })),
    )
    expect(await sections('bulletins', NOW)).toBe(first)
    expect(made).toEqual(['bulletins'])
  })

  it('should make a section with links again when any collection it reads changed', async () => {
    const { store, made, sections } = world()
    const topics = await sections('topics', NOW)
    expect(await sections('topics', NOW)).toBe(topics)
    store.set('exposures', [entry('e1', '新标题')])
    expect(await sections('topics', NOW)).not.toBe(topics)
    expect(made).toEqual(['topics', 'topics'])
  })

  it('should make a section again once the clock passes a dated event of one of its items', async () => {
    const { store, made, sections } = world()
    store.set('exposures', [entry('e1', 'e1', ['2026-05-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'])])
    const before = await sections('exposures', NOW)
    expect(before[0]?.updated).toBe('2026-05-01T00:00:00.000Z')
    expect(before[0]?.changesAt).toBe('2026-07-01T00:00:00.000Z')
    expect(await sections('exposures', Date.parse('2026-06-30T23:59:59.000Z'))).toBe(before)
    const after = await sections('exposures', Date.parse('2026-07-01T00:00:00.000Z'))
    expect(after).not.toBe(before)
    expect(made).toEqual(['exposures', 'exposures'])
  })

  it('should not keep a list that failed to be made', async () => {
    let fail = true
    const sections = keptSections<string>({
      readsOf: (key) => [key],
      read: async () => [],
      make: async () => {
        if (fail) throw new Error('boom')
        return []
      },
    })
    await expect(sections('x', NOW)).rejects.toThrow('boom')
    fail = false
    expect(await sections('x', NOW)).toEqual([])
  })
})

describe('when the clock changes a feed item (feedDatesChangeAt)', () => {
  const at = new Date('2026-06-01T00:00:00.000Z')
  const facts = (events: (string | null)[], date: string | null = '2026-01-01') => ({
    date,
    firstPublishedAt: null,
    fallback: 'not a date',
    events,
  })
  it.each([
    { events: [], expected: null },
    { events: ['2026-05-01'], expected: null },
    { events: ['2026-05-01', '2026-08-01', '2026-07-01', null], expected: '2026-06-30T16:00:00.000Z' },
    { events: ['2026-06-01T00:00:00.000Z'], expected: null },
  ])('should be the earliest event still to come ($events)', ({ events, expected }) => {
    expect(feedDatesChangeAt(facts(events), at)).toBe(expected)
  })
  it('should be now when no date is known (the published date is the clock), so nothing is kept', () => {
    expect(feedDatesChangeAt(facts([], null), at)).toBe(at.toISOString())
    expect(feedDates(facts([], null), at).published).toBe(at.toISOString())
  })
  it('should give the earliest change of a list, Infinity when none', () => {
    const item = (changesAt?: string) => ({ changesAt }) as FeedSource
    expect(sourcesChangeAt([item(), item('2026-07-01T00:00:00.000Z'), item('2026-06-02T00:00:00.000Z')])).toBe(
      Date.parse('2026-06-02T00:00:00.000Z'),
    )
    expect(sourcesChangeAt([item()])).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('unit feeds in one pass (unitFeedLists)', () => {
  const units = [
    { slug: 'city', parent: null },
    { slug: 'd1', parent: 'city' },
    { slug: 's1', parent: 'd1' },
    { slug: 'd2', parent: 'city' },
    { slug: 'loop', parent: 'loop' },
  ]
  const slugs = units.map((unit) => unit.slug)
  /** A seeded generator: the same items every run. */
  function items(count: number, seed: number): FeedSource[][] {
    let state = seed
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state / 2147483648
    }
    const names = [...slugs, 'elsewhere']
    const sections: FeedSource[][] = [[], [], []]
    for (let i = 0; i < count; i++) {
      // Few distinct days: many ties, broken by path, else kept in input order.
      const day = 1 + Math.floor(next() * 5)
      const named = Array.from({ length: Math.floor(next() * 3) }, () => names[Math.floor(next() * names.length)] as string)
      const path = `/x/${Math.floor(next() * count * 0.7)}/`
      ;(sections[i % 3] as FeedSource[]).push({
        guid: { collection: 'x', id: String(i) },
        title: `item ${i}`,
        path,
        date: `2026-05-0${day}T00:00:00.000Z`,
        summary: '',
        html: '',
        categories: [],
        units: named,
      })
    }
    return sections
  }

  it.each([7, 120, 400])('should equal sorting every matching item and taking the newest (%i items)', (count) => {
    const sections = items(count, count)
    const all = sections.flat()
    const lists = unitFeedLists(slugs, units, sections)
    for (const slug of slugs) {
      const under = unitsUnder(slug, units)
      const expected = newestFirst(all.filter((source) => source.units?.some((unit) => under.has(unit)))).slice(0, UNIT_FEED_SIZE)
      expect(lists.get(slug), slug).toEqual(expected)
      expect(unitFeedSources(slug, units, all)).toEqual(expected)
    }
    expect(Math.max(...[...lists.values()].map((list) => list.length))).toBeLessThanOrEqual(UNIT_FEED_SIZE)
  })

  it.each([1, 50, 200, 500])(
    'should pick the newest %i of every section in one pass as sorting them all does (site and section feeds)',
    (size) => {
      const sections = items(400, size)
      expect(newestOf(sections, size)).toEqual(newestFirst(sections.flat()).slice(0, size))
    },
  )

  it('should leave an item out of every unit feed once it is gone from its section', () => {
    const sections = items(200, 3)
    const gone = sections[0]?.find((source) => source.units?.includes('s1')) as FeedSource
    const without = sections.map((section) => section.filter((source) => source !== gone))
    for (const list of unitFeedLists(slugs, units, without).values()) expect(list).not.toContain(gone)
  })
})
