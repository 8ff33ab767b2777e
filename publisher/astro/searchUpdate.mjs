import fs from 'node:fs'
import path from 'node:path'
import { isSearchable, shardCount } from '../rules/affectedPages.ts'
import { applySearchUpdate, cutInPlace, fullAt, indexFolder, pagesByIndex, planSearchUpdate } from '../rules/searchLayers.ts'
import { searchTextChanged } from '../rules/searchText.ts'
import { applyCut, planCut } from './pagefindCut.mjs'
import {
  addFiles,
  addPage,
  indexSite,
  inParallel,
  newIndex,
  readState,
  SHARDS_FILE,
  shardsOf,
  writeIndex,
  writeState,
} from './pagefindIndex.mjs'

/**
 * A targeted build's search index (publisher/rules/searchLayers.ts says what is written; this does it).
 * A page goes into the search work only when what Pagefind reads of it changed (publisher/rules/searchText.ts:
 * its <main> without images) — a page whose bytes changed elsewhere (a unit's new name in a header, an
 * image's alt text) keeps its entry, which was made from the same searched HTML. Nothing is written when
 * no page's searched HTML changed and none went away: the search files stay byte for byte (and inode for
 * inode) those of the live build. An index written again replaces only its files that differ.
 */

const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)

/**
 * Search work started while a targeted build still renders (the kept renderer, keptRenderer.ts). An
 * index is started the moment a page it holds is rendered with changed searched HTML (or right away
 * when it holds a page that goes away): it gets its other pages at once — from the live build, whose
 * searched HTML they keep unless they are still to be rendered — and each of its pages still to be
 * rendered as it is rendered, while the Pagefind service (its own process) has a core to itself.
 * updateSearchIndex completes each index its plan writes and drops the others. Indexes stop being
 * started once they would be about a full index; nothing starts without a search state to go by.
 * @param {string} liveDir the live build the targeted build starts from
 * @param {string[]} rendering the HTML files about to be rendered
 * @param {string[]} removed the HTML files the new build will not have
 * @param {{ cutFrom?: number }} [options] as updateSearchIndex's
 */
export function earlySearch(liveDir, rendering, removed, options = {}) {
  const state = readState(liveDir)
  if (!state) return null
  const pending = new Set(rendering.filter(isSearchable))
  const gone = new Set(removed.filter(isSearchable))
  const byIndex = pagesByIndex(state)
  const limit = fullAt(Object.keys(state.pages).length)
  // An index whose pages will be cut out in place (searchLayers.ts cutInPlace, the plan's own rule) is not
  // written again: not started here.
  const cut = cutInPlace(state, [...pending, ...gone], options, byIndex)
  let work = 0
  /** Searchable pages rendered so far: whether their searched HTML differs from the live build's. */
  const decided = new Map()
  const parts = new Map()
  const start = (name) => {
    if (parts.has(name) || !byIndex.has(name)) return parts.get(name)
    const all = byIndex.get(name)
    if (work + all.length >= limit || cut.has(name)) return undefined
    work += all.length
    // From the live build: pages not to be rendered, and pages rendered with their searched HTML unchanged.
    const live = all.filter((file) => !gone.has(file) && (pending.has(file) ? decided.get(file) === false : true))
    const index = newIndex()
    // `dropped`: no more pages go in (an index dropped unused stops at the page it is adding, not after all of them).
    const part = { index, live, files: [...live], dropped: false }
    part.added = index.then((started) => addFiles(started, liveDir, live, () => part.dropped))
    part.added.catch(() => undefined)
    parts.set(name, part)
    return part
  }
  for (const file of gone) if (state.pages[file]) start(state.pages[file])
  const drop = async (part) => {
    part.dropped = true
    await part.added.catch(() => undefined)
    await (await part.index.catch(() => null))?.deleteIndex().catch(() => undefined)
  }
  return {
    /** A page as rendered (`live`: the live build's page when the caller read it already, null: it has none): into its index, started now if its searched HTML changed. */
    rendered(file, content, live) {
      if (!pending.has(file) || decided.has(file)) return
      const changed = searchTextChanged(live === undefined ? read(path.join(liveDir, file)) : live, content)
      decided.set(file, changed)
      const name = state.pages[file]
      const part = name ? (changed ? start(name) : parts.get(name)) : undefined
      if (!part || part.files.includes(file)) return
      part.files.push(file)
      part.added = part.added.then(async () => {
        if (!part.dropped) await addPage(await part.index, file, content)
      })
      part.added.catch(() => undefined)
    },
    /** Whether a rendered page's searched HTML differs from the live build's (undefined: not rendered here). */
    textChanged: (file) => decided.get(file),
    /**
     * The index started for `name` with the pages it holds, when the plan writes it with all of them
     * and none of those taken from the live build changed or went away (`superseded`); null
     * otherwise (and it is dropped).
     */
    async take(name, files, superseded) {
      const part = parts.get(name)
      if (!part) return null
      parts.delete(name)
      const wanted = new Set(files)
      const usable = part.files.every((file) => wanted.has(file)) && !part.live.some((file) => superseded.has(file))
      // Unusable: dropped at once, not after the pages still being added to it.
      const added =
        usable &&
        (await part.added.then(
          () => true,
          () => false,
        ))
      if (added) return { index: await part.index, files: part.files }
      await drop(part)
      return null
    },
    /** Drop every index not taken. */
    async discard() {
      const left = [...parts.values()]
      parts.clear()
      await Promise.all(left.map(drop))
    },
  }
}

