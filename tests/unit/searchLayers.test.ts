import { describe, expect, it } from 'vitest'
import {
  applySearchUpdate,
  baseState,
  COMPACT_FRACTION,
  COMPACT_MIN_PAGES,
  compactAt,
  indexFolder,
  MAX_LAYERS,
  parseSearchState,
  planSearchUpdate,
  type SearchPlan,
  type SearchState,
  SPLIT_LAYER_PAGES,
  searchManifest,
} from '../../cms/domain/searchLayers.ts'

const page = (i: number) => `bulletins/b-${i}/index.html`
/** A base of `shards` shards with `perShard` pages each; page i is in shard i % shards with id 'b<i>'. */
function base(shards: number, perShard: number): SearchState {
  const ids = Array.from({ length: shards }, () => ({}) as Record<string, string>)
  for (let i = 0; i < shards * perShard; i++) (ids[i % shards] as Record<string, string>)[page(i)] = `b${i}`
  return baseState(shards, ids)
}
type Layers = Extract<SearchPlan, { kind: 'layers' }>
const layersPlan = (plan: SearchPlan): Layers => {
  if (plan.kind !== 'layers') throw new Error(`expected a layers plan, got ${plan.kind}`)
  return plan
}
/** Plan and apply, giving each indexed page the id '<layer>:<file>'. */
function update(state: SearchState, changed: string[], removed: string[] = []): { plan: Layers; state: SearchState } {
  const plan = layersPlan(planSearchUpdate(state, changed, removed, state.shards))
  const ids = Object.fromEntries(
    plan.layers.map((layer) => [layer.name, Object.fromEntries(layer.files.map((f) => [f, `${layer.name}:${f}`]))]),
  )
  return { plan, state: applySearchUpdate(state, plan, ids, removed) }
}

