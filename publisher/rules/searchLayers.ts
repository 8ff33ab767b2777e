/**
 * How the site's search index follows a targeted build, keeping one entry per page and no other.
 *
 * A full build indexes every searchable page into the base shards (affectedPages.ts: shardOf). After
 * that, every page has exactly one entry, in one index (a base shard or a layer), and a targeted build:
 * - writes again every index that holds a page the build changed or removed (its pages as they are
 *   in the new build, without the removed ones). A changed page stays in its own index: that index
 *   is indexed again anyway, so putting the new text there costs nothing more, and no served file
 *   ever keeps an old entry (a takedown leaves nothing in the search files, README "Security");
 * - except that a page changed or removed in a large index (more than CUT_FROM pages; a base shard at
 *   100,000 items holds ~1,700) is cut out of it in place (publisher/rules/pagefindFiles.ts: its fragment
 *   and every word only it had go, no file keeps its old text), and a changed page's new text goes into
 *   the new layer — when a build changes at most CUT_MAX such pages (a unit rename's thousands are
 *   written again as before);
 * - puts the pages the site did not have before into a new small index, a layer, so publishing a new
 *   document indexes that document, not a 250-page shard. A later edit or takedown of a recent
 *   document then writes its small layer again, not a shard.
 * To keep the work bounded and the search page light:
 * - a layer left without pages is dropped;
 * - beyond MAX_LAYERS, the small layers are merged into one (their pages indexed again);
 * - when the indexes to write hold as many pages as fullAt(all pages), or the layers hold as many as
 *   compactAt(base pages), everything is indexed again into fresh base shards (a full build's work).
 *
 * Pure rules only; publisher/astro/pagefindIndex.mjs and searchUpdate.mjs do the indexing and the files.
 */

export type SearchState = {
  version: 2
  /** Base shard count (pagefind/ is shard 0). */
  shards: number
  /** Number for the next layer's name. */
  next: number
  /** Every searchable page (its built file, 'bulletins/a/index.html') → the one index holding its entry. */
  pages: Record<string, string>
}

/**
 * An index holding more pages than this has a changed or removed page cut out in place, not written
 * again (10,000 items: base shards of ~140 pages; 100,000: ~1,700; smaller sites: ~100 at most).
 */
export const CUT_FROM = 120
/** At most this many pages are cut out of large indexes in one build; more, and those indexes are written again. */
export const CUT_MAX = 200

/**
 * Cut in place or write again: the indexes that lose these pages (changed or removed ones) by a cut in
 * place — each holding more than `cutFrom` pages (CUT_FROM unless given; Infinity: none) — with the pages
 * of `files` each of them holds. Empty when those pages number more than CUT_MAX (a unit rename's
 * thousands: the indexes are written again). The one rule for both the plan (planSearchUpdate, given the
 * pages whose searched text changed or that went away) and the search work started while pages still
 * render (publisher/astro/searchUpdate.mjs earlySearch, given the pages about to be rendered or removed,
 * before it knows whose text changed). Where the two answers differ nothing is wrong, only slower: an
 * index started early and then cut is dropped unused; one not started and then written again starts late.
 */
export function cutInPlace(
  state: SearchState,
  files: Iterable<string>,
  options: { cutFrom?: number } = {},
  byIndex: ReadonlyMap<string, readonly string[]> = pagesByIndex(state),
): Map<string, string[]> {
  const cutFrom = options.cutFrom ?? CUT_FROM
  const cuts = new Map<string, string[]>()
  let count = 0
  for (const file of new Set(files)) {
    const index = state.pages[file]
    if (!index || (byIndex.get(index)?.length ?? 0) <= cutFrom) continue
    if (++count > CUT_MAX) return new Map()
    const list = cuts.get(index)
    if (list) list.push(file)
    else cuts.set(index, [file])
  }
  return cuts
}

/** Beyond this many layers the small ones are merged (each layer is more requests on a first search). */
export const MAX_LAYERS = 8
/** A layer with fewer pages than this is small: merging it costs little. */
export const SMALL_LAYER_PAGES = 200
/** More new pages than this go into two layers at once (both cores index). */
export const SPLIT_LAYER_PAGES = 400
/** Index everything again once the layers hold this share of the base's pages (and at least COMPACT_MIN_PAGES). */
export const COMPACT_FRACTION = 0.5
export const COMPACT_MIN_PAGES = 250
/** Pages in layers at which everything is indexed again. */
export const compactAt = (basePages: number): number => Math.max(COMPACT_MIN_PAGES, basePages * COMPACT_FRACTION)
/**
 * Index everything again once the indexes to write hold this share of all pages (and at least
 * COMPACT_MIN_PAGES): a full index is then hardly more work (three of four shards take as many
 * rounds on two cores as four), and it leaves no layers.
 */