/** Write one index of a parts plan into `out`: the early one completed with the pages it lacks, or a new one. */
async function writePart(dir, part, out, early, superseded) {
  const started = await early?.take(part.name, part.files, superseded)
  const index = started?.index ?? (await newIndex())
  const have = new Set(started?.files ?? [])
  await addFiles(
    index,
    dir,
    part.files.filter((file) => !have.has(file)),
  )
  await writeIndex(index, part.files, out, part.name === 'shard-0')
  return have.size
}

/** Every file under `dir`, relative ('fragment/x.pf_fragment'), skipping top-level entries `skip` says to. */
function filesIn(dir, skip = () => false, prefix = '') {
  if (!fs.existsSync(path.join(dir, prefix))) return []
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (prefix === '' && skip(entry.name)) return []
    if (entry.isDirectory()) return filesIn(dir, skip, rel)
    return [rel]
  })
}

const sameFile = (a, b) => {
  const left = fs.statSync(a, { throwIfNoEntry: false })
  const right = fs.statSync(b, { throwIfNoEntry: false })
  return !!left && !!right && left.size === right.size && fs.readFileSync(a).equals(fs.readFileSync(b))
}

/**
 * Put an index written again (`fresh`) in place of `name` in the build folder `dir`, replacing only
 * the files that differ: a file with the same name and bytes (most fragments, Pagefind's scripts)
 * keeps its link to the live build, so the next snapshot and the CDN sync have less to do. Renames and
 * unlinks only, never a write through a link. Returns how many files were replaced or removed; their
 * paths (relative to `dir`) are added to `touched`, the build's list of changes (publisher/treeJournal.ts:
 * these files sit below the folders it compares whole, so it would not see them).
 * @param {string[]} [touched]
 */
export function replaceIndex(dir, name, fresh, touched = []) {
  const target = path.join(dir, 'pagefind', indexFolder(name))
  // pagefind/ itself (shard 0) holds the other indexes and shards.json beside its own files.
  const others = (entry) => name === 'shard-0' && (/^(shard|layer)-\d+$/.test(entry) || entry === SHARDS_FILE)
  const incoming = filesIn(fresh)
  const wanted = new Set(incoming)
  let written = 0
  for (const rel of incoming) {
    const to = path.join(target, rel)
    if (sameFile(path.join(fresh, rel), to)) continue
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.renameSync(path.join(fresh, rel), to)
    touched.push(path.relative(dir, to))
    written++
  }
  for (const rel of filesIn(target, others)) {
    if (wanted.has(rel)) continue
    fs.rmSync(path.join(target, rel), { force: true })
    touched.push(path.relative(dir, path.join(target, rel)))
    written++
  }
  fs.rmSync(fresh, { recursive: true, force: true })
  return written
}

