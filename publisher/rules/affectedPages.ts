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

import { sectionTypes } from '../../cms/domain/contentTypes/index.ts'
import type { PageKeys, PageManifest } from '../../site/lib/pageManifest.ts'

export { pagesToRender, parseManifest, routePath } from '../../site/lib/pageManifest.ts'
export type { PageKeys, PageManifest }

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
 * Files other routes make beside a page, with the same params, that go when the page goes. A unit's
 * feeds (site/pages/units/[slug]/rss.xml.ts and feed.json.ts) are in no page manifest — it lists HTML
 * pages; the kept renderer keeps their keys — so nothing else would remove a deleted unit's feeds, and
 * their items' titles would stay public until the next full build (ARCHITECTURE rule 20).
 */
const FILES_BESIDE_PAGE: readonly { page: RegExp; files: readonly string[] }[] = [
  { page: /^\/units\/[^/]+\/$/, files: ['rss.xml', 'feed.json'] },
]

/** Every built file a removed page takes with it: its own and the files beside it (FILES_BESIDE_PAGE). */
export function removedPageFiles(pathname: string): string[] {
  const folder = pathname.replace(/^\/+/, '')
  const beside = FILES_BESIDE_PAGE.filter(({ page }) => page.test(pathname)).flatMap(({ files }) => files.map((file) => `${folder}${file}`))
  return [...beside, pageFile(pathname)]
}

/**
 * Pages the search index leaves out: the home page, the search page, 404 and the list pages (section
 * lists, their later pages and filters), whose text is their items' own pages' text again — a search
 * answers with the documents themselves. Knowledge topics and ads are kept: they are those items'
 * only pages. Besides better answers, an edit re-indexes only its own pages.
 */
const NOT_SEARCHED = [
  /^index\.html$/,
  /^404\.html$/,
  // The 410 notice of withdrawn items and the partners' embeds (their full pages are searched).
  /^410\//,
  /^embed\//,
  /^search\//,
  // The residents' forms (随手拍, a nominee's or a civility title's 异议反馈): nothing to search for.
  /^report\//,
  /^good-people\/[^/]+\/objection\//,
  /^titles\/[^/]+\/objection\//,
  // 应知应会测试: questions drawn per visit by the server; the knowledge pages hold the same facts.
  /^quiz\//,
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
export type BuildInfo = {
  codeHash: string
  shards: number
  full: boolean /** Its HTML pages (builds from before it was kept: none). */
  pages?: number
}

export type BuildKind = { kind: 'full'; reason: string } | { kind: 'targeted' }

/** Full when asked for, when there is no live build to start from, or when code, schema or lockfile changed. */
export function buildKind(options: { wantFull: boolean; codeHash: string; live: BuildInfo | null; hasManifest: boolean }): BuildKind {
  if (options.wantFull) return { kind: 'full', reason: 'requested' }
  if (!options.live || !options.hasManifest) return { kind: 'full', reason: 'no live build to start from' }
  if (options.live.codeHash !== options.codeHash) return { kind: 'full', reason: 'code, schema or lockfile changed' }
  return { kind: 'targeted' }
}
