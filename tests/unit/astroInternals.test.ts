/**
 * One contract test per touch point of Astro's private API (publisher/astro/internals.mjs, numbered
 * as there; 6., the prerender folder, is tests/unit/astroPrerenderDir.test.ts). Each runs Astro's
 * own installed code in memory, so an Astro upgrade that changes one fails here in seconds.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AstroPrerenderer, RouteData } from 'astro'
import * as devalue from 'devalue'
import { afterAll, describe, expect, it } from 'vitest'
import { DATA_STORE_VIRTUAL_ID } from '../../node_modules/astro/dist/content/consts.js'
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js'
import { BuildApp } from '../../node_modules/astro/dist/core/build/app.js'
import { createDefaultPrerenderer } from '../../node_modules/astro/dist/core/build/default-prerenderer.js'
import {
  createContentDataIncrementalMetadata,
  isContentDataIncrementalModule,
} from '../../node_modules/astro/dist/core/build/incremental-metadata.js'
import { RouteCache } from '../../node_modules/astro/dist/core/render/route-cache.js'
import {
  allStaticPaths,
  CONTENT_DATA_META,
  capturePrerenderApp,
  contentStoreAtRuntime,
  DATA_STORE_MODULE,
  forgetPaths,
  lastLoadedStore,
  metaStore,
  type PrerenderApp,
  type Store,
  scopedStore,
  syncWithLoaders,
} from '../../publisher/astro/internals.mjs'

/** Inside the project (so the generated module's imports resolve as in a page bundle), removed after. */
const scratch = path.join(import.meta.dirname, '..', `.tmp-astro-internals-${process.pid}`)
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

type Hook = (id: string) => unknown
const hook = (plugin: object, name: 'resolveId' | 'load') => (plugin as Record<string, Hook>)[name] as Hook

describe('1. the content store module (astro:data-layer-content)', () => {
  it("should answer Astro's own id for the store module", () => {
    expect(DATA_STORE_MODULE).toBe(DATA_STORE_VIRTUAL_ID)
    expect(hook(contentStoreAtRuntime('/none.json'), 'resolveId')(DATA_STORE_VIRTUAL_ID)).toBe(`\0campaign:${DATA_STORE_VIRTUAL_ID}`)
  })

  it("should carry Astro's content-data mark (the store stays out of each page's code hash)", () => {
    expect(CONTENT_DATA_META).toEqual(createContentDataIncrementalMetadata())
    const loaded = hook(contentStoreAtRuntime('/none.json'), 'load')(`\0campaign:${DATA_STORE_VIRTUAL_ID}`) as { meta: object }
    expect(isContentDataIncrementalModule(loaded)).toBe(true)
  })

  it('should load a store Astro wrote, in id order, and hand it over (3.)', async () => {
    const astro = await MutableDataStore.fromMap(new Map())
    astro.scopedStore('posts').set({ id: 'b', data: { title: 'B' } })
    astro.scopedStore('posts').set({ id: 'a', data: { title: 'A' } })
    fs.mkdirSync(scratch, { recursive: true })
    const file = path.join(scratch, 'data-store.json')
    fs.writeFileSync(file, astro.toString())
    const plugin = contentStoreAtRuntime(file)
    const { code } = hook(plugin, 'load')(hook(plugin, 'resolveId')(DATA_STORE_MODULE) as string) as { code: string }
    const module = path.join(scratch, 'store.mjs')
    fs.writeFileSync(module, code)
    const store = (await import(pathToFileURL(module).href)).default as Store
    expect([...(store.get('posts')?.keys() ?? [])]).toEqual(['a', 'b'])
    expect(store.get('posts')?.get('a')).toEqual({ id: 'a', data: { title: 'A' } })
    expect(lastLoadedStore()).toBe(store)
  })
})

