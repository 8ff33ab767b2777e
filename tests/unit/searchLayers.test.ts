import { describe, expect, it } from 'vitest'
import {
  applySearchUpdate,
  baseState,
  COMPACT_MIN_PAGES,
  CUT_FROM,
  CUT_MAX,
  compactAt,
  cutInPlace,
  FULL_FRACTION,
  fullAt,
  indexFolder,
  indexNames,
  MAX_LAYERS,
  parseSearchState,
  planSearchUpdate,
  type SearchPlan,
  type SearchState,
  SPLIT_LAYER_PAGES,
  searchManifest,
} from '../../publisher/rules/searchLayers.ts'

const page = (i: number) => `bulletins/b-${i}/index.html`
const added = (i: number) => `knowledge/new-${i}/index.html`
const pages = (from: number, count: number) => Array.from({ length: count }, (_, i) => page(from + i))
const addedPages = (from: number, count: number) => Array.from({ length: count }, (_, i) => added(from + i))
/** A base of `shards` shards with `perShard` pages each; page i is in shard i % shards. */
function base(shards: number, perShard: number): SearchState {
  const files = Array.from({ length: shards }, () => [] as string[])
  for (let i = 0; i < shards * perShard; i++) files[i % shards]?.push(page(i))
  return baseState(shards, files)
}
/** The pages of `state` in `index`, sorted. */
const filesIn = (state: SearchState, index: string) =>
  Object.entries(state.pages)
    .filter(([, name]) => name === index)
    .map(([file]) => file)
    .sort()
type Parts = Extract<SearchPlan, { kind: 'parts' }>
const partsPlan = (plan: SearchPlan): Parts => {
  if (plan.kind !== 'parts') throw new Error(`expected a parts plan, got full: ${plan.reason}`)
  return plan
}
/** Plan and apply. */
function update(state: SearchState, changed: string[], removed: string[] = []): { plan: Parts; state: SearchState } {
  const plan = partsPlan(planSearchUpdate(state, changed, removed, state.shards))
  return { plan, state: applySearchUpdate(state, plan, removed) }
}
/** What a plan writes, as 'name: file count' ('+' marks a new layer). */
const writes = (plan: Parts) => plan.write.map((index) => `${index.rewrite ? '' : '+'}${index.name}: ${index.files.length}`)

