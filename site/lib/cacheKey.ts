import { getEntry } from 'astro:content'
import PAGE_SETTINGS from 'virtual:campaign/page-settings'
import { cacheKeysFor } from './pageKeys.ts'

export { cacheKeysFor } from './pageKeys.ts'

/**
 * Astro's incremental build reuses a page when its cacheKey and its code are unchanged, and a
 * targeted build renders only the pages whose key differs from the live build's manifest. A page is
 * a pure function of its props (computed in getStaticPaths), of what the layout shows on every page
 * — the site identity (网站设置: site name in titles and header, the footer) — and of the settings
 * that change what pages show (site/lib/pageSettings.ts), so the key is a hash of all three.
 * Editing the identity or changing such a setting therefore re-renders every page, and nothing else does.
 */
export async function sharedPageData(): Promise<unknown> {
  return { identity: (await getEntry('siteIdentity', 'site'))?.data ?? null, settings: PAGE_SETTINGS }
}

/** The cache keys of a route's paths: each path's props plus the shared layout data and settings. */
export async function withCacheKeys<T extends { props: unknown }>(paths: T[]): Promise<(T & { cacheKey: string })[]> {
  return cacheKeysFor(paths, await sharedPageData())
}
