/**
 * An Astro integration the long-lived build process (publisher/buildWorker.ts) adds to its publish
 * builds (as inline config): it hands what each build made to the build process, through the
 * callback the process gives it — Astro's prerender app (through the `prerenderer` an integration
 * may wrap, AstroPrerenderer in Astro's integration API), with every page module of the site loaded,
 * and the content store Map its pages read (contentStoreChannel.mjs). keptRenderer.ts renders later
 * targeted publishes with them. Small on purpose: Astro loads it on every build.
 *
 * Framework detail (ARCHITECTURE rule 16): the default prerenderer's `app` and the app's `render`
 * and `routeCache` are Astro's, not a documented API. If an upgrade changes them, kept renders fail
 * and publishing falls back to Astro builds; tests/e2e/publish.test.ts ("kept renderer") fails.
 */
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro'
import { lastLoadedStore } from './contentStoreChannel.mjs'

export type Store = Map<string, Map<string, unknown>>
/** The parts of Astro's prerender app (BuildApp) used here; StaticPaths uses the rest itself. */
type PrerenderApp = {
  manifest: { routes: { routeData: RouteData }[] }
  routeCache: { clearAll(): void }
  render(request: Request, options: { routeData: RouteData }): Promise<Response>
}
export type Kept = { app: PrerenderApp; store: Store; site: string }

/** Calls `onKept` after each build with what it made (null when the build left no app or store). */
export function keepRenderer(onKept: (kept: Kept | null) => void): AstroIntegration {
  let site = ''
  let app: PrerenderApp | null = null
  return {
    name: 'campaign:kept-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? ''
      },
      'astro:build:start': ({ setPrerenderer }) => {
        app = null
        setPrerenderer((prerenderer: AstroPrerenderer) => {
          const setup = prerenderer.setup?.bind(prerenderer)
          prerenderer.setup = async () => {
            await setup?.()
            app = ((prerenderer as AstroPrerenderer & { app?: PrerenderApp }).app ?? null) as PrerenderApp | null
          }
          return prerenderer
        })
      },
      'astro:build:done': () => {
        const store = lastLoadedStore()
        onKept(app && store ? { app, store, site } : null)
      },
    },
  }
}
