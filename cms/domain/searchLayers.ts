/**
 * How the site's search index follows a targeted build without re-indexing whole shards.
 *
 * A full build indexes every searchable page into the base shards (affectedPages.ts: shardOf). After
 * that, each targeted build indexes only the pages it changed into a new, small Pagefind index — a
 * layer — and lists the entries those pages had before as stale. The search page merges the base
 * shards and the layers (pagefind/shards.json) and drops stale entries by their Pagefind id
 * (`result.id`, the page's fragment hash), so a search always answers with the page as served.
 *
 * Cost of an edit is then its own pages, not 250-page shards: a unit rename that changes 1,500 pages
 * indexes 1,500 pages once instead of all 8,000. To keep the search page light:
 * - a layer whose every entry went stale is dropped;
 * - beyond MAX_LAYERS, the smallest layers are merged into one (re-indexing only their live pages);
 * - once stale entries (or pages in layers) reach COMPACT_FRACTION of the base, everything is
 *   indexed again into fresh base shards (what a full build does).
 *
 * Pure rules only; pagefindIndex.mjs does the indexing and the files.
 */

/** Where one searchable page's entry is: an index name ('shard-3', 'layer-12') and its Pagefind id. */
export type SearchEntry = { index: string; id: string }

export type SearchIndexInfo = { pages: number; stale: string[] }

export type SearchState = {
  version: 1
  /** Base shard count (pagefind/ is shard 0). */
  shards: number
  /** Number for the next layer's name. */
  next: number
  /** Every searchable page (its built file, 'bulletins/a/index.html') → its live entry. */
  pages: Record<string, SearchEntry>
  /** Every index (base shards and layers) → how many entries it holds and which of them are stale. */
  indexes: Record<string, SearchIndexInfo>
}

/** At most this many layers beside the base shards (each is two more requests on a first search). */
export const MAX_LAYERS = 4
/** A layer is written in parts of at most this many pages, so two can be indexed at once. */
export const LAYER_PART_PAGES = 600
/** Index everything again once this share of the base's entries is stale (and at least COMPACT_MIN_PAGES). */
export const COMPACT_FRACTION = 0.5
export const COMPACT_MIN_PAGES = 250
/** Stale entries (or pages in layers) at which everything is indexed again. */
export const compactAt = (basePages: number): number => Math.max(COMPACT_MIN_PAGES, basePages * COMPACT_FRACTION)

export const isLayer = (index: string): boolean => index.startsWith('layer-')
export const shardIndexName = (shard: number): string => `shard-${shard}`
/** An index's folder under pagefind/ ('' for shard 0, which is pagefind/ itself). */
export const indexFolder = (index: string): string => (index === 'shard-0' ? '' : `${index}/`)

export function parseSearchState(text: string | null): SearchState | null {
  if (!text) return null
  try {
    const state = JSON.parse(text) as SearchState
    return state.version === 1 && typeof state.pages === 'object' && typeof state.indexes === 'object' ? state : null
  } catch {
    return null
  }
}

/** The state after a full index: `ids` maps each page of each shard to its id. */
export function baseState(shards: number, ids: readonly Record<string, string>[]): SearchState {
  const pages: Record<string, SearchEntry> = {}
  const indexes: Record<string, SearchIndexInfo> = {}
  ids.forEach((shardIds, shard) => {
    const index = shardIndexName(shard)
    indexes[index] = { pages: Object.keys(shardIds).length, stale: [] }
    for (const [file, id] of Object.entries(shardIds)) pages[file] = { index, id }
  })
  return { version: 1, shards, next: 1, pages, indexes }
}

export type SearchPlan =
  | { kind: 'full' }
  | {
      kind: 'layers'
      /** The new layers and the pages each indexes (the changed pages, then the live pages of merged layers). */
      layers: { name: string; files: string[] }[]
      /** Layers whose entries are all gone (stale or merged): their folders are removed. */
      drop: string[]
    }

const livePages = (state: SearchState, index: string): string[] =>
  Object.entries(state.pages)
    .filter(([, entry]) => entry.index === index)
    .map(([file]) => file)

/**
 * What to index after a targeted build. `changed`: the searchable pages whose file changed or
 * appeared; `removed`: those that went away. A full index when there is no state to build on or
 * when too much of the base has gone stale.
 */
