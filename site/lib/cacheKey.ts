import { getEntry } from 'astro:content'
import { createHash } from 'node:crypto'

/**
 * Astro's incremental build reuses a page when its cacheKey and its code are unchanged. A page is a
 * pure function of its props (computed in getStaticPaths) and of what the layout shows on every
 * page — the site identity (网站设置: site name in titles and header, the footer) — so the key is a
 * hash of both. Editing the identity therefore re-renders every page, and nothing else does.
 */
export function cacheKeysFor<T extends { props: unknown }>(paths: T[], shared: unknown): (T & { cacheKey: string })[] {
  const sharedJson = JSON.stringify(shared ?? null)
  return paths.map((path) => ({
    ...path,
    cacheKey: createHash('sha1').update(sharedJson).update('\n').update(JSON.stringify(path.props)).digest('base64url'),
  }))
}

/** What the layout shows on every page (Base.astro and Footer.astro read the same entry). */
export async function sharedPageData(): Promise<unknown> {
  return (await getEntry('siteIdentity', 'site'))?.data ?? null
}

/** The cache keys of a route's paths: each path's props plus the shared layout data. */
export async function withCacheKeys<T extends { props: unknown }>(paths: T[]): Promise<(T & { cacheKey: string })[]> {
  return cacheKeysFor(paths, await sharedPageData())
}
