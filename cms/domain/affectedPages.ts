/**
 * Which pages a targeted build renders, which it removes and which search shard holds a page. Pure.
 *
 * Every dynamic route records each page it has with its cacheKey (a hash of the page's props and of
 * what every page's layout shows: site/lib/cacheKey.ts) in a page manifest kept with each build. A
 * changed document changes the props of exactly the pages that show it — its detail page, the list
 * and pagination pages it is on (and every later page when the order shifts), its unit's pages, a
 * renamed unit's or re-captioned image's every page — so comparing this build's keys with the live
 * build's finds the affected pages without a hand-kept table that could forget one. Routes without
 * getStaticPaths (home, feeds, section front pages, sitemap, search, 404) are few and always render.
 */

import { sectionTypes } from './contentTypes/index.ts'

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

/** Pages the live build has and this build no longer does (unpublished, renamed, a shorter list). */
export function pagesRemoved(current: PageManifest, previous: PageManifest): string[] {
  const now = new Set(Object.values(current).flatMap((keys) => Object.keys(keys)))
  return Object.values(previous)
    .flatMap((keys) => Object.keys(keys))
    .filter((pathname) => !now.has(pathname))
    .sort()
}

/** The built file of a page (build.format 'directory'). */
export const pageFile = (pathname: string): string => `${pathname.replace(/^\/+/, '')}index.html`

/**
 * Pages the search index leaves out: the home page, the search page, 404 and the list pages (section
 * lists, their later pages and filters), whose text is their items' own pages' text again — a search
 * answers with the documents themselves. Knowledge topics and ads are kept: they are those items'
 * only pages. Besides better answers, an edit re-indexes only its own pages.
 */
const NOT_SEARCHED = [
  /^index\.html$/,
  /^404\.html$/,
  /^search\//,
  // The residents' forms (随手拍, a nominee's 异议反馈): nothing to search for.
  /^report\//,
  /^good-people\/[^/]+\/objection\//,
  // Each section's list pages and filtered lists, as the content-type table says (cms/domain/contentTypes).
  ...sectionTypes.flatMap((type) => [
    ...(type.site.listsSearchable ? [] : [new RegExp(`^${type.site.route}\\/(page\\/\\d+\\/)?index\\.html$`)]),
    ...type.site.filterRoutes.map((filter) => new RegExp(`^${type.site.route}\\/${filter}\\/`)),
  ]),
]

/** Is this built HTML file ('bulletins/a/index.html') in the search index? */
export const isSearchable = (file: string): boolean => !NOT_SEARCHED.some((pattern) => pattern.test(file))

/**
 * Base search index shards (a full build): about this many pages each; the search page merges them
 * all (two small files each, fetched at once; Pagefind's wasm only once). An edit or a takedown of a
 * page writes its whole shard again (searchLayers.ts), so shards are small: 100 pages, 64 at most
 * (about 140 pages each at 10,000 items).
 */
export const PAGES_PER_SHARD = 100
export const MAX_SHARDS = 64

export function shardCount(pages: number): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(pages / PAGES_PER_SHARD)))
}

/** The shard a page's search entry lives in: a stable hash of its built file path (FNV-1a). */
export function shardOf(file: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < file.length; i++) {
    hash ^= file.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % shards
}

/** A shard's folder under the site: shard 0 is /pagefind/ itself (what /pagefind/pagefind.js serves), the others beside it. */
export const shardDir = (shard: number): string => (shard === 0 ? 'pagefind' : `pagefind/shard-${shard}`)

/** What the live build was built from; a targeted build is only possible on top of the same code. */
export type BuildInfo = { codeHash: string; shards: number; full: boolean }

export type BuildKind = { kind: 'full'; reason: string } | { kind: 'targeted' }

/** Full when asked for, when there is no live build to start from, or when code, schema or lockfile changed. */
export function buildKind(options: { wantFull: boolean; codeHash: string; live: BuildInfo | null; hasManifest: boolean }): BuildKind {
  if (options.wantFull) return { kind: 'full', reason: 'requested' }
  if (!options.live || !options.hasManifest) return { kind: 'full', reason: 'no live build to start from' }
  if (options.live.codeHash !== options.codeHash) return { kind: 'full', reason: 'code, schema or lockfile changed' }
  return { kind: 'targeted' }
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
