/**
 * Every collection of a content store (Map of collection → Map of id → entry) in id order. Astro's
 * store keeps entries in the order its loaders happened to add them, which depends on what was
 * synced when; pages that list entries without sorting them would then differ between two builds of
 * the same content. Both ways the site is rendered (astro build, contentStore.mjs; the kept renderer,
 * keptRenderer.ts) put the store in this one order first. Meta collections are left as they are.
 * @param {Map<string, Map<string, unknown>>} store
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
