/**
 * An Astro integration the long-lived build process (publisher/buildWorker.ts) adds to its publish
 * builds: it hands what each build made to the build process, through the callback the process gives
 * it — Astro's prerender app, with every page module of the site loaded, and the content store Map
 * its pages read. keptRenderer.ts renders later targeted publishes with them. Small on purpose:
 * Astro loads it on every build. The app and the store are Astro's private parts (internals.mjs,
 * touch points 3 and 4).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro'
import type { PageSettings } from '../../site/lib/pageSettings.ts'
import { capturePrerenderApp, lastLoadedStore, type PrerenderApp, type Store } from './internals.mjs'
import type { PrerenderTap } from './prerenderTaps.ts'

export type { Store } from './internals.mjs'
/** `page`: the page settings the build rendered with (its loaders run again with them, keptRenderer.ts). */
export type Kept = { app: PrerenderApp; store: Store; site: string; page: PageSettings }

/**
 * Calls `onKept` after each build with what it made (null when the build left no app or store).
 * `tap` goes to the build's prerender taps (prerenderTaps.ts, publisher/astro/siteConfig.mjs).
 */
export function keepRenderer(
  onKept: (kept: Kept | null) => void,
  page: PageSettings,
): { integration: AstroIntegration; tap: PrerenderTap } {
  let site = ''
  let app: PrerenderApp | null = null
  const tap = (prerenderer: AstroPrerenderer) => capturePrerenderApp(prerenderer, (made) => (app = made))
  const integration: AstroIntegration = {
    name: 'campaign:kept-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? ''
      },
      'astro:build:start': () => {
        app = null
      },
      'astro:build:done': () => {
        const store = lastLoadedStore()
        onKept(app && store ? { app, store, site, page } : null)
      },
    },
  }
  return { integration, tap }
}
