/**
 * Every use of Astro's non-public API in this project (ARCHITECTURE rule 16), in this one file.
 * Checked against astro 7.3.5. Every other file uses only what this file exports; each touch point
 * has a fast contract test in tests/unit/astroInternals.test.ts (and the prerender folder's in
 * tests/unit/astroPrerenderDir.test.ts), so an upgrade that changes one fails there, in seconds,
 * not only in the byte-for-byte e2e (tests/e2e/publish.test.ts).
 *
 * 1. The content store's virtual module id `astro:data-layer-content` and its "content data" mark
 *    (`meta.astroIncremental.kind`): contentStoreAtRuntime() answers the id before Astro's own plugin,
 *    so a build reads data-store.json when its page bundle loads instead of pushing a 9 MB string
 *    literal through the bundler. No public way: Astro offers no option to serve the store otherwise.
 * 2. The store's shape and format: a Map of collection → Map of id → entry, meta under
 *    `meta:<collection>`, serialized with devalue; and the semantics of Astro's loader store
 *    (MutableDataStore.scopedStore / metaStore), which syncWithLoaders() re-implements over the
 *    kept Map. No public way: Astro runs loaders only inside its own content sync (a whole build).
 * 3. The store's hand-over (storeLoaded / lastLoadedStore): the page bundle Astro builds and loads
 *    itself imports this file as an external module and hands it the Map its pages read. This is a
 *    module-level registry, kept on purpose: code inside the bundle is started by Astro's prerenderer
 *    (an `import()` of its own entry), so there is no call of ours that could pass it an argument,
 *    nor anything it could return to us; a module both sides import by the same URL (or globalThis)
 *    is the only way across. It holds one value, written by the bundle and read by keptApp.ts right
 *    after that build (astro:build:done), in the one build process.
 * 4. The default prerenderer's `app` property (set in its setup()), read through the public
 *    setPrerenderer hook: capturePrerenderApp(). The app is Astro's BuildApp; its `render()`,
 *    `routeCache.clearAll()` and `manifest.routes` are used by renderRoute() and forgetPaths().
 *    No public way: AstroPrerenderer exposes setup/getStaticPaths/render for one build only.
 * 5. `astro/runtime/prerender/static-paths.js` (StaticPaths.getAll): every route's paths, as Astro
 *    lists them before rendering, each with its cacheKey (allStaticPaths(); the kept renderer keeps keyed
 *    feeds by it). Not exported from a public entry point.
 * 6. Where Astro writes the server bundle it prerenders with: `<outDir>/.prerender/` when outDir lies
 *    inside process.cwd(), else `<cwd>/.astro/.prerender/` (prerender/utils.js
 *    getPrerenderOutputDirectory). Builds in one process would share that folder and module URLs, so
 *    inOwnPrerenderFolder() runs each build with its own working directory. No option sets it.
 * 7. The incremental build's cache copies (core/build/incremental.js IncrementalBuildCache): Astro
 *    writes every page it renders twice, to the output folder and to `<cacheDir>/dist/<outputFile>`,
 *    and lists each path's outputFile in `<cacheDir>/incremental-build.json`. deferCacheCopies()
 *    replaces writeOutputFile so a publish full build writes each page once (the cache copy is only
 *    removed, never left stale); linkCacheCopies() makes the copies afterwards as hard links to the
 *    finished build's files. No option: Astro has no way to keep the cache in the output folder.
 * 8. How Astro writes each page it renders (core/build/generate.js generatePathWithPrerenderer):
 *    `nodeFs.promises.mkdir(outFolder, { recursive: true })` then `nodeFs.promises.writeFile(outFile,
 *    body)`, looked up on node:fs at each call. syncPageWrites() answers those two calls, for paths
 *    inside the build's output folder only, with the synchronous calls and a settled promise: the same
 *    files and errors, without four trips through libuv's thread pool per page (a mkdir, an open, a
 *    write and a close, each waking a pool thread: about 3 s of the build process's CPU per 10,000
 *    pages on this machine against 1 s synchronously). Given a writer, the calls go to it instead (a
 *    full build's page write thread, publisher/pageWriteThread.ts). No option: Astro writes pages only this way.
 *
 * Plain .mjs (not .ts): the page bundle imports this file at run time with Node alone (3.).
 */
import fs from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js'
import xxhash from 'xxhash-wasm'
import { IncrementalBuildCache } from '../../node_modules/astro/dist/core/build/incremental.js'

// 1. The content store's module -------------------------------------------------------------

