/**
 * Astro keeps ONE prerenderer per build: the last integration calling `setPrerenderer` wins. The
 * publisher watches it for two things — the search index fed while pages render (pagefindLive.mjs)
 * and the prerender app kept for targeted publishes (keptApp.ts) — so this one integration sets it,
 * with each tap wrapping the default prerenderer in turn. Public API only (`setPrerenderer`, the
 * `AstroPrerenderer` interface).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro'

/** Wraps a prerenderer (and returns it, or one that delegates to it). */
export type PrerenderTap = (prerenderer: AstroPrerenderer) => AstroPrerenderer

/** Apply the taps in order (the first wraps Astro's default prerenderer). Pure. */
export const applyTaps = (prerenderer: AstroPrerenderer, taps: readonly PrerenderTap[]): AstroPrerenderer =>
  taps.reduce((wrapped, tap) => tap(wrapped), prerenderer)

/** Sets the build's prerenderer to Astro's default one with every tap applied; sets nothing without taps. */
export function prerenderTaps(taps: readonly (PrerenderTap | null | undefined)[]): AstroIntegration {
  const used = taps.filter((tap): tap is PrerenderTap => typeof tap === 'function')
  return {
    name: 'campaign:prerender-taps',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (used.length > 0) setPrerenderer((prerenderer: AstroPrerenderer) => applyTaps(prerenderer, used))
      },
    },
  }
}
