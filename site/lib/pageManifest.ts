/**
 * A build's page manifest, as the site's routes write and read it (site/lib/buildScope.ts): every
 * dynamic route records each page it has with its cacheKey; a targeted build renders the pages whose
 * key changed. The publisher (publisher/rules/affectedPages.ts) reads the same manifests. Pure.
 */

/** pathname → cacheKey of every page a route has, e.g. '/bulletins/a/' → 'x1…'. */
export type PageKeys = Readonly<Record<string, string>>
/** Every dynamic page of one build, by route ('bulletins/[slug]'). */
export type PageManifest = Readonly<Record<string, PageKeys>>

/** The page a route's params produce, as a pathname with a trailing slash (trailingSlash: 'always'). */
export function routePath(route: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const parts = route.split('/').map((segment) => {
    const match = /^\[(\.\.\.)?([A-Za-z0-9_]+)\]$/.exec(segment)
    if (!match) return segment
    const value = params[match[2] as string]
    if (value === undefined || value === '') {
      if (match[1]) return ''
      throw new Error(`route ${route}: param ${match[2]} is missing`)
    }
    return String(value)
  })
  const joined = parts.filter((part) => part !== '').join('/')
  return joined === '' ? '/' : `/${joined}/`
}

/**
 * The pages of one route a targeted build renders: new pages and pages whose key changed since the
 * live build. `previous` null (no manifest for this route in the live build) renders every page.
 */
export function pagesToRender(current: PageKeys, previous: PageKeys | null): Set<string> {
  if (previous === null) return new Set(Object.keys(current))
  return new Set(Object.keys(current).filter((pathname) => previous[pathname] !== current[pathname]))
}

/** Parse a stored manifest; anything malformed is null (the build then renders everything). */
export function parseManifest(text: string | null): PageManifest | null {
  if (text === null) return null
  try {
    const raw: unknown = JSON.parse(text)
    if (typeof raw !== 'object' || raw === null) return null
    for (const keys of Object.values(raw)) {
      if (typeof keys !== 'object' || keys === null) return null
      if (!Object.values(keys).every((key) => typeof key === 'string')) return null
    }
    return raw as PageManifest
  } catch {
    return null
  }
}

/** The file a route writes its part of the next manifest to ('exposures/unit/[unit]/[...page]' → 'exposures_unit__unit___...page_.json'). */
export const partFile = (route: string): string => `${route.replace(/[^A-Za-z0-9.-]/g, '_')}.json`
