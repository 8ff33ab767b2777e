/** Page cache keys (site/lib/cacheKey.ts explains what goes in). Pure: no Astro imports, unit-tested. */
import { createHash } from 'node:crypto'

/**
 * The digest of each object value hashed so far, by identity (issue 26). A detail route's props hold its
 * entry's data as the content store keeps it (`{ item: entry.data }`), the same object from build to build
 * while the entry is unchanged (a changed entry is a new object); a list route's filters are one object
 * shared by all its pages. A unit rename lists nearly every route: the keys of ~11,600 pages at 10,000
 * items, each a JSON.stringify and a sha1 of whole entries (a profiled rename: 2.0 s and 1.2 s of its
 * build's CPU), for ~1,700 changed pages. Values given to cacheKeysFor are never changed afterwards (the
 * store's entries and the props routes make for one listing are read-only, ARCHITECTURE rule 5).
 */
const digests = new WeakMap<object, string>()

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url')

/** A value's digest: an object's remembered by identity, anything else hashed from its JSON. */
function digestOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `=${JSON.stringify(value) ?? 'undefined'}`
  const known = digests.get(value)
  if (known !== undefined) return known
  const digest = sha1(JSON.stringify(value))
  digests.set(value, digest)
  return digest
}

/**
 * Each path with its key: a hash of what every page shares (identity, settings) and of the path's props,
 * each top-level prop by its digest (its name and digest in the props' order: a key changes when any
 * value, at any depth, or the order changes).
 */
export function cacheKeysFor<T extends { props: unknown }>(paths: T[], shared: unknown): (T & { cacheKey: string })[] {
  const sharedDigest = sha1(JSON.stringify(shared ?? null))
  return paths.map((path) => {
    const props = path.props
    const parts =
      typeof props === 'object' && props !== null && !Array.isArray(props)
        ? Object.entries(props).map(([name, value]) => `${JSON.stringify(name)}:${digestOf(value)}`)
        : [digestOf(props)]
    return { ...path, cacheKey: sha1(`${sharedDigest}\n${parts.join('\n')}`) }
  })
}
