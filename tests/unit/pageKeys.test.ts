/** Page cache keys (site/lib/pageKeys.ts): a key changes exactly when a page's props or the shared data change. */
import { describe, expect, it } from 'vitest'
import { cacheKeysFor } from '../../site/lib/pageKeys.ts'

const key = (props: unknown, shared: unknown = { identity: { name: '文明网' } }): string =>
  cacheKeysFor([{ params: {}, props }], shared)[0]?.cacheKey ?? ''

const entry = () => ({ title: '通报', unit: { slug: 'street-1', name: '第1街道' }, html: '<p>正文</p>', tags: ['a', 'b'] })

describe('cacheKeysFor', () => {
  it('should give equal props (other objects, same values) the same key, and keep the paths and their order', () => {
    expect(key({ item: entry() })).toBe(key({ item: entry() }))
    const paths = cacheKeysFor(
      [
        { params: { slug: 'a' }, props: { item: entry() } },
        { params: { slug: 'b' }, props: { item: { ...entry(), title: '另一篇' } } },
      ],
      null,
    )
    expect(paths.map((path) => path.params.slug)).toEqual(['a', 'b'])
    expect(paths[0]?.cacheKey).not.toBe(paths[1]?.cacheKey)
    expect(paths[0]?.cacheKey).toMatch(/^[A-Za-z0-9_-]{27}$/)
  })

  it.each([
    ['a nested name', { ...entry(), unit: { slug: 'street-1', name: '第1街道办事处' } }],
    ['a list item', { ...entry(), tags: ['a', 'c'] }],
    ['the list order', { ...entry(), tags: ['b', 'a'] }],
    ['a field added', { ...entry(), summary: '摘要' }],
    ['a field gone', { title: '通报', unit: { slug: 'street-1', name: '第1街道' }, html: '<p>正文</p>' }],
  ])('should change the key when %s changes', (_, changed) => {
    expect(key({ item: changed })).not.toBe(key({ item: entry() }))
  })

  it('should change the key with a prop’s name, the props’ order, a primitive prop and the shared data', () => {
    const item = entry()
    const base = key({ item, count: 3 })
    expect(key({ entry: item, count: 3 })).not.toBe(base)
    expect(key({ count: 3, item })).not.toBe(base)
    expect(key({ item, count: 4 })).not.toBe(base)
    expect(key({ item, count: '3' })).not.toBe(base)
    expect(key({ item, count: 3 }, { identity: { name: '文明城市网' } })).not.toBe(base)
    expect(key({ item, count: null })).not.toBe(key({ item }))
  })

  it('should tell a prop that is a string from one holding the same text as JSON', () => {
    expect(key({ a: '{"x":1}' })).not.toBe(key({ a: { x: 1 } }))
    expect(key({ a: [1, 2] })).not.toBe(key({ a: '[1,2]' }))
    expect(key(['x'])).not.toBe(key({ 0: 'x' }))
  })

  it('should give the same object, hashed again in a later listing, the same key as an equal new object', () => {
    const item = entry()
    const first = key({ item })
    expect(key({ item })).toBe(first)
    // A changed entry is a new object (the content store never changes one in place): its key follows its values.
    const renamed = { ...item, unit: { slug: 'street-1', name: '第1街道办事处' } }
    expect(key({ item: renamed })).not.toBe(first)
    expect(key({ item: renamed })).toBe(key({ item: { ...entry(), unit: { slug: 'street-1', name: '第1街道办事处' } } }))
  })
})
