/**
 * How the content store a page bundle reads reaches the kept renderer (keptApp.ts). The bundle's
 * data module (contentStore.mjs) imports this file as an external module, by its path, so the build
 * process and every page bundle it loads share this one module instance: each bundle hands over its
 * store when it loads, and the kept-renderer integration takes the one of the build that just ran.
 */

/** @type {Map<string, Map<string, unknown>> | null} */
let loaded = null

/** Called by a page bundle's data module with the store its pages read. */
export function storeLoaded(store) {
  loaded = store
}

/** The store of the page bundle loaded last (null before any). */
export function lastLoadedStore() {
  return loaded
}
