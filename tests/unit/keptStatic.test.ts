/** Static pages a targeted publish keeps from the live build (publisher/astro/keptStatic.ts) and the store reads behind it. */
import type { RouteData } from 'astro'
import { describe, expect, it } from 'vitest'
import { type Store, scopedStore, syncWithLoaders, watchReads } from '../../publisher/astro/internals.mjs'
import { routeKey } from '../../publisher/astro/keptListing.ts'
import { staticPlan } from '../../publisher/astro/keptStatic.ts'

const NOON = new Date('2026-12-07T04:00:00Z') // 12:00 in China

describe('static pages kept from the live build', () => {
  it('should keep a page only on the build it was rendered into, when nothing it read was written, on the same China day', () => {
    const owner = {}
    const first = staticPlan(owner, '/b/1', '/b/2', new Set(), NOON)
    expect(first.keep('index.html')).toBe(false)
    first.rendered('index.html', new Set(['bulletins', 'siteIdentity']))
    first.rendered('404.html', new Set())
    // Next publish on top of /b/2: bulletins written, exposures not.
    const second = staticPlan(owner, '/b/2', '/b/3', new Set(['bulletins']), NOON)
    expect(second.keep('index.html')).toBe(false)
    expect(second.keep('404.html')).toBe(true)
    second.rendered('index.html', new Set(['bulletins']))
    const third = staticPlan(owner, '/b/3', '/b/4', new Set(['exposures']), NOON)
    expect(third.keep('index.html')).toBe(true)
    expect(third.keep('404.html')).toBe(true)
    // A build that never went live (/b/4): the next one starts from /b/3 again and keeps nothing.
    const fourth = staticPlan(owner, '/b/3', '/b/5', new Set(), NOON)
    expect(fourth.keep('404.html')).toBe(false)
    fourth.rendered('404.html', new Set())
    // A new China day (00:00 in China is 16:00 UTC): everything is rendered again.
    const nextDay = staticPlan(owner, '/b/5', '/b/6', new Set(), new Date('2026-12-07T16:00:00Z'))
    expect(nextDay.keep('404.html')).toBe(false)
  })

  it('should keep in a preview (no new build folder) while nothing it read was written, also after a publish changed the live build', () => {
    const owner = {}
    const first = staticPlan(owner, '/live/1', null, new Set(), NOON)
    first.rendered('index.html', new Set(['units']))
    first.listed('bulletins/[slug]', new Set(['bulletins']))
    const second = staticPlan(owner, '/live/1', null, new Set(['exposures']), NOON)
    expect(second.keep('index.html')).toBe(true)
    expect(second.keepList('bulletins/[slug]')).toBe(true)
    // A publish switched the live build: the preview's own sync saw what it changed (here: bulletins, not units).
    const afterPublish = staticPlan(owner, '/live/2', null, new Set(['bulletins']), NOON)
    expect(afterPublish.keep('index.html')).toBe(true)
    expect(afterPublish.keepList('bulletins/[slug]')).toBe(false)
    // …and when it changed what the page read, the page is rendered again.
    expect(staticPlan(owner, '/live/3', null, new Set(['units']), NOON).keep('index.html')).toBe(false)
    // A publish never keeps on top of a build its memo was not made into.
    expect(staticPlan(owner, '/live/3', '/live/4', new Set(), NOON).keep('index.html')).toBe(false)
  })

  it('should keep a keyed feed only with the key it was rendered with into the live build, in publishes only', () => {
    const owner = {}
    const first = staticPlan(owner, '/b/1', '/b/2', new Set(), NOON)
    expect(first.keepKeyed('units/a/rss.xml', 'k1')).toBe(false)
    first.renderedKeyed('units/a/rss.xml', 'k1')
    first.renderedKeyed('units/b/rss.xml', 'k2')
    // Next publish on top of /b/2: a's key is the same (kept), b's changed (rendered again).
    const second = staticPlan(owner, '/b/2', '/b/3', new Set(['exposures']), NOON)
    expect(second.keepKeyed('units/a/rss.xml', 'k1')).toBe(true)
    expect(second.keepKeyed('units/b/rss.xml', 'k2-new')).toBe(false)
    second.renderedKeyed('units/b/rss.xml', 'k2-new')
    // A feed not listed in the second build (its route kept) is still known with its key in the third.
    const third = staticPlan(owner, '/b/3', '/b/4', new Set(), NOON)
    expect(third.keepKeyed('units/a/rss.xml', 'k1')).toBe(true)
    expect(third.keepKeyed('units/b/rss.xml', 'k2')).toBe(false)
    expect(third.keepKeyed('units/b/rss.xml', 'k2-new')).toBe(true)
    // A build that never went live (/b/4): nothing is kept on top of /b/3 again.
    expect(staticPlan(owner, '/b/3', '/b/5', new Set(), NOON).keepKeyed('units/a/rss.xml', 'k1')).toBe(false)
    // A preview never keeps a keyed feed (it has no build of its own), nor does a new China day.
    const previewOwner = {}
    staticPlan(previewOwner, '/live/1', null, new Set(), NOON).renderedKeyed('units/a/rss.xml', 'k1')
    expect(staticPlan(previewOwner, '/live/1', null, new Set(), NOON).keepKeyed('units/a/rss.xml', 'k1')).toBe(false)
    const dayOwner = {}
    staticPlan(dayOwner, '/b/1', '/b/2', new Set(), NOON).renderedKeyed('units/a/rss.xml', 'k1')
    expect(staticPlan(dayOwner, '/b/2', '/b/3', new Set(), new Date('2026-12-07T16:00:00Z')).keepKeyed('units/a/rss.xml', 'k1')).toBe(false)
  })

  it("should see the collections pages read through Astro's store and those loaders write, even unchanged", () => {
    const store: Store = new Map([['bulletins', new Map([['a', { id: 'a', data: {}, digest: 'x' }]])]])
    const reads: string[] = []
    const unwatch = watchReads(store, (name) => reads.push(name))
    store.get('bulletins')
    store.has('exposures')
    unwatch()
    store.get('units')
    expect(reads).toEqual(['bulletins', 'exposures'])
    const touched: [string, unknown][] = []
    const scoped = scopedStore(store, 'bulletins', (name, change) => touched.push([name, change]))
    scoped.set({ id: 'a', data: {}, digest: 'x' })
    scoped.set({ id: 'a', data: { b: 1 }, digest: 'y' })
    scoped.delete('nothing')
    expect(touched).toEqual([
      ['bulletins', false],
      ['bulletins', true],
      ['bulletins', false],
    ])
  })
})