export const DATA_STORE_MODULE = 'astro:data-layer-content'
const RESOLVED = `\0campaign:${DATA_STORE_MODULE}`
/** This file, as the page bundle imports it (external: one module instance for the process, 3.). */
const SELF = fileURLToPath(import.meta.url)
/** The mark that keeps the store out of each page's code hash in Astro's incremental build. */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } }

/**
 * A Vite plugin (first in the list: Astro's own content plugin answers the id otherwise) serving the
 * store module with code that reads `file` (the data store, absolute path) when the bundle loads.
 * @param {string} file
 */
export function contentStoreAtRuntime(file) {
  return {
    name: 'campaign:content-store-at-runtime',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id */
    resolveId(id) {
      if (id === SELF) return { id: SELF, external: true }
      return id === DATA_STORE_MODULE ? RESOLVED : undefined
    },
    /** @param {string} id */
    load(id) {
      if (id !== RESOLVED) return undefined
      const load = fs.existsSync(file) ? `unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')))` : 'new Map()'
      const code = [
        `import { readFileSync } from 'node:fs'`,
        `import { unflatten } from 'devalue'`,
        `import { inIdOrder, storeLoaded } from ${JSON.stringify(SELF)}`,
        `const store = inIdOrder(${load})`,
        'storeLoaded(store)',
        'export default store',
      ].join('\n')
      return { code, map: { mappings: '' }, meta: CONTENT_DATA_META }
    },
  }
}

// 2. The store's shape and the loader store's semantics ---------------------------------------

/**
 * Every collection of a store in id order. Astro's store keeps entries in the order its loaders
 * happened to add them; pages that list entries without sorting would then differ between two builds
 * of the same content. Both ways the site is rendered put the store in this one order first.
 * @template {Map<string, Map<string, unknown>>} T
 * @param {T} store
 * @returns {T}
 */
