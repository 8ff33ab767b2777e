/**
 * Which API requests the per-process response cache (cms/http/apiCache.ts) may answer. Pure.
 * Only anonymous reads of public content: a GET of a public collection's list or one document, or
 * of a public global, from a caller with no credentials at all (no Authorization header, no cookie
 * but the admin-language one, no Origin that would need CORS headers), and never a draft read.
 * The cache fills itself with a request that carries no credentials either, so what it stores is
 * exactly what any anonymous caller gets.
 */
export const API_CACHE_TTL_MS = 10_000

export type ApiRequestShape = {
  method: string
  url: string
  authorization?: string | undefined
  cookie?: string | undefined
  origin?: string | undefined
}

const MAX_KEY_LENGTH = 2_000
const HARMLESS_COOKIES = new Set(['payload-lng'])
const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

function onlyHarmlessCookies(cookie: string | undefined): boolean {
  if (!cookie) return true
  return cookie
    .split(';')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .every((name) => name === '' || HARMLESS_COOKIES.has(name))
}

/** `/api/<collection>`, `/api/<collection>/<id>` of a public collection, or `/api/globals/<global>` of a public global. */
export function isPublicReadPath(pathname: string, collections: readonly string[], globals: readonly string[]): boolean {
  const parts = pathname.split('/').slice(1)
  if (parts[0] !== 'api' || parts.some((part) => part === '')) return false
  if (parts[1] === 'globals') return parts.length === 3 && globals.includes(parts[2] ?? '')
  return (parts.length === 2 || parts.length === 3) && collections.includes(parts[1] ?? '')
}

/** The cache key (the full path and query) when the cache may answer this request, otherwise null. */
export function apiCacheKey(request: ApiRequestShape, collections: readonly string[], globals: readonly string[]): string | null {
  if (request.method !== 'GET' || request.url.length > MAX_KEY_LENGTH) return null
  if (request.authorization || request.origin || !onlyHarmlessCookies(request.cookie)) return null
  const [pathname = '', query = ''] = request.url.split('?')
  if (!isPublicReadPath(pathname, collections, globals)) return null
  const params = new URLSearchParams(query)
  if (params.has('draft')) return null
  return request.url
}

/** A completed write (any method but a read, answered below 400) may change what is public: drop the cache. */
export function invalidatesApiCache(method: string | undefined, status: number): boolean {
  return !READS.has((method ?? 'GET').toUpperCase()) && status < 400
}
