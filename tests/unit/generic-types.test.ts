/**
 * The generic public types (cms/domain/contentTypes/generic.ts, site/loaders/generic.ts,
 * site/lib/generic.ts): a table entry's `generic` shape is all a type needs for its loader, pages,
 * feed, blocks and seed. Pure parts, table-tested.
 */
import { describe, expect, it } from 'vitest'
import { checkRefs, type GenericType, genericTypes, MAX_REFS, refId, sectionTypes } from '../../cms/domain/contentTypes/index.ts'
import { richText } from '../../seed/lexical.ts'
import type { GenericEntry } from '../../site/lib/entries.ts'
import { feedSource, forUnit, newestFirst, type PublishedIndex, resolveRefs, toCard } from '../../site/lib/generic.ts'
import { genericEntry, storedRefs } from '../../site/loaders/generic.ts'

const L = { zh: '专题内容', en: 'Items' }

describe('checkRefs (a links field)', () => {
  it.each([
    ['nothing', undefined, true],
    ['an empty list', [], true],
    [
      'two different items',
      [
        { relationTo: 'news', value: 1 },
        { relationTo: 'bulletins', value: 1 },
      ],
      true,
    ],
    [
      'a populated and a bare id of the same item',
      [
        { relationTo: 'news', value: { id: 1 } },
        { relationTo: 'news', value: 1 },
      ],
      '专题内容中有重复的条目。 / Items: an item is listed twice.',
    ],
    [
      'too many',
      Array.from({ length: MAX_REFS + 1 }, (_, i) => ({ relationTo: 'news', value: i })),
      `专题内容最多 ${MAX_REFS} 项。 / Items: at most ${MAX_REFS} items.`,
    ],
  ])('should answer %s with %s', (_name, value, expected) => {
    expect(checkRefs(value, L)).toBe(expected)
  })

  it('should refuse a link to a collection the field may not link, naming it', () => {
    expect(checkRefs([{ relationTo: 'topics', value: 1 }], L, ['news'])).toBe(
      '专题内容不能包含“topics”类内容。 / Items: topics cannot be linked here.',
    )
    expect(checkRefs([{ relationTo: 'news', value: 1 }], L, ['news'])).toBe(true)
  })

  it.each([
    [{ id: 7 }, '7'],
    [7, '7'],
    ['a1', 'a1'],
    [null, ''],
  ])('should read the id of %j as %s', (value, expected) => {
    expect(refId(value)).toBe(expected)
  })
})

const shape = {
  title: 'title',
  date: 'date',
  summary: 'summary',
  body: 'body',
  image: 'cover',
  meta: [
    { field: 'source', label: { zh: '来源', en: 'Source' } },
    { field: 'author', label: { zh: '作者', en: 'Author' } },
  ],
  units: 'units',
  refs: { field: 'items', heading: '专题内容' },
} as const

describe('genericEntry (the one loader’s mapping)', () => {
  const doc = {
    id: 3,
    slug: 'a',
    updatedAt: '2026-11-02T01:00:00.000Z',
    title: '标题',
    date: '2026-11-01T00:00:00.000Z',
    summary: '',
    body: richText(['第一段<script>', '第二段']),
    source: '大众网·海报新闻',
    author: '',
    units: [{ slug: 'u1', name: '一街道', kind: 'street' }, 5],
    items: [
      { relationTo: 'bulletins', value: { id: 9, slug: 'b' } },
      { relationTo: 'news', value: 4 },
      { relationTo: '', value: 1 },
    ],
  }
  const entry = genericEntry(shape, doc, '/media')

  it('should map the shape’s fields: title, China day, meta lines without empty ones', () => {
    expect(entry).toMatchObject({ cmsId: '3', title: '标题', date: '2026-11-01', meta: [{ label: '来源', value: '大众网·海报新闻' }] })
  })

  it('should sanitize the body and take the summary from it when empty', () => {
    expect(entry.html).not.toContain('<script>')
    expect(entry.summary.startsWith('第一段')).toBe(true)
  })

  it('should keep readable units only, and links by collection and id in order', () => {
    expect(entry.units).toEqual([{ slug: 'u1', name: '一街道', kind: 'street' }])
    expect(entry.refs).toEqual([
      { relationTo: 'bulletins', id: '9' },
      { relationTo: 'news', id: '4' },
    ])
    expect(storedRefs('x')).toEqual([])
  })
})

