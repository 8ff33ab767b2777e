import { describe, expect, it } from 'vitest'
import { pageTarget } from '../../publisher/astro/keptRenderer.ts'
import { inIdOrder } from '../../publisher/astro/storeOrder.mjs'

describe('pageTarget (where astro build puts a path: format directory, trailing slash always)', () => {
  it.each([
    ['/', 'page', '/', 'index.html'],
    ['/bulletins/a/', 'page', '/bulletins/a/', 'bulletins/a/index.html'],
    ['/bulletins/page/2', 'page', '/bulletins/page/2/', 'bulletins/page/2/index.html'],
    ['/search', 'page', '/search/', 'search/index.html'],
    ['/404', 'page', '/404/', '404.html'],
    ['/rss.xml', 'endpoint', '/rss.xml', 'rss.xml'],
    ['/bulletins/rss.xml', 'endpoint', '/bulletins/rss.xml', 'bulletins/rss.xml'],
    ['/robots.txt', 'endpoint', '/robots.txt', 'robots.txt'],
  ] as const)('should render %s (%s) at %s into %s', (pathname, type, url, file) => {
    expect(pageTarget(pathname, { type })).toEqual({ url, file })
  })
})

describe('inIdOrder', () => {
  it('should put every collection in id order, leaving meta collections and the Map objects of ordered ones alone', () => {
    const ordered = new Map([
      ['a', 1],
      ['b', 2],
    ])
    const meta = new Map([
      ['z', 'later'],
      ['a', 'first'],
    ])
    const store = new Map<string, Map<string, unknown>>([
      [
        'bulletins',
        new Map([
          ['b-2', 2],
          ['a-1', 1],
          ['b-10', 3],
        ]),
      ],
      ['units', ordered],
      ['meta:bulletins', meta],
    ])
    inIdOrder(store)
    expect([...(store.get('bulletins')?.keys() ?? [])]).toEqual(['a-1', 'b-10', 'b-2'])
    expect(store.get('units')).toBe(ordered)
    expect([...(store.get('meta:bulletins')?.keys() ?? [])]).toEqual(['z', 'a'])
    expect(store.get('bulletins')?.get('b-10')).toBe(3)
  })
})
