import { describe, expect, it } from 'vitest'
import {
  type AddressRecord,
  addressChanges,
  addressTable,
  answerFor,
  currentKey,
  GONE_KEEP_DAYS,
  isSafePath,
  parseAddressTable,
} from '../../cms/domain/addresses.ts'
import { isSearchable } from '../../publisher/rules/affectedPages.ts'

const NOW = new Date('2026-12-06T12:00:00.000Z')
const target = { collection: 'exposures', docId: '7' }
const rec = (slug: string, withdrawnAt: string | null = null, docId = '7'): AddressRecord => ({
  collection: 'exposures',
  docId,
  slug,
  path: `/exposures/${slug}/`,
  withdrawnAt,
})
const at = (slug: string) => ({ slug, path: `/exposures/${slug}/` })

describe('addressChanges', () => {
  it.each([
    ['should record the first published address', [], null, at('a'), [{ op: 'create', record: rec('a') }]],
    ['should record a renamed address and keep the old one', [rec('a')], at('a'), at('b'), [{ op: 'create', record: rec('b') }]],
    ['should change nothing on a draft save', [rec('a')], at('a'), at('a'), []],
    ['should record nothing for a draft never published', [], null, null, []],
    [
      'should mark every address withdrawn on unpublish',
      [rec('a'), rec('b')],
      at('b'),
      null,
      [{ op: 'withdraw', ...target, at: NOW.toISOString() }],
    ],
    [
      'should record the address before (published before records were kept) and withdraw it on delete',
      [],
      at('old'),
      null,
      [{ op: 'create', record: rec('old', NOW.toISOString()) }],
    ],
    ['should clear the mark when published again', [rec('a', '2026-01-01T00:00:00.000Z')], null, at('a'), [{ op: 'restore', ...target }]],
    ['should never record an unsafe path', [], null, { slug: 'x', path: '//evil.com/' }, []],
  ] as const)('%s', (_name, records, before, after, expected) => {
    expect(addressChanges(records as readonly AddressRecord[], target, { before, after }, NOW)).toEqual(expected)
  })

  it('should ignore other documents’ records', () => {
    expect(addressChanges([rec('a', null, '8')], target, { before: null, after: at('a') }, NOW)).toEqual([
      { op: 'create', record: rec('a') },
    ])
  })
})

describe('addressTable', () => {
  const current = new Map([[currentKey('exposures', '7'), '/exposures/c/']])

  it('should send every earlier address straight to the current one (no chains)', () => {
    const table = addressTable([rec('a'), rec('b'), rec('c')], current, NOW)
    expect(table).toEqual({ moved: { '/exposures/a/': '/exposures/c/', '/exposures/b/': '/exposures/c/' }, gone: [] })
  })

  it('should answer 410 for a withdrawn document within the keep period and nothing after it', () => {
    const recent = new Date(NOW.getTime() - 10 * 86_400_000).toISOString()
    const old = new Date(NOW.getTime() - (GONE_KEEP_DAYS + 1) * 86_400_000).toISOString()
    const table = addressTable([rec('x', recent, '9'), rec('y', old, '10')], current, NOW)
    expect(table).toEqual({ moved: {}, gone: ['/exposures/x/'] })
  })

  it('should never redirect or withdraw an address another published document uses now', () => {
    const reused = new Map([...current, [currentKey('exposures', '8'), '/exposures/a/']])
    const table = addressTable([rec('a'), rec('a', '2026-12-01T00:00:00.000Z', '11')], reused, NOW)
    expect(table).toEqual({ moved: {}, gone: [] })
  })

  it('should drop unsafe paths from records', () => {
    const bad: AddressRecord = { ...rec('x'), path: '/exposures/../admin/' }
    expect(addressTable([bad], current, NOW)).toEqual({ moved: {}, gone: [] })
  })
})

describe('answerFor', () => {
  const table = { moved: { '/good-people/a/': '/good-people/c/', '/units/u1/': '/units/u2/' }, gone: ['/exposures/x/'] }

  it.each([
    ['/good-people/a/', { status: 301, location: '/good-people/c/' }],
    ['/good-people/a', { status: 301, location: '/good-people/c/' }],
    ['/good-people/a/objection/', { status: 301, location: '/good-people/c/objection/' }],
    ['/exposures/x/', { status: 410 }],
    ['/exposures/y/', null],
    ['//evil.com/', null],
    ['/good-people/a/..//evil.com/', null],
    ['/good-people/a/%2F%2Fevil.com/', null],
    ['/\\evil.com/', null],
    ['/GOOD-PEOPLE/A/', null],
  ] as const)('should answer %s with %j', (pathname, expected) => {
    expect(answerFor(table, pathname)).toEqual(expected)
  })

  it('should refuse a table entry pointing off the site even when a file was tampered with', () => {
    const parsed = parseAddressTable({ moved: { '/a/': '//evil.com/', '/b/': 'https://evil.com/', '/c/': '/d/' }, gone: ['/x/', '//y/'] })
    expect(parsed).toEqual({ moved: { '/c/': '/d/' }, gone: ['/x/'] })
  })

  it.each([
    ['/a/', true],
    ['/a-b/c1/', true],
    ['/a', false],
    ['//a/', false],
    ['/a/../', false],
    ['http://a/', false],
    ['/a//b/', false],
  ])('should judge %s safe: %s', (path, safe) => {
    expect(isSafePath(path)).toBe(safe)
  })
})

describe('a renamed or deleted unit', () => {
  const unit = (slug: string, withdrawnAt: string | null = null, docId = '3'): AddressRecord => ({
    collection: 'units',
    docId,
    slug,
    path: `/units/${slug}/`,
    withdrawnAt,
  })

  it('should move the pages its slug names (board, partners’ embed, district board) with its own page', () => {
    const table = addressTable([unit('old-street'), unit('new-street')], new Map([[currentKey('units', '3'), '/units/new-street/']]), NOW)
    expect(table.moved).toEqual({
      '/units/old-street/': '/units/new-street/',
      '/exposures/unit/old-street/': '/exposures/unit/new-street/',
      '/embed/exposures/unit/old-street/': '/embed/exposures/unit/new-street/',
      '/projects/district/old-street/': '/projects/district/new-street/',
    })
  })

  it('should answer 410 on every page of a deleted unit', () => {
    const table = addressTable([unit('gone-street', '2026-12-01T00:00:00.000Z')], new Map(), NOW)
    expect(table.gone).toEqual([
      '/embed/exposures/unit/gone-street/',
      '/exposures/unit/gone-street/',
      '/projects/district/gone-street/',
      '/units/gone-street/',
    ])
  })
})

describe('embeds and the 410 page in search', () => {
  it.each(['embed/rankings/latest/index.html', 'embed/exposures/unit/s-heping/index.html', '410/index.html'])(
    'should leave %s out of the search index',
    (file) => {
      expect(isSearchable(file)).toBe(false)
    },
  )

  it('should keep the snippets page searchable', () => {
    expect(isSearchable('partners/embed/index.html')).toBe(true)
  })
})
