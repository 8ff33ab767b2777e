import { describe, expect, it } from 'vitest'
import {
  buildKind,
  isSearchable,
  MAX_SHARDS,
  pageFile,
  pagesRemoved,
  pagesToRender,
  parseManifest,
  removedPageFiles,
  routePath,
  shardCount,
  shardDir,
  shardOf,
} from '../../publisher/rules/affectedPages.ts'

describe('routePath', () => {
  it.each([
    ['bulletins/[slug]', { slug: 'a' }, '/bulletins/a/'],
    ['bulletins/[...page]', { page: undefined }, '/bulletins/'],
    ['bulletins/[...page]', { page: 'page/2' }, '/bulletins/page/2/'],
    ['exposures/unit/[unit]/[...page]', { unit: 'east', page: undefined }, '/exposures/unit/east/'],
    ['exposures/unit/[unit]/[...page]', { unit: 'east', page: 'page/3' }, '/exposures/unit/east/page/3/'],
    ['knowledge/[topic]/[...page]', { topic: 'traffic', page: '' }, '/knowledge/traffic/'],
    ['units/[slug]', { slug: 7 }, '/units/7/'],
  ])('should map %s with %j to %s', (route, params, expected) => {
    expect(routePath(route, params)).toBe(expected)
  })

  it('should refuse a missing required param naming it', () => {
    expect(() => routePath('bulletins/[slug]', {})).toThrow(/slug/)
  })
})

/** One edit's effect on a site of bulletins: the pages whose props (and so keys) changed. */
const live = {
  'bulletins/[slug]': { '/bulletins/a/': 'a1', '/bulletins/b/': 'b1', '/bulletins/c/': 'c1' },
  'bulletins/[...page]': { '/bulletins/': 'l1', '/bulletins/page/2/': 'l2' },
  'units/[slug]': { '/units/east/': 'u1', '/units/west/': 'w1' },
}

describe('pagesToRender', () => {
  it.each([
    [
      'a title edit: its detail page and the list page showing it',
      'bulletins/[slug]',
      { ...live['bulletins/[slug]'], '/bulletins/b/': 'b2' },
      ['/bulletins/b/'],
    ],
    ['nothing changed: nothing', 'bulletins/[slug]', live['bulletins/[slug]'], []],
    ['a new document: its page', 'bulletins/[slug]', { ...live['bulletins/[slug]'], '/bulletins/d/': 'd1' }, ['/bulletins/d/']],
    [
      'a list that grew: the shifted pages and the new one',
      'bulletins/[...page]',
      { '/bulletins/': 'l1x', '/bulletins/page/2/': 'l2x', '/bulletins/page/3/': 'l3' },
      ['/bulletins/', '/bulletins/page/2/', '/bulletins/page/3/'],
    ],
    [
      'a unit rename: every unit page whose props name it',
      'units/[slug]',
      { '/units/east/': 'u2', '/units/west/': 'w1' },
      ['/units/east/'],
    ],
  ])('should render, for %s', (_label, route, current, expected) => {
    expect([...pagesToRender(current, live[route as keyof typeof live])].sort()).toEqual(expected)
  })

  it('should render every page of a route the live build has no manifest for', () => {
    expect([...pagesToRender({ '/x/': '1', '/y/': '2' }, null)]).toEqual(['/x/', '/y/'])
  })
})

describe('pagesRemoved', () => {
  it.each([
    ['unpublished', { ...live, 'bulletins/[slug]': { '/bulletins/a/': 'a1', '/bulletins/c/': 'c1' } }, ['/bulletins/b/']],
    ['a shorter list', { ...live, 'bulletins/[...page]': { '/bulletins/': 'l1' } }, ['/bulletins/page/2/']],
    ['nothing gone', live, []],
    [
      'a slug renamed: the old page goes, the new one is rendered',
      { ...live, 'bulletins/[slug]': { '/bulletins/a/': 'a1', '/bulletins/b-new/': 'b1', '/bulletins/c/': 'c1' } },
      ['/bulletins/b/'],
    ],
  ])('should remove, when %s', (_label, current, expected) => {
    expect(pagesRemoved(current, live)).toEqual(expected)
  })
})