export function inIdOrder(store) {
  for (const [name, entries] of store) {
    if (name.startsWith('meta:') || !(entries instanceof Map)) continue
    const ids = [...entries.keys()]
    if (ids.every((id, i) => i === 0 || (ids[i - 1] ?? '') < id)) continue
    store.set(name, new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
  }
  return store
}

/**
 * One collection of `store`, as Astro's MutableDataStore.scopedStore (entries as the loaders give them).
 * `touched` (optional) is told of every write: the collection, whether it changed an entry (true, false)
 * or cleared the collection ('clear', with its entries before).
 */
export function scopedStore(store, collection, touched = () => undefined) {
  const entries = () => store.get(collection) ?? new Map()
  return {
    get: (key) => entries().get(String(key)),
    entries: () => [...entries().entries()],
    values: () => [...entries().values()],
    keys: () => [...entries().keys()],
    has: (key) => entries().has(String(key)),
    set: ({ id: key, data, digest }) => {
      if (!key) throw new Error('ID must be a non-empty string')
      const id = String(key)
      const existing = entries().get(id)
      touched(collection, !(digest && existing?.digest === digest), undefined, data)
      if (digest && existing?.digest === digest) return false
      const entry = { id, data }
      if (digest) entry.digest = digest
      const map = entries()
      map.set(id, entry)
      store.set(collection, map)
      return true
    },
    delete: (key) => {
      touched(collection, entries().has(String(key)))
      entries().delete(String(key))
    },
    clear: () => {
      touched(collection, 'clear', store.get(collection))
      store.delete(collection)
    },
    addAssetImport: () => undefined,
    addAssetImports: () => undefined,
    addModuleImport: () => undefined,
  }
}

/** A collection's meta store, kept where Astro keeps it (the `meta:<collection>` entry). */
export function metaStore(store, collection) {
  const key = `meta:${collection}`
  const map = () => {
    const found = store.get(key) ?? new Map()
    store.set(key, found)
    return found
  }
  return {
    get: (name) => map().get(name),
    set: (name, value) => {
      map().set(name, value)
    },
    delete: (name) => {
      map().delete(name)
    },
    has: (name) => map().has(name),
  }
}

/** Do two versions of a collection hold the same entries (by digest, or by data where there is none)? */
function sameEntries(before, after) {
  if ((before?.size ?? 0) !== (after?.size ?? 0)) return false
  for (const [id, entry] of after ?? []) {
    const old = before?.get(id)
    if (!old) return false
    if (entry.digest || old.digest ? entry.digest !== old.digest : JSON.stringify(entry.data) !== JSON.stringify(old.data)) return false
  }
  return true
}

/**
 * Run every loader against `store`, as Astro's content sync would (all at once), then put it in id
 * order. Returns the collections whose entries changed: an entry set with other data (its digest), added
 * or deleted; a collection a loader cleared and filled again counts only if it differs from before. In
 * `clockDriven` collections every entry a loader set again counts (their loaders re-read a document when
 * one of its dates passes, and a page may show it by the clock) — with `clockDue`, only an entry it says
 * the clock changed (publisher/rules/clockTurned.ts).
 */
export async function syncWithLoaders(store, loaders, cacheDir, log, clockDriven = new Set(), clockDue = null) {
  const touched = new Set()
  const cleared = new Map()
  const note = (collection, change, before, data) => {
    if (change === 'clear') {
      if (!cleared.has(collection)) cleared.set(collection, new Map(before ?? []))
      // A cleared collection is judged by what it holds at the end (below).
    } else if (!cleared.has(collection) && (change || (clockDriven.has(collection) && (!clockDue || clockDue(data)))))
      touched.add(collection)
  }
  const { h64ToString } = await xxhash()
  const generateDigest = (data) => h64ToString(typeof data === 'string' ? data : JSON.stringify(data))
  const logger = (name) => {
    const line = (message) => log(`[${name}] ${message}`)
    return { info: line, warn: line, error: line, debug: () => undefined, options: {}, label: name, fork: () => logger(name) }
  }
  const config = { cacheDir: pathToFileURL(`${cacheDir}/`) }
  await Promise.all(
    Object.entries(loaders).map(([collection, loader]) =>
      loader.load({
        collection,
        store: scopedStore(store, collection, note),
        meta: metaStore(store, collection),
        logger: logger(loader.name),
        config,
        // The collections' schemas only carry types (site/content.config.ts): the data is stored as loaded.
        parseData: async ({ data }) => data,
        generateDigest,
      }),
    ),
  )
  inIdOrder(store)
  for (const [collection, before] of cleared) if (!sameEntries(before, store.get(collection))) touched.add(collection)
  return touched
}

/**
 * Tell `onRead` the name of every collection the pages read from `store` (Astro's ImmutableDataStore
 * reads the Map the page bundle was given with `get` and `has`, by collection name); returns the undo.
 */
export function watchReads(store, onRead) {
  const get = store.get
  const has = store.has
  store.get = function (key) {
    onRead(key)
    return get.call(this, key)
  }
  store.has = function (key) {
    onRead(key)
    return has.call(this, key)
  }
  return () => {
    store.get = get
    store.has = has
  }
}

// 3. The store's hand-over from the page bundle ----------------------------------------------

/** @type {Map<string, Map<string, unknown>> | null} */
let loaded = null

/** Called by a page bundle's store module with the store its pages read. */
export function storeLoaded(store) {
  loaded = store
}

/** The store of the page bundle loaded last (null before any). */
export function lastLoadedStore() {
  return loaded
}

// 4. The prerender app ----------------------------------------------------------------------

/** Wrap a prerenderer (setPrerenderer's argument) so `onApp` gets its app once it is set up. */
export function capturePrerenderApp(prerenderer, onApp) {
  const setup = prerenderer.setup?.bind(prerenderer)
  prerenderer.setup = async () => {
    await setup?.()
    onApp(prerenderer.app ?? null)
  }
  return prerenderer
}

/** Render one route's page through the app, as the prerenderer does. */
export function renderRoute(app, request, route) {
  return app.render(request, { routeData: route })
}

/** Forget every route's cached getStaticPaths() result (the next listing calls them again). */
export function forgetPaths(app) {
  app.routeCache.clearAll()
}

/** The prerendered routes with getStaticPaths (no fixed pathname). */
export function dynamicRoutes(app) {
  return app.manifest.routes.map(({ routeData }) => routeData).filter((route) => route.prerender && typeof route.pathname !== 'string')
}

/** The next listing takes no paths of `route` and does not call its getStaticPaths (after forgetPaths). */
export async function skipPaths(app, route) {
  const mod = await app.getComponentByRoute(route)
  app.routeCache.set(route, { mod, staticPaths: Object.assign([], { keyed: new Map() }) })
}

/**
 * Call `onRoute` with each route allStaticPaths is about to call getStaticPaths of: it lists the routes
 * one after another (StaticPaths.getAll awaits each), loading each route's module first. Returns the undo.
 */
export function watchListing(app, onRoute) {
  const own = Object.hasOwn(app, 'getComponentByRoute')
  const get = app.getComponentByRoute
  app.getComponentByRoute = function (route) {
    onRoute(route)
    return get.call(this, route)
  }
  return () => {
    if (own) app.getComponentByRoute = get
    else delete app.getComponentByRoute
  }
}

// 5. Every route's paths --------------------------------------------------------------------

/** Every prerendered route's paths, in Astro's order ({ pathname, route }). */
export function allStaticPaths(app) {
  return new StaticPaths(app).getAll()
}

// 6. The prerender folder -------------------------------------------------------------------

/**
 * Run `build` with `dir` (inside the project, outside the output folder) as the working directory,
 * so the bundle it prerenders with lands in `dir/.astro/.prerender/`, under URLs no other build of
 * this process loaded; back to `home` and `dir` removed afterwards.
 * @template T
 * @param {string} dir
 * @param {string} home
 * @param {() => Promise<T>} build
 * @returns {Promise<T>}
 */
export async function inOwnPrerenderFolder(dir, home, build) {
  fs.mkdirSync(dir, { recursive: true })
  process.chdir(dir)
  try {
    return await build()
  } finally {
    process.chdir(home)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// 7. The incremental build's cache copies -----------------------------------------------------

const CACHE_MANIFEST = 'incremental-build.json'
const CACHE_COPIES = 'dist'
const writeCopy = IncrementalBuildCache.prototype.writeOutputFile
let deferCopies = false
/** Whether each cache folder had copies when this build began (none: nothing to remove, not even one unlink per page). */
const hadCopies = new Map()

/**
 * From now on (`defer` true) Astro's incremental build in this process writes no cache copy of a page
 * it renders: it removes the old copy (so the next build never restores a stale page) and leaves
 * making it to linkCacheCopies(). `defer` false: copies are written again, each as a new file (never
 * into a file a build folder shares by a hard link).
 * @param {boolean} defer
 */
export function deferCacheCopies(defer) {
  deferCopies = defer
  hadCopies.clear()
  if (IncrementalBuildCache.prototype.writeOutputFile !== writeCopy) return
  /** @type {(this: unknown, settings: { config: { cacheDir: URL } }, outputFile: string, body: unknown) => Promise<void>} */
  const write = async function (settings, outputFile, body) {
    const copies = new URL(`${CACHE_COPIES}/`, settings.config.cacheDir)
    if (!hadCopies.has(copies.href)) hadCopies.set(copies.href, fs.existsSync(copies))
    if (hadCopies.get(copies.href)) await fs.promises.unlink(new URL(outputFile, copies)).catch(() => undefined)
    if (!deferCopies) await writeCopy.call(this, settings, outputFile, body)
  }
  IncrementalBuildCache.prototype.writeOutputFile = write
}

/**
 * Make the incremental cache's copy of every page its manifest lists a hard link to that page in
 * `buildDir` (a finished build: nothing writes into it again). Pages missing there are skipped (the
 * next build renders them). Returns how many were linked.
 * @param {string} buildDir
 * @param {string} cacheDir
 * @returns {Promise<number>}
 */
export async function linkCacheCopies(buildDir, cacheDir) {
  let manifest
  try {
    manifest = JSON.parse(await fs.promises.readFile(`${cacheDir}/${CACHE_MANIFEST}`, 'utf8'))
  } catch {
    return 0
  }
  /** @type {string[]} */
  const files = []
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) if (typeof entry.outputFile === 'string') files.push(entry.outputFile)
  }
  // outputFile is a URL path relative to the output folder (encoded as Astro's URLs are).
  const from = pathToFileURL(`${buildDir}/`)
  const copies = pathToFileURL(`${cacheDir}/${CACHE_COPIES}/`)
  const made = new Set()
  let linked = 0
  /** @param {string} file */
  const linkOne = async (file) => {
    const to = fileURLToPath(new URL(file, copies))
    const dir = to.slice(0, to.lastIndexOf('/'))
    if (!made.has(dir)) {
      made.add(dir)
      await fs.promises.mkdir(dir, { recursive: true })
    }
    await fs.promises.rm(to, { force: true })
    try {
      await fs.promises.link(fileURLToPath(new URL(file, from)), to)
      linked++
    } catch {
      // Not in this build (or linked meanwhile): the next build renders that page.
    }
  }
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map(linkOne))
  return linked
}