describe('search index plan: which indexes a targeted build writes', () => {
  // Base of 4 shards × 10 pages: page i is in shard-(i % 4). One layer (layer-1) holds two new pages.
  const withLayer = () => update(base(4, 10), [added(1), added(2)]).state

  it.each([
    ['a changed base page: its shard written again with it, nothing else', () => base(4, 10), [page(5)], [], ['shard-1: 10'], []],
    ['a removed base page: its shard written again without it', () => base(4, 10), [], [page(5)], ['shard-1: 9'], []],
    [
      'a changed and a removed page in two shards: both written again',
      () => base(4, 10),
      [page(5)],
      [page(6)],
      ['shard-1: 10', 'shard-2: 9'],
      [],
    ],
    ['two changed pages of one shard: that shard once', () => base(4, 10), [page(1), page(5)], [], ['shard-1: 10'], []],
    ['a new page: a new layer, no shard touched', () => base(4, 10), [added(1)], [], ['+layer-1: 1'], []],
    ['a changed page in a layer: only that layer written again', withLayer, [added(1)], [], ['layer-1: 2'], []],
    ['a removed page in a layer: the layer written again without it', withLayer, [], [added(1)], ['layer-1: 1'], []],
    ['the last pages of a layer removed: the layer dropped', withLayer, [], [added(1), added(2)], [], ['layer-1']],
    [
      'a new page and a removed base page: a new layer and the shard',
      () => base(4, 10),
      [added(9)],
      [page(0)],
      ['shard-0: 9', '+layer-1: 1'],
      [],
    ],
    ['a removed page the index never had: nothing', () => base(4, 10), [], ['search/index.html'], [], []],
  ])('should plan %s', (_name, start, changed, removed, expected, drop) => {
    const plan = partsPlan(planSearchUpdate(start(), changed, removed, 4))
    expect(writes(plan)).toEqual(expected)
    expect(plan.drop).toEqual(drop)
  })

  it('should leave every removed page out of every index and every other page in exactly one', () => {
    const first = update(base(4, 10), [added(1), added(2)]).state
    const { plan, state } = update(first, [page(5), added(1)], [page(6), added(2)])
    // Each index written holds its pages as they are now: the removed ones are in none of them.
    for (const index of plan.write) expect(index.files.filter((file) => [page(6), added(2)].includes(file))).toEqual([])
    expect(state.pages[page(6)]).toBeUndefined()
    expect(state.pages[added(2)]).toBeUndefined()
    expect(state.pages[page(5)]).toBe('shard-1')
    expect(state.pages[added(1)]).toBe('layer-1')
    expect(Object.keys(state.pages)).toHaveLength(40 + 2 - 2)
    expect(filesIn(state, 'shard-2')).toEqual(
      pages(0, 40)
        .filter((_, i) => i % 4 === 2 && i !== 6)
        .sort(),
    )
  })

  it('should write the changed pages into their own index, never a second entry elsewhere', () => {
    const { plan } = update(base(4, 10), [page(5)])
    expect(plan.write).toEqual([{ name: 'shard-1', files: filesIn(base(4, 10), 'shard-1'), rewrite: true }])
    expect(plan.write.flatMap((index) => index.files).filter((file) => file === page(5))).toHaveLength(1)
  })

  it('should list base shards then layers for the search page, and no stale entries', () => {
    const { state } = update(base(4, 10), [added(1)])
    expect(searchManifest(state)).toEqual({ count: 4, merge: ['shard-1/', 'shard-2/', 'shard-3/', 'layer-1/'] })
    expect(indexNames(state)).toEqual(['shard-0', 'shard-1', 'shard-2', 'shard-3', 'layer-1'])
  })

  it('should write a base shard that lost its last page empty and leave it off the search page', () => {
    const { plan, state } = update(base(2, 1), [], [page(1)])
    expect(writes(plan)).toEqual(['shard-1: 0'])
    expect(searchManifest(state)).toEqual({ count: 2, merge: [] })
  })

  it('should drop a layer from the search page once its pages are gone', () => {
    const { state } = update(withLayerOf(2), [], [added(1), added(2)])
    expect(searchManifest(state).merge).toEqual(['shard-1/', 'shard-2/', 'shard-3/'])
    expect(state.next).toBe(2)
  })

  /** Base 4 × 10 with one layer of `count` new pages. */
  function withLayerOf(count: number): SearchState {
    return update(base(4, 10), addedPages(1, count)).state
  }

  it(`should merge the small layers beyond ${MAX_LAYERS} into one new layer, writing only their pages`, () => {
    let state = base(32, 200)
    for (let i = 0; i < MAX_LAYERS; i++) state = update(state, [added(i)]).state
    expect(indexNames(state).filter((name) => name.startsWith('layer'))).toHaveLength(MAX_LAYERS)
    const { plan, state: after } = update(state, [added(100)])
    expect(writes(plan)).toEqual([`+layer-${MAX_LAYERS + 1}: 1`, `+layer-${MAX_LAYERS + 2}: ${MAX_LAYERS}`])
    expect(plan.drop).toEqual(Array.from({ length: MAX_LAYERS }, (_, i) => `layer-${i + 1}`))
    expect(after.pages[added(0)]).toBe(`layer-${MAX_LAYERS + 2}`)
    expect(indexNames(after).filter((name) => name.startsWith('layer'))).toEqual([`layer-${MAX_LAYERS + 1}`, `layer-${MAX_LAYERS + 2}`])
  })

  it('should fold a small layer that is also being written into the merged layer, with its changed page', () => {
    let state = base(32, 200)
    for (let i = 0; i < MAX_LAYERS; i++) state = update(state, [added(i)]).state
    const { plan, state: after } = update(state, [added(0), added(100)])
    // layer-1 (added(0)) is not written on its own: its page goes into the merged layer.
    expect(plan.write.some((index) => index.name === 'layer-1')).toBe(false)
    expect(plan.write.at(-1)?.files).toContain(added(0))
    expect(after.pages[added(0)]).toBe(`layer-${MAX_LAYERS + 2}`)
  })

  it(`should put more than ${SPLIT_LAYER_PAGES} new pages into two layers, ${SPLIT_LAYER_PAGES} into one`, () => {
    const large = partsPlan(planSearchUpdate(base(32, 100), addedPages(0, SPLIT_LAYER_PAGES + 1), [], 32))
    expect(large.write.map((index) => index.files.length)).toEqual([SPLIT_LAYER_PAGES / 2 + 1, SPLIT_LAYER_PAGES / 2])
    const one = partsPlan(planSearchUpdate(base(32, 100), addedPages(0, SPLIT_LAYER_PAGES), [], 32))
    expect(one.write.map((index) => index.files.length)).toEqual([SPLIT_LAYER_PAGES])
  })
})

