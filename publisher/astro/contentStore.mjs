import { fileURLToPath } from 'node:url'
import { contentStoreAtRuntime } from './internals.mjs'

/**
 * In a build, Astro puts the whole content store (its cache folder's data-store.json, about 9 MB at
 * 10,000 items) into the page bundle as one string literal, so every publish pushes those 9 MB
 * through the bundler (about 1 s of each targeted build at that size). This integration serves the
 * same module with code that reads the same file when the page bundle is loaded, once the content is
 * synced: the same data, without the bundler, in id order, handed to the kept renderer (keptApp.ts).
 * How, and why through Astro's private module id, is touch points 1-3 of internals.mjs.
 * @returns {import('astro').AstroIntegration}
 */
export function contentStore() {
  let file = ''
  return {
    name: 'campaign:content-store',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = fileURLToPath(new URL('data-store.json', config.cacheDir))
      },
      // First in the bundle's plugin list: Astro's own content plugin would answer the id otherwise.
      'astro:build:setup': ({ vite }) => {
        vite.plugins = [contentStoreAtRuntime(file), ...(vite.plugins ?? [])]
      },
    },
  }
}