export function planSearchUpdate(
  state: SearchState | null,
  changed: readonly string[],
  removed: readonly string[],
  shards: number,
): SearchPlan {
  if (!state || state.shards !== shards) return { kind: 'full' }
  const superseded = new Set([...changed, ...removed])
  const staleAfter = (index: string): number => {
    const info = state.indexes[index]
    if (!info) return 0
    const going = Object.entries(state.pages).filter(([file, entry]) => entry.index === index && superseded.has(file)).length
    return info.stale.length + going
  }
  const base = Object.keys(state.indexes).filter((index) => !isLayer(index))
  const basePages = base.reduce((sum, index) => sum + (state.indexes[index]?.pages ?? 0), 0)
  const baseStale = base.reduce((sum, index) => sum + staleAfter(index), 0)
  if (baseStale >= compactAt(basePages)) return { kind: 'full' }
  // New pages never make the base stale; once the layers hold as much again, start afresh too.
  const layerPages =
    Object.entries(state.pages).filter(([file, entry]) => isLayer(entry.index) && !superseded.has(file)).length + changed.length
  if (layerPages >= compactAt(basePages)) return { kind: 'full' }

  const layers = Object.keys(state.indexes).filter(isLayer)
  const drop = layers.filter((index) => staleAfter(index) >= (state.indexes[index]?.pages ?? 0))
  const kept = layers
    .filter((index) => !drop.includes(index))
    .map((index) => ({ index, live: livePages(state, index).filter((file) => !superseded.has(file)) }))
  let next = state.next
  const fresh = [...changed].sort()
  const parts = Math.ceil(fresh.length / LAYER_PART_PAGES)
  const newLayers = Array.from({ length: parts }, (_, part) => ({
    name: `layer-${next++}`,
    files: fresh.slice(part * LAYER_PART_PAGES, (part + 1) * LAYER_PART_PAGES),
  }))
  // Too many layers: fold the smallest kept ones into one new layer (their live pages, indexed again).
  const over = kept.length + newLayers.length - MAX_LAYERS
  if (over > 0) {
    const smallest = [...kept]
      .sort((a, b) => a.live.length - b.live.length || a.index.localeCompare(b.index))
      .slice(0, Math.min(kept.length, over + 1))
    drop.push(...smallest.map((layer) => layer.index))
    const files = smallest.flatMap((layer) => layer.live).sort()
    if (files.length > 0) newLayers.push({ name: `layer-${next++}`, files })
  }
  return { kind: 'layers', layers: newLayers, drop: drop.sort() }
}

/**
 * The state once a layers plan is done: `ids` holds each new layer's page → id. Pages removed from
 * the site leave the state; every entry they or the changed pages had becomes stale where it stays.
 */
export function applySearchUpdate(
  state: SearchState,
  plan: Extract<SearchPlan, { kind: 'layers' }>,
  ids: Record<string, Record<string, string>>,
  removed: readonly string[],
): SearchState {
  const pages = { ...state.pages }
  const indexes: Record<string, SearchIndexInfo> = {}
  for (const [index, info] of Object.entries(state.indexes))
    if (!plan.drop.includes(index)) indexes[index] = { pages: info.pages, stale: [...info.stale] }
  const markStale = (file: string) => {
    const entry = pages[file]
    const info = entry ? indexes[entry.index] : undefined
    if (entry && info && !info.stale.includes(entry.id)) info.stale.push(entry.id)
  }
  for (const file of removed) {
    markStale(file)
    delete pages[file]
  }
  let next = state.next
  for (const layer of plan.layers) {
    const layerIds = ids[layer.name] ?? {}
    for (const file of layer.files) {
      const id = layerIds[file]
      if (!id) throw new Error(`search layer ${layer.name} has no entry for ${file}`)
      // A page moved out of a dropped layer had no live entry left to mark.
      markStale(file)
      pages[file] = { index: layer.name, id }
    }
    indexes[layer.name] = { pages: layer.files.length, stale: [] }
    next = Math.max(next, Number(layer.name.slice('layer-'.length)) + 1)
  }
  return { ...state, next, pages, indexes }
}

/**
 * What the search page loads: the indexes to merge beside pagefind/ (base shards, then layers
 * oldest first) and the ids to leave out of answers. An id that is live in some index (the same
 * page text again) is never left out.
 */
export function searchManifest(state: SearchState): { count: number; merge: string[]; stale: string[] } {
  const live = new Set(Object.values(state.pages).map((entry) => entry.id))
  const names = Object.keys(state.indexes)
  const base = names.filter((index) => !isLayer(index)).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
  const layers = names.filter(isLayer).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
  const stale = [...new Set(names.flatMap((index) => state.indexes[index]?.stale ?? []))].filter((id) => !live.has(id)).sort()
  return {
    count: state.shards,
    merge: [...base, ...layers].map(indexFolder).filter(Boolean),
    stale,
  }
}