export const FULL_FRACTION = 0.75
export const fullAt = (pages: number): number => Math.max(COMPACT_MIN_PAGES, pages * FULL_FRACTION)

export const isLayer = (index: string): boolean => index.startsWith('layer-')
export const shardIndexName = (shard: number): string => `shard-${shard}`
/** An index's folder under pagefind/ ('' for shard 0, which is pagefind/ itself). */
export const indexFolder = (index: string): string => (index === 'shard-0' ? '' : `${index}/`)
const layerNumber = (index: string): number => Number(index.slice('layer-'.length))

export function parseSearchState(text: string | null): SearchState | null {
  if (!text) return null
  try {
    const state = JSON.parse(text) as SearchState
    // Version 1 (entries left behind as "stale") is not built on: the next build indexes everything.
    return state.version === 2 && Number.isInteger(state.shards) && typeof state.pages === 'object' ? state : null
  } catch {
    return null
  }
}

/** The state after a full index: `files[shard]` lists the pages of each base shard. */
export function baseState(shards: number, files: readonly (readonly string[])[]): SearchState {
  const pages: Record<string, string> = {}
  files.forEach((shardFiles, shard) => {
    for (const file of shardFiles) pages[file] = shardIndexName(shard)
  })
  return { version: 2, shards, next: 1, pages }
}

/** One index to write: an existing one again (`rewrite`) or a new layer, with every page it holds. */
export type IndexWrite = { name: string; files: string[]; rewrite: boolean }

export type SearchPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'parts'
      /** Indexes written again (oldest first), then new layers. */
      write: IndexWrite[]
      /** Layers with no pages left (removed, or merged into a new layer): their folders are removed. */
      drop: string[]
      /** Large indexes with these pages cut out in place (the changed ones are in a new layer of `write`). */
      cut: { name: string; files: string[] }[]
    }

/** Each index's pages (one pass over the state). */
export function pagesByIndex(state: SearchState): Map<string, string[]> {
  const byIndex = new Map<string, string[]>()
  for (const [file, index] of Object.entries(state.pages)) {
    const list = byIndex.get(index)
    if (list) list.push(file)
    else byIndex.set(index, [file])
  }
  return byIndex
}

/** Base shards by number, then layers by number (the order the search page merges them). */
const indexOrder = (a: string, b: string): number =>
  Number(isLayer(a)) - Number(isLayer(b)) || Number(a.replace(/^\D+/, '')) - Number(b.replace(/^\D+/, ''))

/** New pages in one layer, or two when there are many (both cores index at once). */
function newLayerParts(fresh: readonly string[]): string[][] {
  if (fresh.length === 0) return []
  if (fresh.length <= SPLIT_LAYER_PAGES) return [[...fresh]]
  const half = Math.ceil(fresh.length / 2)
  return [fresh.slice(0, half), fresh.slice(half)]
}

/**
 * What to index after a targeted build. `changed`: the searchable pages whose file changed or
 * appeared; `removed`: those that went away. Every index holding one of them is written again;
 * new pages go into a new layer. A full index when there is no state to build on, or when that
 * would be most of the work anyway.
 */