describe('resolveRefs (takedown = gone)', () => {
  const published: PublishedIndex = new Map([
    ['bulletins', new Map([['9', { slug: 'b', title: '通报标题' }]])],
    ['knowledge', new Map([['2', { slug: 'k', title: '问题' }]])],
  ])

  it('should keep the editors’ order with the current title, page and type label', () => {
    expect(
      resolveRefs(
        [
          { relationTo: 'knowledge', id: '2' },
          { relationTo: 'bulletins', id: '9' },
        ],
        published,
      ),
    ).toEqual([
      { title: '问题', path: '/knowledge/k/', typeLabel: '文明知识', typeKey: 'knowledge' },
      { title: '通报标题', path: '/bulletins/b/', typeLabel: '通报', typeKey: 'bulletins' },
    ])
  })

  it.each([
    ['an unpublished or deleted item', { relationTo: 'bulletins', id: '10' }],
    ['a collection no public type has', { relationTo: 'users', id: '1' }],
  ])('should leave out %s', (_name, ref) => {
    expect(resolveRefs([ref], published)).toEqual([])
  })
})

const fakeType = {
  ...sectionTypes[0],
  key: 'bulletins',
  slug: 'bulletins',
  path: '/x/',
  site: { ...sectionTypes[0]!.site, route: 'x', detailPages: true },
  generic: shape,
} as unknown as GenericType

const item = (id: string, date: string, units: string[] = []): { id: string; data: GenericEntry } => ({
  id,
  data: {
    cmsId: id,
    updatedAt: '',
    title: `T${id}`,
    date,
    summary: 's<',
    html: '<p>b</p>',
    meta: [{ label: '来源', value: 'A&B' }],
    units: units.map((slug) => ({ slug, name: slug, kind: 'street' })),
    refs: [],
  },
})

describe('lists, feeds and blocks', () => {
  it('should order newest first, the slug breaking ties', () => {
    expect(newestFirst([item('b', '2026-01-01'), item('a', '2026-01-01'), item('c', '2026-02-01')]).map((i) => i.id)).toEqual([
      'c',
      'a',
      'b',
    ])
  })

  it('should make a card with the page address and no body', () => {
    expect(toCard(fakeType, item('a', '2026-01-01'))).toEqual({
      path: '/x/a/',
      title: 'Ta',
      date: '2026-01-01',
      summary: 's<',
      image: undefined,
      meta: [{ label: '来源', value: 'A&B' }],
    })
  })

  it('should make a feed item with a stable GUID, escaped meta, the body and the links', () => {
    const source = feedSource(fakeType, item('a', '2026-01-01', ['u1']), [
      { title: 'L<', path: '/y/', typeLabel: '通报', typeKey: 'bulletins' },
    ])
    expect(source.guid).toEqual({ collection: 'bulletins', id: 'a' })
    expect(source.html).toBe('<p>来源：A&amp;B</p><p>b</p><ul><li><a href="/y/">L&lt;</a>（通报）</li></ul>')
    expect(source.categories.slice(1)).toEqual(['u1'])
  })

  it('should list a unit’s documents newest first', () => {
    const items = [item('a', '2026-01-01', ['u1']), item('b', '2026-03-01', ['u2']), item('c', '2026-02-01', ['u1', 'u2'])]
    expect(forUnit(items, 'u1', 5).map((i) => i.id)).toEqual(['c', 'a'])
    expect(forUnit(items, 'u2', 1).map((i) => i.id)).toEqual(['b'])
  })
})

describe.each(genericTypes.map((type) => [type.key, type] as const))('the generic type %s in the table', (_key, type) => {
  it('should have pages of its own, its title field as the shape’s title, and unsearched list pages', () => {
    expect(type.site.detailPages).toBe(true)
    expect(type.titleField).toBe(type.generic.title)
    expect(type.site.listsSearchable).toBe(false)
    expect(type.site.filterRoutes).toEqual([])
  })

  it('should show on unit pages only when it names units', () => {
    if (type.site.unitPage !== null) expect(type.generic.units).toBeTruthy()
  })
})