describe('search shards', () => {
  it.each([
    [0, 1],
    [1, 1],
    [100, 1],
    [101, 2],
    [924, 10],
    [6300, 63],
    [8890, MAX_SHARDS],
    [100_000, MAX_SHARDS],
  ])('should use, for %i pages, %i shards', (pages, shards) => {
    expect(shardCount(pages)).toBe(shards)
  })

  it('should put a page in the same shard every time, spread over all shards', () => {
    const files = Array.from({ length: 2000 }, (_, i) => pageFile(`/bulletins/b-${i}/`))
    const shards = files.map((file) => shardOf(file, 8))
    expect(files.map((file) => shardOf(file, 8))).toEqual(shards)
    const counts = Array.from({ length: 8 }, (_, shard) => shards.filter((s) => s === shard).length)
    for (const count of counts) expect(count).toBeGreaterThan(150)
  })

  it.each([
    [0, 'pagefind'],
    [3, 'pagefind/shard-3'],
  ])('should keep shard %i in %s', (shard, dir) => {
    expect(shardDir(shard)).toBe(dir)
  })
})

describe('isSearchable', () => {
  it.each([
    ['bulletins/a/index.html', true],
    ['exposures/exposure-1/index.html', true],
    ['units/east/index.html', true],
    // The exposure board's unit index (a list of units with counts) and a unit's list: lists, not searched.
    ['exposures/unit/index.html', false],
    ['exposures/unit/street-1/page/2/index.html', false],
    // Ads and knowledge items have pages of their own (issue 25): their lists and topic lists leave search.
    ['knowledge/traffic/index.html', false],
    ['knowledge/traffic/page/2/index.html', false],
    ['knowledge/what-is-civilized-city/index.html', true],
    ['ads/index.html', false],
    ['ads/guanzi-poster-1/index.html', true],
    ['report/index.html', false],
    ['index.html', false],
    ['404.html', false],
    ['search/index.html', false],
    ['bulletins/index.html', false],
    ['bulletins/page/3/index.html', false],
    ['bulletins/series/briefing/index.html', false],
    ['exposures/unit/east/page/2/index.html', false],
    ['exposures/status/overdue/index.html', false],
    ['good-people/round/selection-2026/index.html', false],
    ['rankings/index.html', false],
  ])('should index %s: %s', (file, expected) => {
    expect(isSearchable(file)).toBe(expected)
  })
})

describe('buildKind', () => {
  const info = { codeHash: 'h1', shards: 2, full: true }
  it.each([
    ['asked for', { wantFull: true, codeHash: 'h1', live: info, hasManifest: true }, { kind: 'full', reason: 'requested' }],
    [
      'no live build',
      { wantFull: false, codeHash: 'h1', live: null, hasManifest: false },
      { kind: 'full', reason: 'no live build to start from' },
    ],
    [
      'no manifest',
      { wantFull: false, codeHash: 'h1', live: info, hasManifest: false },
      { kind: 'full', reason: 'no live build to start from' },
    ],
    [
      'code changed',
      { wantFull: false, codeHash: 'h2', live: info, hasManifest: true },
      { kind: 'full', reason: 'code, schema or lockfile changed' },
    ],
    ['same code', { wantFull: false, codeHash: 'h1', live: info, hasManifest: true }, { kind: 'targeted' }],
  ])('should decide, when %s', (_label, options, expected) => {
    expect(buildKind(options)).toEqual(expected)
  })
})

describe('parseManifest and pageFile', () => {
  it.each([
    [null, null],
    ['not json', null],
    ['[1]', null],
    ['{"r":{"/a/":1}}', null],
    ['{"r":{"/a/":"k"}}', { r: { '/a/': 'k' } }],
  ])('should parse %s', (text, expected) => {
    expect(parseManifest(text)).toEqual(expected)
  })

  it.each([
    ['/', 'index.html'],
    ['/bulletins/a/', 'bulletins/a/index.html'],
  ])('should build %s into %s', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file)
  })
})

describe('removedPageFiles', () => {
  it.each([
    ['/bulletins/a/', ['bulletins/a/index.html']],
    ['/units/', ['units/index.html']],
    ['/units/east-street/', ['units/east-street/rss.xml', 'units/east-street/feed.json', 'units/east-street/index.html']],
    ['/units/east-street/2/', ['units/east-street/2/index.html']],
  ])('should remove %s as %j', (pathname, files) => {
    expect(removedPageFiles(pathname)).toEqual(files)
  })

  it("should cover every feed a dynamic route makes beside a unit's page (site/pages/units/[slug])", async () => {
    const fs = await import('node:fs')
    const made = fs
      .readdirSync('site/pages/units/[slug]')
      .filter((name) => /\.(xml|json)\.ts$/.test(name))
      .map((name) => `units/u/${name.replace(/\.ts$/, '')}`)
      .sort()
    expect(made.length).toBeGreaterThan(0)
    expect(
      removedPageFiles('/units/u/')
        .filter((file) => !file.endsWith('index.html'))
        .sort(),
    ).toEqual(made)
  })
})