describe('search layers', () => {
  it('should start from the base shards with nothing stale', () => {
    const state = base(4, 10)
    expect(Object.keys(state.pages)).toHaveLength(40)
    expect(state.pages[page(5)]).toEqual({ index: 'shard-1', id: 'b5' })
    expect(searchManifest(state)).toEqual({ count: 4, merge: ['shard-1/', 'shard-2/', 'shard-3/'], stale: [] })
  })

  it('should index one changed page into a new layer and leave its old entry out', () => {
    const { plan, state } = update(base(4, 10), [page(5)])
    expect(plan).toEqual({ kind: 'layers', layers: [{ name: 'layer-1', files: [page(5)] }], drop: [] })
    expect(state.pages[page(5)]).toEqual({ index: 'layer-1', id: `layer-1:${page(5)}` })
    expect(searchManifest(state)).toEqual({ count: 4, merge: ['shard-1/', 'shard-2/', 'shard-3/', 'layer-1/'], stale: ['b5'] })
  })

  it('should add a new page to a layer without making anything stale', () => {
    const { state } = update(base(2, 5), ['knowledge/new/index.html'])
    expect(searchManifest(state).stale).toEqual([])
    expect(state.pages['knowledge/new/index.html']?.index).toBe('layer-1')
  })

  it('should leave a removed page out and forget it', () => {
    const { plan, state } = update(base(2, 5), [], [page(3)])
    expect(plan.layers).toEqual([])
    expect(state.pages[page(3)]).toBeUndefined()
    expect(searchManifest(state).stale).toEqual(['b3'])
  })

  it('should drop a layer once every page in it changed again', () => {
    const first = update(base(4, 10), [page(1), page(2)]).state
    const { plan, state } = update(first, [page(1), page(2), page(3)])
    expect(plan.drop).toEqual(['layer-1'])
    expect(plan.layers).toEqual([{ name: 'layer-2', files: [page(1), page(2), page(3)] }])
    const manifest = searchManifest(state)
    expect(manifest.merge).toEqual(['shard-1/', 'shard-2/', 'shard-3/', 'layer-2/'])
    // The base's old entries stay stale; the dropped layer's entries are gone with it.
    expect(manifest.stale).toEqual(['b1', 'b2', 'b3'])
  })

  it('should keep a layer that still has live pages and list only its replaced entries', () => {
    const first = update(base(4, 10), [page(1), page(2)]).state
    const { plan, state } = update(first, [page(2)])
    expect(plan.drop).toEqual([])
    expect(searchManifest(state).stale).toEqual(['b1', 'b2', `layer-1:${page(2)}`])
  })

  const pages = (from: number, count: number) => Array.from({ length: count }, (_, i) => page(from + i))
  const layerNames = (state: SearchState) => searchManifest(state).merge.filter((name) => name.startsWith('layer'))

  it(`should merge the small layers beyond ${MAX_LAYERS} into one, indexing only their live pages`, () => {
    let state = base(32, 200)
    // Two large changes (each indexed as two layers), then small edits until there are MAX_LAYERS layers.
    state = update(state, pages(1000, 500)).state
    state = update(state, pages(2000, 500)).state
    for (let i = 0; i < MAX_LAYERS - 4; i++) state = update(state, [page(i)]).state
    expect(layerNames(state)).toHaveLength(MAX_LAYERS)
    const { plan, state: after } = update(state, [page(100), page(101)])
    const small = Array.from({ length: MAX_LAYERS - 4 }, (_, i) => `layer-${5 + i}`)
    expect(plan.drop).toEqual(small)
    expect(plan.layers).toEqual([
      { name: `layer-${MAX_LAYERS + 1}`, files: [page(100), page(101)] },
      { name: `layer-${MAX_LAYERS + 2}`, files: pages(0, MAX_LAYERS - 4).sort() },
    ])
    expect(layerNames(after)).toEqual([
      'layer-1/',
      'layer-2/',
      'layer-3/',
      'layer-4/',
      `layer-${MAX_LAYERS + 1}/`,
      `layer-${MAX_LAYERS + 2}/`,
    ])
    expect(after.pages[page(0)]).toEqual({ index: `layer-${MAX_LAYERS + 2}`, id: `layer-${MAX_LAYERS + 2}:${page(0)}` })
  })

  it('should index everything again when large layers alone are too many', () => {
    let state = base(32, 400)
    for (let i = 0; i < MAX_LAYERS / 2; i++) state = update(state, pages(1000 * i, SPLIT_LAYER_PAGES + 1)).state
    expect(layerNames(state)).toHaveLength(MAX_LAYERS)
    expect(planSearchUpdate(state, [page(9999)], [], 32)).toEqual({ kind: 'full' })
  })

  it(`should index a change of more than ${SPLIT_LAYER_PAGES} pages as two layers, one of ${SPLIT_LAYER_PAGES} as one`, () => {
    const large = layersPlan(planSearchUpdate(base(32, 100), pages(0, SPLIT_LAYER_PAGES + 1), [], 32))
    expect(large.layers.map((layer) => layer.files.length)).toEqual([SPLIT_LAYER_PAGES / 2 + 1, SPLIT_LAYER_PAGES / 2])
    expect(new Set(large.layers.flatMap((layer) => layer.files)).size).toBe(SPLIT_LAYER_PAGES + 1)
    const one = layersPlan(planSearchUpdate(base(32, 100), pages(0, SPLIT_LAYER_PAGES), [], 32))
    expect(one.layers.map((layer) => layer.files.length)).toEqual([SPLIT_LAYER_PAGES])
  })

  it(`should index everything again once ${COMPACT_FRACTION * 100} % of the base is stale`, () => {
    const state = base(4, 200)
    expect(compactAt(800)).toBe(400)
    expect(planSearchUpdate(state, pages(0, 399), [], 4).kind).toBe('layers')
    expect(planSearchUpdate(state, pages(0, 400), [], 4)).toEqual({ kind: 'full' })
    expect(planSearchUpdate(state, pages(0, 300), pages(300, 100), 4)).toEqual({ kind: 'full' })
    // Stale entries add up over builds.
    const after = update(state, pages(0, 300)).state
    expect(planSearchUpdate(after, pages(300, 100), [], 4)).toEqual({ kind: 'full' })
  })

  it('should index everything again when layers hold half as many pages as the base', () => {
    const added = Array.from({ length: 400 }, (_, i) => `knowledge/new-${i}/index.html`)
    expect(planSearchUpdate(base(4, 200), added.slice(1), [], 4).kind).toBe('layers')
    expect(planSearchUpdate(base(4, 200), added, [], 4)).toEqual({ kind: 'full' })
  })

  it(`should keep a small site on layers until ${COMPACT_MIN_PAGES} entries are stale`, () => {
    expect(compactAt(40)).toBe(COMPACT_MIN_PAGES)
    expect(planSearchUpdate(base(1, 40), pages(0, 40), [], 1).kind).toBe('layers')
  })

  it('should make each group of pages indexed early one new layer, before any merge', () => {
    const groups = [pages(0, 300), pages(300, 150)]
    const plan = layersPlan(planSearchUpdate(base(32, 100), pages(0, 450), [], 32, groups))
    expect(plan.layers.map((layer) => layer.files)).toEqual(groups.map((group) => [...group].sort()))
    const one = layersPlan(planSearchUpdate(base(32, 100), [page(7)], [], 32, [[page(7)], []]))
    expect(one.layers).toEqual([{ name: 'layer-1', files: [page(7)] }])
  })

  it('should index everything without a state or with another shard count', () => {
    expect(planSearchUpdate(null, [page(1)], [], 4)).toEqual({ kind: 'full' })
    expect(planSearchUpdate(base(4, 10), [page(1)], [], 8)).toEqual({ kind: 'full' })
  })

  it('should never leave out an id that is live again (the same page text back)', () => {
    // Page 1 goes back to the text it had in the base: Pagefind gives it the same id.
    const first = update(base(2, 5), [page(1)]).state
    const plan = layersPlan(planSearchUpdate(first, [page(1)], [], 2))
    const state = applySearchUpdate(first, plan, { [plan.layers[0]?.name as string]: { [page(1)]: 'b1' } }, [])
    expect(searchManifest(state).stale).toEqual([])
  })

  it('should refuse a layer that lacks an entry for one of its pages', () => {
    const state = base(2, 5)
    const plan = layersPlan(planSearchUpdate(state, [page(1)], [], 2))
    expect(() => applySearchUpdate(state, plan, { 'layer-1': {} }, [])).toThrow(/layer-1 has no entry for bulletins\/b-1/)
  })

  it.each([
    [null, null],
    ['not json', null],
    ['{"version":2,"pages":{},"indexes":{}}', null],
  ])('should read %j as no state', (text, expected) => {
    expect(parseSearchState(text)).toBe(expected)
  })

  it('should read back what it wrote', () => {
    const state = update(base(2, 5), [page(1)]).state
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