describe('search index plan: large indexes lose a few pages in place', () => {
  // 4 shards × 200 pages: each holds more than CUT_FROM.
  const large = () => base(4, 200)
  it('should cut a changed page out of its large shard and put its new text into a new layer', () => {
    expect(200).toBeGreaterThan(CUT_FROM)
    const { plan, state } = update(large(), [page(5)])
    expect(writes(plan)).toEqual(['+layer-1: 1'])
    expect(plan.cut).toEqual([{ name: 'shard-1', files: [page(5)] }])
    expect(state.pages[page(5)]).toBe('layer-1')
    expect(filesIn(state, 'shard-1')).toHaveLength(199)
  })

  it('should cut a removed page out and write nothing', () => {
    const { plan, state } = update(large(), [], [page(5), page(6)])
    expect(writes(plan)).toEqual([])
    expect(plan.cut).toEqual([
      { name: 'shard-1', files: [page(5)] },
      { name: 'shard-2', files: [page(6)] },
    ])
    expect(state.pages[page(5)]).toBeUndefined()
    expect(Object.keys(state.pages)).toHaveLength(798)
  })

  it(`should write the indexes again when more than ${CUT_MAX} pages would be cut (a unit renamed)`, () => {
    // Pages 0, 32, 64, …: all in shard-0.
    const inShard0 = (count: number) => Array.from({ length: count }, (_, k) => page(k * 32))
    const plan = partsPlan(planSearchUpdate(base(32, 400), inShard0(CUT_MAX + 1), [], 32))
    expect(plan.cut).toEqual([])
    expect(writes(plan)).toEqual(['shard-0: 400'])
    expect(partsPlan(planSearchUpdate(base(32, 400), inShard0(CUT_MAX), [], 32)).cut).toHaveLength(1)
  })

  it('should write a small index again and cut only the large one', () => {
    const mixed = update(large(), addedPages(0, 3)).state
    const { plan, state } = update(mixed, [added(1), page(7)])
    expect(writes(plan)).toEqual(['layer-1: 3', '+layer-2: 1'])
    expect(plan.cut).toEqual([{ name: 'shard-3', files: [page(7)] }])
    expect(state.pages[page(7)]).toBe('layer-2')
    expect(state.pages[added(1)]).toBe('layer-1')
  })

  it('should cut nothing when told not to', () => {
    const plan = partsPlan(planSearchUpdate(large(), [page(5)], [], 4, { cutFrom: Number.POSITIVE_INFINITY }))
    expect(plan.cut).toEqual([])
    expect(writes(plan)).toEqual(['shard-1: 200'])
  })

  it('should keep every page in exactly one index through many edits with cuts and layer merges', () => {
    let state = large()
    for (let i = 0; i < 30; i++) state = update(state, [page(i * 7), added(i)], i % 5 === 4 ? [page(i * 7 + 1)] : []).state
    const layers = indexNames(state).filter((name) => name.startsWith('layer'))
    expect(layers.length).toBeLessThanOrEqual(MAX_LAYERS)
    expect(Object.keys(state.pages)).toHaveLength(800 + 30 - 6)
    for (let i = 0; i < 30; i++) expect(state.pages[page(i * 7)]).toMatch(/^layer-/)
  })
})