describe("2. the loader store's semantics (MutableDataStore.scopedStore / metaStore)", () => {
  /** The same calls on Astro's store and on ours: same answers, same Map. */
  function both(run: (store: ReturnType<typeof scopedStore>, meta: ReturnType<typeof metaStore>) => unknown[]) {
    return Promise.all([
      MutableDataStore.fromMap(new Map()).then((astro) => ({
        answers: run(astro.scopedStore('c') as never, astro.metaStore('c') as never),
        map: (astro as unknown as { _collections: Store })._collections,
      })),
      Promise.resolve(new Map() as Store).then((map) => ({ answers: run(scopedStore(map, 'c'), metaStore(map, 'c')), map })),
    ])
  }

  it('should set, skip an unchanged digest, replace, delete and list as Astro does', async () => {
    const [astro, ours] = await both((store, meta) => [
      store.set({ id: 'b', data: { n: 1 }, digest: 'x' }),
      store.set({ id: 'b', data: { n: 2 }, digest: 'x' }),
      store.set({ id: 'a', data: { n: 3 } }),
      store.set({ id: 'b', data: { n: 4 }, digest: 'y' }),
      store.get('b'),
      store.has('a'),
      store.keys(),
      store.values(),
      store.entries(),
      store.delete('a'),
      store.has('a'),
      meta.set('syncedAt', '2026'),
      meta.get('syncedAt'),
      meta.has('syncedAt'),
      meta.delete('gone'),
    ])
    expect(ours.answers).toEqual(astro.answers)
    expect(ours.map).toEqual(astro.map)
    expect(ours.map.get('meta:c')?.get('syncedAt')).toBe('2026')
  })

  it('should clear a collection as Astro does', async () => {
    const [astro, ours] = await both((store) => [store.set({ id: 'a', data: {} }), store.clear(), store.keys()])
    expect(ours.answers).toEqual(astro.answers)
    expect([...(ours.map.get('c') ?? new Map()).keys()]).toEqual([...(astro.map.get('c') ?? new Map()).keys()])
  })

  it('should keep the store in the format Astro writes (devalue)', async () => {
    const astro = await MutableDataStore.fromMap(new Map())
    astro.scopedStore('c').set({ id: 'a', data: { n: 1 } })
    expect(devalue.parse(astro.toString())).toEqual(new Map([['c', new Map([['a', { id: 'a', data: { n: 1 } }]])]]))
  })

  it('should run loaders against the store as a content sync would, in id order', async () => {
    const store: Store = new Map()
    const loader = {
      name: 'test',
      load: async ({ store: s, meta, generateDigest }: never) => {
        for (const id of ['z', 'm'])
          (s as { set: (e: object) => boolean }).set({ id, data: { id }, digest: (generateDigest as (d: object) => string)({ id }) })
        ;(meta as { set: (k: string, v: string) => void }).set('syncedAt', 'now')
      },
    }
    await syncWithLoaders(store, { things: loader as never }, scratch, () => undefined)
    expect([...(store.get('things')?.keys() ?? [])]).toEqual(['m', 'z'])
    expect(store.get('meta:things')?.get('syncedAt')).toBe('now')
  })
})

/** Two routes: '/' and '/b/[slug]' (getStaticPaths counted). */
function fakeApp() {
  const calls = { getStaticPaths: 0 }
  const route = (over: Partial<RouteData>) =>
    ({
      type: 'page',
      prerender: true,
      params: [],
      fallbackRoutes: [],
      origin: 'project',
      pattern: /^\/$/,
      distURL: [],
      ...over,
    }) as unknown as RouteData
  const home = route({ route: '/', component: 'index.astro', pathname: '/', segments: [] })
  const slug = route({
    route: '/b/[slug]',
    component: 'b/[slug].astro',
    pathname: undefined,
    params: ['slug'],
    segments: [[{ content: 'b', dynamic: false, spread: false }], [{ content: 'slug', dynamic: true, spread: false }]],
  })
  const mod = {
    default: () => '',
    getStaticPaths: () => {
      calls.getStaticPaths += 1
      return [{ params: { slug: 'one' } }, { params: { slug: 'two' }, cacheKey: 'key-two' }]
    },
  }
  const logger = { warn: () => undefined, info: () => undefined, error: () => undefined, debug: () => undefined }
  const app = {
    manifest: {
      routes: [{ routeData: home }, { routeData: slug }],
      base: '/',
      trailingSlash: 'always',
      serverLike: false,
      i18n: undefined,
    },
    routeCache: new RouteCache(logger as never),
    getComponentByRoute: async () => mod,
    render: async () => new Response('<p>hi</p>'),
  }
  return { app: app as unknown as PrerenderApp, calls }
}

describe('4. the prerender app (the default prerenderer’s app, its render and routeCache)', () => {
  it('should hand over the app the default prerenderer sets up', async () => {
    fs.mkdirSync(scratch, { recursive: true })
    fs.writeFileSync(path.join(scratch, 'entry.mjs'), 'export const app = { tag: "the app", setInternals() {}, setOptions() {} }\n')
    const prerenderer = createDefaultPrerenderer({
      internals: { prerenderEntryFileName: 'entry.mjs' },
      options: {},
      prerenderOutputDir: pathToFileURL(`${scratch}/`),
    } as never) as AstroPrerenderer
    let app: unknown = null
    await capturePrerenderApp(prerenderer, (made) => (app = made)).setup?.()
    expect((app as { tag?: string } | null)?.tag).toBe('the app')
  })

  it("should find render and routeCache on Astro's BuildApp", () => {
    expect(typeof BuildApp.prototype.render).toBe('function')
    expect(typeof Object.getOwnPropertyDescriptor(BuildApp.prototype, 'routeCache')?.get).toBe('function')
    expect(typeof RouteCache.prototype.clearAll).toBe('function')
  })

  it('should list paths again once the route cache is forgotten', async () => {
    const { app, calls } = fakeApp()
    await allStaticPaths(app)
    await allStaticPaths(app)
    expect(calls.getStaticPaths).toBe(1)
    forgetPaths(app)
    await allStaticPaths(app)
    expect(calls.getStaticPaths).toBe(2)
  })
})

describe('5. every route’s paths (astro/runtime/prerender/static-paths.js)', () => {
  it('should list the static route and each path of the dynamic one, in route order', async () => {
    const { app } = fakeApp()
    const paths = await allStaticPaths(app)
    expect(paths.map(({ pathname, route }) => [pathname, route.route])).toEqual([
      ['/', '/'],
      ['/b/one/', '/b/[slug]'],
      ['/b/two/', '/b/[slug]'],
    ])
    // Each path's cacheKey, as getStaticPaths gave it (the kept renderer keeps keyed feeds by it: keptRenderer.ts).
    expect(paths.map(({ cacheKey }) => cacheKey)).toEqual([undefined, undefined, 'key-two'])
  })
})