export function planSearchUpdate(
  state: SearchState | null,
  changed: readonly string[],
  removed: readonly string[],
  shards: number,
  /** cutFrom: CUT_FROM unless given (Infinity: nothing is cut, every index written again). */
  options: { cutFrom?: number } = {},
): SearchPlan {
  if (!state) return { kind: 'full', reason: 'no search state to build on' }
  if (state.shards !== shards) return { kind: 'full', reason: `shard count ${shards} is not the state's ${state.shards}` }
  const gone = new Set(removed)
  const byIndex = pagesByIndex(state)
  const live = (index: string) => (byIndex.get(index) ?? []).filter((file) => !gone.has(file))
  const touched = new Set<string>()
  for (const file of [...changed, ...removed]) {
    const index = state.pages[file]
    if (index) touched.add(index)
  }
  // Large indexes lose their changed and removed pages in place when there are few of them.
  const cuts = cutInPlace(state, [...changed, ...removed], options, byIndex)
  const moved = new Set([...cuts.values()].flat())
  const fresh = [...new Set(changed)].filter((file) => (!state.pages[file] || moved.has(file)) && !gone.has(file)).sort()

  const drop: string[] = []
  const rewrites = new Map<string, string[]>()
  for (const index of touched) {
    if (cuts.has(index)) {
      // Every page of a layer cut out: the layer goes instead.
      if (isLayer(index) && live(index).every((file) => moved.has(file))) {
        cuts.delete(index)
        drop.push(index)
      }
      continue
    }
    const files = live(index).sort()
    if (isLayer(index) && files.length === 0) drop.push(index)
    else rewrites.set(index, files)
  }
  let next = state.next
  const layers: IndexWrite[] = newLayerParts(fresh).map((files) => ({ name: `layer-${next++}`, files, rewrite: false }))
  // Too many layers: fold the small ones into one new layer (their pages as they are now).
  const kept = [...byIndex.keys()].filter((index) => isLayer(index) && !drop.includes(index))
  if (kept.length + layers.length > MAX_LAYERS) {
    const small = kept.filter((index) => live(index).length < SMALL_LAYER_PAGES)
    if (small.length < 2 || kept.length - small.length + layers.length + 1 > MAX_LAYERS)
      return { kind: 'full', reason: `more than ${MAX_LAYERS} layers` }
    const inNew = new Set(fresh)
    for (const index of small) {
      drop.push(index)
      rewrites.delete(index)
      cuts.delete(index)
    }
    // A page moved out of a small layer is in a new layer already.
    layers.push({
      name: `layer-${next++}`,
      files: small
        .flatMap(live)
        .filter((file) => !inNew.has(file))
        .sort(),
      rewrite: false,
    })
  }

  const write = [
    ...[...rewrites.keys()].sort(indexOrder).map((name) => ({ name, files: rewrites.get(name) ?? [], rewrite: true })),
    ...layers,
  ]
  const total = Object.keys(state.pages).filter((file) => !gone.has(file)).length + fresh.length
  const work = write.reduce((sum, index) => sum + index.files.length, 0)
  if (work >= fullAt(total)) return { kind: 'full', reason: `${work} of ${total} pages to index` }
  const basePages = Object.entries(state.pages).filter(([file, index]) => !isLayer(index) && !gone.has(file)).length
  if (total - basePages >= compactAt(basePages)) return { kind: 'full', reason: `layers hold ${total - basePages} pages` }
  const cut = [...cuts.keys()].sort(indexOrder).map((name) => ({ name, files: (cuts.get(name) ?? []).sort() }))
  return { kind: 'parts', write, drop: drop.sort(indexOrder), cut }
}

/**
 * The state once a parts plan is done: every page of a written index is there, removed pages and
 * dropped layers are gone. Throws if a page the site still has would be left without its entry.
 */
export function applySearchUpdate(
  state: SearchState,
  plan: Extract<SearchPlan, { kind: 'parts' }>,
  removed: readonly string[],
): SearchState {
  const pages = { ...state.pages }
  for (const file of removed) delete pages[file]
  const replaced = new Set([...plan.drop, ...plan.write.filter((index) => index.rewrite).map((index) => index.name)])
  const before = Object.entries(pages)
  for (const [file, index] of before) if (replaced.has(index)) delete pages[file]
  let next = state.next
  for (const index of plan.write) {
    for (const file of index.files) pages[file] = index.name
    if (isLayer(index.name)) next = Math.max(next, layerNumber(index.name) + 1)
  }
  const lost = before.find(([file]) => !pages[file])
  if (lost) throw new Error(`search index plan leaves ${lost[0]} (in ${lost[1]}) without an entry`)
  return { version: 2, shards: state.shards, next, pages }
}

/** Every index that exists: base shards (all of them, even with no page left), then layers. */
export function indexNames(state: SearchState): string[] {
  const base = Array.from({ length: state.shards }, (_, shard) => shardIndexName(shard))
  const layers = [...new Set(Object.values(state.pages).filter(isLayer))].sort(indexOrder)
  return [...base, ...layers]
}

/**
 * What the search page loads: the indexes to merge beside pagefind/ (base shards, then layers oldest
 * first). A base shard that lost its last page stays on disk but is not merged: Pagefind writes no
 * metadata file for an index without pages (shards grouped by unit empty out when a unit's pages go).
 */
export function searchManifest(state: SearchState): { count: number; merge: string[] } {
  const holding = new Set(Object.values(state.pages))
  const merge = indexNames(state).filter((name) => holding.has(name))
  return { count: state.shards, merge: merge.map(indexFolder).filter(Boolean) }
}
