import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * In a build, Astro puts the whole content store (its cache folder's data-store.json, about 9 MB at
 * 10,000 items) into the page bundle as one string literal, so every publish pushes those 9 MB
 * through the bundler (about 1 s of each targeted build at that size). This serves the same module
 * with code that reads the same file when the page bundle is loaded, in the same build process, once
 * the content is synced: the same data, without the bundler, in id order (storeOrder.mjs). It
 * hands Astro the store as the Map Astro reads from, and hands the same Map to
 * contentStoreChannel.mjs, from where the kept renderer (keptApp.ts, keptRenderer.ts) updates it
 * between builds. The module keeps Astro's "content data" mark, so the incremental build cache still
 * leaves content out of each page's code hash (pages are matched by their cacheKey, as before).
 *
 * Framework detail (ARCHITECTURE rule 16), kept to this file: `astro:data-layer-content` is the id
 * of Astro's own virtual module for the store; Astro has no public way to serve it differently. If
 * an upgrade renames it, this plugin no longer answers, builds bundle the store as before, and the
 * kept renderer gets no store: tests/e2e/publish.test.ts ("kept renderer") fails.
 */
const DATA_STORE_MODULE = 'astro:data-layer-content'
const RESOLVED = `\0campaign:${DATA_STORE_MODULE}`
/** Imported by the bundle at run time, not bundled: one module instance for the process (contentStoreChannel.mjs). */
const CHANNEL = fileURLToPath(new URL('./contentStoreChannel.mjs', import.meta.url))

/** @param {string} file the data store's absolute path */
function dataStoreAtRuntime(file) {
  return {
    name: 'campaign:content-store-at-runtime',
    enforce: /** @type {const} */ ('pre'),
    resolveId(id) {
      if (id === CHANNEL) return { id: CHANNEL, external: true }
      return id === DATA_STORE_MODULE ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      const load = fs.existsSync(file) ? `unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')))` : 'new Map()'
      const code = [
        `import { readFileSync } from 'node:fs'`,
        `import { unflatten } from 'devalue'`,
        `import { inIdOrder } from ${JSON.stringify(fileURLToPath(new URL('./storeOrder.mjs', import.meta.url)))}`,
        `import { storeLoaded } from ${JSON.stringify(CHANNEL)}`,
        `const store = inIdOrder(${load})`,
        'storeLoaded(store)',
        'export default store',
      ].join('\n')
      return { code, map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } }
    },
  }
}

/** @returns {import('astro').AstroIntegration} */
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
        vite.plugins = [dataStoreAtRuntime(file), ...(vite.plugins ?? [])]
      },
    },
  }
}