describe('cut in place or write again (cutInPlace: one rule for the plan and the early search work)', () => {
  // Pages 0, 2, 4, …: all in shard-0 of two.
  const inShard0 = (count: number) => Array.from({ length: count }, (_, k) => page(k * 2))
  const cutIndexes = (state: SearchState, files: string[], options = {}) =>
    [...cutInPlace(state, files, options)].map(([index, list]) => `${index}: ${list.length}`)

  it(`should cut out of an index of more than ${CUT_FROM} pages and write one of ${CUT_FROM} again`, () => {
    expect(cutIndexes(base(2, CUT_FROM + 1), [page(0)])).toEqual(['shard-0: 1'])
    expect(cutIndexes(base(2, CUT_FROM), [page(0)])).toEqual([])
    // The plan follows it both ways.
    expect(partsPlan(planSearchUpdate(base(2, CUT_FROM + 1), [page(0)], [], 2)).cut).toEqual([{ name: 'shard-0', files: [page(0)] }])
    expect(writes(partsPlan(planSearchUpdate(base(2, CUT_FROM), [page(0)], [], 2)))).toEqual([`shard-0: ${CUT_FROM}`])
    // A given threshold in place of CUT_FROM.
    expect(cutIndexes(base(2, 11), [page(0)], { cutFrom: 10 })).toEqual(['shard-0: 1'])
    expect(cutIndexes(base(2, 10), [page(0)], { cutFrom: 10 })).toEqual([])
    expect(cutIndexes(base(2, 400), [page(0)], { cutFrom: Number.POSITIVE_INFINITY })).toEqual([])
  })

  it(`should cut ${CUT_MAX} pages out of large indexes in one build and none of ${CUT_MAX + 1}`, () => {
    const state = base(2, 2 * CUT_MAX)
    expect(cutIndexes(state, inShard0(CUT_MAX))).toEqual([`shard-0: ${CUT_MAX}`])
    expect(cutIndexes(state, inShard0(CUT_MAX + 1))).toEqual([])
    // A page named twice (changed and removed) is one page.
    expect(cutIndexes(state, [...inShard0(CUT_MAX), page(0)])).toEqual([`shard-0: ${CUT_MAX}`])
  })

  it(`should count only the pages of large indexes toward ${CUT_MAX}: new pages and pages of small layers are written anyway`, () => {
    // Two small layers' worth of new pages beside two edits in the large shards.
    const edited = [page(0), page(1)]
    const many = [...addedPages(0, CUT_MAX + 50), ...edited]
    expect(cutIndexes(base(2, 2 * CUT_MAX), many)).toEqual(['shard-0: 1', 'shard-1: 1'])
    const plan = partsPlan(planSearchUpdate(base(2, 2 * CUT_MAX), many, [], 2))
    expect(plan.cut.map((index) => index.name)).toEqual(['shard-0', 'shard-1'])
    expect(plan.write.every((index) => !index.rewrite)).toBe(true)
  })
})

