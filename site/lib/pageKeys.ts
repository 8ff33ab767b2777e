/** Page cache keys (site/lib/cacheKey.ts explains what goes in). Pure: no Astro imports, unit-tested. */
import { createHash } from 'node:crypto'

/** Each path with its key: a hash of what every page shares (identity, settings) and of the path's props. */
export function cacheKeysFor<T extends { props: unknown }>(paths: T[], shared: unknown): (T & { cacheKey: string })[] {
  const sharedJson = JSON.stringify(shared ?? null)
  return paths.map((path) => ({
    ...path,
    cacheKey: createHash('sha1').update(sharedJson).update('\n').update(JSON.stringify(path.props)).digest('base64url'),
  }))
}