// 8. Astro's page writes ---------------------------------------------------------------------

const asyncMkdir = fs.promises.mkdir
const asyncWriteFile = fs.promises.writeFile
const asyncCopyFile = fs.promises.copyFile
/** The output folder whose page writes are made synchronous (its file URL and path, each with a trailing slash), or null. */
let syncInside = /** @type {{ href: string, path: string } | null} */ (null)

/** @param {unknown} target */
function insideSyncFolder(target) {
  if (syncInside === null) return false
  if (target instanceof URL) return target.href.startsWith(syncInside.href)
  return typeof target === 'string' && target.startsWith(syncInside.path)
}

/** @param {() => unknown} write */
function settled(write) {
  try {
    write()
    return Promise.resolve(undefined)
  } catch (error) {
    return Promise.reject(error)
  }
}

/** @typedef {{ mkdir(dir: string, options: unknown): void, write(file: string, data: string | Uint8Array, options: unknown): void, copy(from: string, to: string, mode: unknown): void }} PageWriter */

/** @type {PageWriter} */
const directWrites = {
  mkdir: (dir, options) => {
    fs.mkdirSync(dir, /** @type {never} */ (options))
  },
  write: (file, data, options) => fs.writeFileSync(file, data, /** @type {never} */ (options)),
  copy: (from, to, mode) => fs.copyFileSync(from, to, /** @type {never} */ (mode)),
}