describe('routes not listed again', () => {
  it('should name a route as the page manifest does (its file under site/pages, no extension)', () => {
    expect(routeKey({ component: 'site/pages/bulletins/[slug].astro' } as RouteData)).toBe('bulletins/[slug]')
    expect(routeKey({ component: 'site/pages/[section]/[...page].astro' } as RouteData)).toBe('[section]/[...page]')
  })

  it('should keep a route unlisted only while nothing its getStaticPaths read was written, on the build it was listed for', () => {
    const owner = {}
    staticPlan(owner, '/b/1', '/b/2', new Set(), NOON)?.listed('bulletins/[slug]', new Set(['bulletins', 'units']))
    const second = staticPlan(owner, '/b/2', '/b/3', new Set(['exposures']), NOON)
    expect(second.keepList('bulletins/[slug]')).toBe(true)
    expect(second.keepList('exposures/[slug]')).toBe(false)
    const third = staticPlan(owner, '/b/3', '/b/4', new Set(['units']), NOON)
    expect(third.keepList('bulletins/[slug]')).toBe(false)
  })
})

describe('what a sync changed', () => {
  const identity = (name: string) => ({
    name: 'identity',
    load: async ({ store }: { store: { clear(): void; set(entry: { id: string; data: unknown }): void } }) => {
      store.clear()
      store.set({ id: 'site', data: { name } })
    },
  })
  const ticker = {
    name: 'ticker',
    load: async ({ store }: { store: { set(entry: { id: string; data: unknown; digest: string }): void } }) =>
      store.set({ id: 'a', data: {}, digest: 'same' }),
  }

  it('should count a cleared and refilled collection only when its entries differ, and any re-read of a clock-driven one', async () => {
    const store: Store = new Map()
    const sync = (name: string) =>
      syncWithLoaders(
        store,
        { siteIdentity: identity(name), exposures: ticker, bulletins: ticker } as never,
        '/tmp',
        () => undefined,
        new Set(['exposures']),
      )
    expect([...(await sync('示范市'))].sort()).toEqual(['bulletins', 'exposures', 'siteIdentity'])
    expect([...(await sync('示范市'))].sort()).toEqual(['exposures'])
    expect([...(await sync('新名字'))].sort()).toEqual(['exposures', 'siteIdentity'])
  })

  it('should count a clock-driven re-read only when clockDue says the clock changed the entry', async () => {
    const store: Store = new Map()
    const seen: unknown[] = []
    const sync = (due: boolean) =>
      syncWithLoaders(
        store,
        { exposures: ticker } as never,
        '/tmp',
        () => undefined,
        new Set(['exposures']),
        (data) => {
          seen.push(data)
          return due
        },
      )
    expect([...(await sync(false))]).toEqual(['exposures']) // new entry: a change whatever the clock
    expect([...(await sync(false))]).toEqual([])
    expect([...(await sync(true))]).toEqual(['exposures'])
    expect(seen).toEqual([{}, {}])
  })
})
