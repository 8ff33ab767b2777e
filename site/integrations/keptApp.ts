/**
 * Keeps, in the build process, what each `astro build` made: Astro's prerender app (through the
 * `prerenderer` an integration may wrap, AstroPrerenderer in Astro's integration API) with every
 * page module of the site loaded, and the content store Map its pages read (contentStore.mjs leaves
 * it on globalThis). keptRenderer.ts renders later targeted publishes with them. Small on purpose:
 * astro.config.mjs loads this file on every build.
 */
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro'
import { CONTENT_STORE_KEY } from './contentStore.mjs'

export type Store = Map<string, Map<string, unknown>>
/** The parts of Astro's prerender app (BuildApp) used here; StaticPaths uses the rest itself. */
type PrerenderApp = {
  manifest: { routes: { routeData: RouteData }[] }
  routeCache: { clearAll(): void }
  render(request: Request, options: { routeData: RouteData }): Promise<Response>
}
export type Kept = { app: PrerenderApp; store: Store; site: string }

const KEPT = Symbol.for('campaign.keptRenderer')
const globals = globalThis as Record<symbol, unknown>

/** What the last Astro build in this process left (null: nothing yet, or forgotten). */
export const keptRenderer = (): Kept | null => (globals[KEPT] as Kept | undefined) ?? null
export function forgetRenderer(): void {
  delete globals[KEPT]
}

/** The Astro integration that keeps the app and content store of each build (astro.config.mjs). */
export function keepRenderer(): AstroIntegration {
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
        const store = globals[Symbol.for(CONTENT_STORE_KEY)] as Store | undefined
        if (app && store instanceof Map) globals[KEPT] = { app, store, site } satisfies Kept
        else forgetRenderer()
      },
    },
  }
}
