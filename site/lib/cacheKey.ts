import { createHash } from 'node:crypto'

/**
 * Astro's incremental build reuses a page when its cacheKey and its code are unchanged. Every page
 * here is a pure function of its props (computed in getStaticPaths), so the key is a hash of them.
 */
export function withCacheKeys<T extends { props: unknown }>(paths: T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: createHash('sha1').update(JSON.stringify(path.props)).digest('base64url') }))
}
