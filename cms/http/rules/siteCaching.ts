/**
 * Cache-Control of the static site, by path — one rule for the built-in server
 * (publisher/siteHandler.ts) and the nginx front generated from it (deploy/nginx.ts). Pure.
 * Pages and feeds revalidate on every request, so a publish is visible at once; hashed build
 * assets (/_astro/, a new name whenever the bytes change) and uploads (/media/, a unique name per
 * upload) are immutable. Draft previews are never stored.
 */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate'
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
export const PREVIEW_CACHE = 'no-store'
/** Path prefixes whose files never change under one name. */
export const IMMUTABLE_PREFIXES = ['/_astro/', '/media/'] as const

export function siteCacheControl(pathname: string, preview = false): string {
  if (preview) return PREVIEW_CACHE
  return IMMUTABLE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ? IMMUTABLE_CACHE : PAGE_CACHE
}
