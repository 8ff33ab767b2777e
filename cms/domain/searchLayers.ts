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
 * - beyond MAX_LAYERS, the small layers are merged into one (re-indexing only their live pages);
 *   when that is not enough (many large changes), everything is indexed again;
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

/** Beyond this many layers the small ones are merged (each layer is two more requests on a first search). */
export const MAX_LAYERS = 8
/** A layer with fewer live pages than this is small: merging it costs little. */
export const SMALL_LAYER_PAGES = 200
/** A change of more pages than this is indexed as two layers at once (both cores). */
export const SPLIT_LAYER_PAGES = 400
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

/** Each index's pages (one pass over the state). */
function pagesByIndex(state: SearchState): Map<string, string[]> {
  const byIndex = new Map<string, string[]>()
  for (const [file, entry] of Object.entries(state.pages)) {
    const list = byIndex.get(entry.index)
    if (list) list.push(file)
    else byIndex.set(entry.index, [file])
  }
  return byIndex
}

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
  /** The changed pages already indexed in these groups (early, while rendering): each becomes one layer. */
  given?: readonly (readonly string[])[],
): SearchPlan {
  if (!state || state.shards !== shards) return { kind: 'full' }
  const superseded = new Set([...changed, ...removed])
  const byIndex = pagesByIndex(state)
  const staleAfter = (index: string): number => {
    const info = state.indexes[index]
    if (!info) return 0
    const going = (byIndex.get(index) ?? []).filter((file) => superseded.has(file)).length
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
    .map((index) => ({ index, live: (byIndex.get(index) ?? []).filter((file) => !superseded.has(file)) }))
  let next = state.next
  const fresh = [...changed].sort()
  const half = fresh.length > SPLIT_LAYER_PAGES ? Math.ceil(fresh.length / 2) : fresh.length
  const parts = given
    ? given.filter((group) => group.length > 0).map((group) => [...group].sort())
    : fresh.length === 0
      ? []
      : half === fresh.length
        ? [fresh]
        : [fresh.slice(0, half), fresh.slice(half)]
  const newLayers = parts.map((files) => ({ name: `layer-${next++}`, files }))
  // Too many layers: fold the small ones into one new layer (their live pages, indexed again).
  if (kept.length + newLayers.length > MAX_LAYERS) {
    const small = kept.filter((layer) => layer.live.length < SMALL_LAYER_PAGES)
    if (kept.length - small.length + newLayers.length + 1 > MAX_LAYERS || small.length < 2) return { kind: 'full' }
    drop.push(...small.map((layer) => layer.index))
    const files = small.flatMap((layer) => layer.live).sort()
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
  const stale = new Map<string, Set<string>>()
  for (const [index, info] of Object.entries(state.indexes)) if (!plan.drop.includes(index)) stale.set(index, new Set(info.stale))
  const markStale = (file: string) => {
    const entry = pages[file]
    if (entry) stale.get(entry.index)?.add(entry.id)
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
    stale.set(layer.name, new Set())
    next = Math.max(next, Number(layer.name.slice('layer-'.length)) + 1)
  }
  const indexes: Record<string, SearchIndexInfo> = {}
  for (const [index, ids] of stale) {
    const layer = plan.layers.find((planned) => planned.name === index)
    indexes[index] = { pages: layer ? layer.files.length : (state.indexes[index]?.pages ?? 0), stale: [...ids] }
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