/** @param {string | URL} target */
const asPath = (target) => (target instanceof URL ? fileURLToPath(target) : target)

/**
 * Until the returned function is called, `fs.promises.mkdir` and `fs.promises.writeFile` calls for
 * paths inside `outDir` (a page's folder and file as Astro writes them) run synchronously; every other
 * call, and a write of anything but bytes or a string, goes to Node's own functions. One folder at a
 * time (builds in one process run one after another). `writerOf` (optional): the writer those calls go
 * to at each call, as paths (null: synchronous calls on this thread) — a full build hands them to a
 * thread of their own while pages render (publisher/pageWriteThread.ts); the promise Astro gets is then
 * settled once the writer took the call, and the writer answers for the write itself. With a writer,
 * `fs.promises.copyFile` into the folder goes to it too (Astro's incremental build restores a cached
 * page by a mkdir then a copyFile, core/build/incremental.js: the copy must follow the writer's mkdir).
 * Without one, copyFile is Node's own.
 * @param {string} outDir
 * @param {() => PageWriter | null} [writerOf]
 * @returns {() => void}
 */
export function syncPageWrites(outDir, writerOf = () => null) {
  const dir = outDir.endsWith('/') ? outDir : `${outDir}/`
  syncInside = { href: pathToFileURL(dir).href, path: dir }
  /** @type {typeof asyncMkdir} */
  const mkdir = /** @type {never} */ (
    /** @param {Parameters<typeof asyncMkdir>} args */
    (...args) =>
      insideSyncFolder(args[0]) ? settled(() => (writerOf() ?? directWrites).mkdir(asPath(args[0]), args[1])) : asyncMkdir(...args)
  )
  /** @type {typeof asyncWriteFile} */
  const writeFile = /** @type {never} */ (
    /** @param {Parameters<typeof asyncWriteFile>} args */
    (...args) => {
      const [file, data, options] = args
      const plain = typeof data === 'string' || data instanceof Uint8Array
      const cancellable = typeof options === 'object' && options !== null && 'signal' in options
      if (!plain || cancellable || !insideSyncFolder(file)) return asyncWriteFile(...args)
      return settled(() => (writerOf() ?? directWrites).write(asPath(/** @type {string | URL} */ (file)), data, options))
    }
  )
  /** @type {typeof asyncCopyFile} */
  const copyFile = /** @type {never} */ (
    /** @param {Parameters<typeof asyncCopyFile>} args */
    (...args) => {
      const [from, to, mode] = args
      const writer = writerOf()
      const plain = (typeof from === 'string' || from instanceof URL) && (mode === undefined || typeof mode === 'number')
      if (!writer || !plain || !insideSyncFolder(to)) return asyncCopyFile(...args)
      return settled(() => writer.copy(asPath(/** @type {string | URL} */ (from)), asPath(/** @type {string | URL} */ (to)), mode))
    }
  )
  fs.promises.mkdir = mkdir
  fs.promises.writeFile = writeFile
  fs.promises.copyFile = copyFile
  return () => {
    syncInside = null
    if (fs.promises.mkdir === mkdir) fs.promises.mkdir = asyncMkdir
    if (fs.promises.writeFile === writeFile) fs.promises.writeFile = asyncWriteFile
    if (fs.promises.copyFile === copyFile) fs.promises.copyFile = asyncCopyFile
  }
}