/**
 * After a targeted build changed, added or removed these HTML files of `dir` (a snapshot of `liveDir`,
 * assembled): write again every index that holds a page whose searched HTML changed or that went away,
 * from the pages as they are now, put new pages into a new layer, drop or merge layers, or index
 * everything again (publisher/rules/searchLayers.ts). No index keeps an entry of a page's earlier text.
 * `early`: the work earlySearch started while the pages were rendered. `options.cutFrom`: see planSearchUpdate.
 */
export async function updateSearchIndex(dir, liveDir, changedFiles, early = null, options = {}) {
  const searchable = [...new Set(changedFiles.filter(isSearchable))]
  const removed = searchable.filter((file) => !fs.existsSync(path.join(dir, file)))
  const present = searchable.filter((file) => fs.existsSync(path.join(dir, file)))
  const changed = present.filter(
    (file) => early?.textChanged(file) ?? searchTextChanged(read(path.join(liveDir, file)), read(path.join(dir, file))),
  )
  const unchanged = present.length - changed.length
  /** @type {string[]} */
  const paths = []
  const nothing = {
    full: false,
    reason: '',
    pages: 0,
    rewritten: 0,
    added: 0,
    dropped: 0,
    cut: 0,
    cutIndexes: 0,
    early: 0,
    unchanged,
    files: 0,
    paths,
  }
  if (changed.length === 0 && removed.length === 0) {
    if (early) await inParallel([], async () => early.discard())
    return nothing
  }
  const state = readState(dir)
  const shards = shardsOf(dir) ?? 0
  let plan = planSearchUpdate(state, changed, removed, shards, options)
  // What each cut changes, worked out before anything is written: an index it cannot cut is written again.
  let cuts = []
  if (plan.kind === 'parts' && plan.cut.length > 0) {
    try {
      cuts = await Promise.all(
        plan.cut.map(async (part) => {
          const folder = path.join(dir, 'pagefind', indexFolder(part.name))
          return { folder, changes: await planCut(folder, part.files) }
        }),
      )
    } catch (error) {
      console.warn(
        `search index: cannot cut pages out in place (${error instanceof Error ? error.message : String(error)}); writing the indexes again`,
      )
      cuts = []
      plan = planSearchUpdate(state, changed, removed, shards, { cutFrom: Number.POSITIVE_INFINITY })
    }
  }
  if (plan.kind === 'full' || !state) {
    await early?.discard()
    // The pages that changed together get shards of their own (the next such edit writes only those).
    const pages = await indexSite(dir, changed)
    return { ...nothing, full: true, reason: plan.kind === 'full' ? plan.reason : '', pages, rewritten: shardCount(pages) }
  }
  const superseded = new Set([...changed, ...removed])
  const fresh = (name) => path.join(dir, `.pagefind-${name}.tmp`)
  let reused = 0
  // The largest first, so both cores stay busy to the end; early indexes the plan does not write are dropped.
  const jobs = [...plan.write].sort((a, b) => b.files.length - a.files.length)
  await inParallel(
    jobs.map((part) => async () => {
      reused += await writePart(dir, part, fresh(part.name), early, superseded)
    }),
    async () => early?.discard(),
  )
  let files = 0
  for (const part of plan.write) files += replaceIndex(dir, part.name, fresh(part.name), paths)
  for (const cut of cuts) files += applyCut(dir, cut.folder, cut.changes, paths)
  for (const name of plan.drop) fs.rmSync(path.join(dir, 'pagefind', indexFolder(name)), { recursive: true, force: true })
  writeState(dir, applySearchUpdate(state, plan, removed))
  return {
    ...nothing,
    pages: plan.write.reduce((sum, part) => sum + part.files.length, 0),
    rewritten: plan.write.filter((part) => part.rewrite).length,
    added: plan.write.filter((part) => !part.rewrite).length,
    dropped: plan.drop.length,
    cut: plan.cut.reduce((sum, part) => sum + part.files.length, 0),
    cutIndexes: plan.cut.length,
    early: reused,
    files,
  }
}