describe('search index plan: when everything is indexed again', () => {
  // These shards hold more than CUT_FROM pages: cutting is off here, to see when writing them again becomes a full index.
  const noCut = { cutFrom: Number.POSITIVE_INFINITY }
  it.each([
    // 4 shards × 200 = 800 pages; fullAt(800) = 600: three shards to write is a full index.
    ['one shard of four', 4, 200, pages(0, 1), 'parts'],
    ['two shards of four', 4, 200, pages(0, 2), 'parts'],
    ['three shards of four', 4, 200, pages(0, 3), 'full'],
    // Small sites never go over COMPACT_MIN_PAGES: every shard written is still a parts plan.
    ['every shard of a small site', 2, 20, pages(0, 2), 'parts'],
    // 32 shards × 280: a change in every shard (a unit renamed on 1,500 pages).
    ['a change in every one of 32 shards', 32, 280, pages(0, 32), 'full'],
    ['a change in 20 of 32 shards', 32, 280, pages(0, 20), 'parts'],
    ['a change in 24 of 32 shards', 32, 280, pages(0, 24), 'full'],
  ])('should plan %s as %s', (_name, shards, perShard, changed, kind) => {
    expect(planSearchUpdate(base(shards, perShard), changed, [], shards, noCut).kind).toBe(kind)
  })

  it(`should index everything again once the indexes to write hold ${FULL_FRACTION * 100} % of the pages`, () => {
    expect(fullAt(800)).toBe(600)
    expect(fullAt(40)).toBe(COMPACT_MIN_PAGES)
    expect(planSearchUpdate(base(4, 200), pages(0, 3), [], 4, noCut)).toEqual({ kind: 'full', reason: '600 of 800 pages to index' })
    // Removing a page from each of the four shards writes them all.
    expect(planSearchUpdate(base(4, 200), [], pages(0, 4), 4, noCut)).toEqual({ kind: 'full', reason: '796 of 796 pages to index' })
  })

  it('should index everything again when the layers hold half as many pages as the base', () => {
    expect(compactAt(800)).toBe(400)
    expect(planSearchUpdate(base(4, 200), addedPages(0, 399), [], 4).kind).toBe('parts')
    expect(planSearchUpdate(base(4, 200), addedPages(0, 400), [], 4)).toEqual({ kind: 'full', reason: 'layers hold 400 pages' })
  })

  it('should index everything again when large layers alone are too many', () => {
    let state = base(32, 400)
    for (let i = 0; i < MAX_LAYERS / 2; i++) state = update(state, addedPages(1000 * i, SPLIT_LAYER_PAGES + 1)).state
    expect(indexNames(state).filter((name) => name.startsWith('layer'))).toHaveLength(MAX_LAYERS)
    expect(planSearchUpdate(state, [added(99_999)], [], 32)).toEqual({ kind: 'full', reason: `more than ${MAX_LAYERS} layers` })
  })

  it('should index everything without a state or with another shard count', () => {
    expect(planSearchUpdate(null, [page(1)], [], 4)).toEqual({ kind: 'full', reason: 'no search state to build on' })
    expect(planSearchUpdate(base(4, 10), [page(1)], [], 8).kind).toBe('full')
  })
})

describe('search index state', () => {
  it('should start from the base shards, one entry per page', () => {
    const state = base(4, 10)
    expect(Object.keys(state.pages)).toHaveLength(40)
    expect(state.pages[page(5)]).toBe('shard-1')
    expect(searchManifest(state)).toEqual({ count: 4, merge: ['shard-1/', 'shard-2/', 'shard-3/'] })
  })

  it('should refuse a plan that would leave a live page without its entry', () => {
    const state = base(2, 5)
    const plan: Parts = { kind: 'parts', write: [{ name: 'shard-1', files: [page(1)], rewrite: true }], drop: [], cut: [] }
    expect(() => applySearchUpdate(state, plan, [])).toThrow(/leaves bulletins\/b-3\/index.html \(in shard-1\) without an entry/)
  })

  it.each([
    [null, null],
    ['not json', null],
    // The stale-list format before takedowns removed entries: indexed again from scratch.
    ['{"version":1,"shards":1,"next":1,"pages":{},"indexes":{}}', null],
    ['{"version":2,"shards":"x","next":1,"pages":{}}', null],
  ])('should read %j as no state', (text, expected) => {
    expect(parseSearchState(text)).toBe(expected)
  })

  it('should read back what it wrote', () => {
    const state = update(base(2, 5), [added(1)]).state
    expect(parseSearchState(JSON.stringify(state))).toEqual(state)
  })

  it.each([
    ['shard-0', ''],
    ['shard-3', 'shard-3/'],
    ['layer-7', 'layer-7/'],
  ])('should keep %s in pagefind/%s', (index, folder) => {
    expect(indexFolder(index)).toBe(folder)
  })
})
