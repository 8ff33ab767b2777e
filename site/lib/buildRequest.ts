/**
 * What one Astro build is for, as data: the contract of what a build of this site accepts (the site
 * owns it; the publisher imports it). The site builder sends it to the build process with the job
 * (publisher/runners.ts); the build process gives it to the publisher's integrations as an argument
 * (astro.config.mjs siteConfig) and to the site as the virtual module BUILD_REQUEST_MODULE, read once
 * by site/content.config.ts and handed to the loaders; the routes read it from the `build`
 * collection (site/lib/buildScope.ts). A plain `astro build` gets DEFAULT_BUILD_REQUEST. Pure.
 */
export type BuildRequest = {
  /** Index the built pages for search (Pagefind) before the build is reported done. */
  searchIndex: boolean
  /** Merge this one draft in (preview builds only; they never go live). */
  preview: { collection: string; id: string } | null
  /**
   * Targeted build: render only the pages whose cacheKey differs from this earlier build's page
   * manifest (PAGES_FILE inside `baseDir`), plus the routes without getStaticPaths. Null renders every page.
   * `into`: the new build folder, made as a hard-link snapshot of `baseDir` with the rendered pages
   * renamed over it (null: a preview, served from the rendered pages with the live site behind them).
   */
  targeted: { baseDir: string; into: string | null } | null
  /** Where each route writes every page it has with its key (the next build's manifest); null: nowhere. */
  pagesDir: string | null
}

/** The virtual module whose default export is this build's request (site/buildRequestModule.d.ts). */
export const BUILD_REQUEST_MODULE = 'virtual:campaign/build-request'
/** Build metadata kept inside each build folder (a dot folder: the static server never serves it). */
export const BUILD_META_DIR = '.build'
export const PAGES_FILE = `${BUILD_META_DIR}/pages.json`
export const INFO_FILE = `${BUILD_META_DIR}/info.json`
/** What a targeted build's assembly did that the site builder needs: the HTML pages it added and removed (publisher/astro/targetedBuild.mjs). */
export const ASSEMBLED_FILE = `${BUILD_META_DIR}/assembled.json`
/** Which uploads each page and feed of a build links (cms/storage/linkedMedia.ts MediaIndex): a targeted build re-reads only its own files. */
export const MEDIA_INDEX_FILE = `${BUILD_META_DIR}/media.json`
/** The search index's own bookkeeping (publisher/rules/searchLayers.ts): where each page's entry is. */
export const SEARCH_STATE_FILE = `${BUILD_META_DIR}/search.json`
export const DEFAULT_BUILD_REQUEST: BuildRequest = { searchIndex: true, preview: null, targeted: null, pagesDir: null }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isAbsolute = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/')

/**
 * Check a build request's JSON (as it reaches the build process over IPC, publisher/buildWorker.ts);
 * anything malformed is an error naming the field (a build must not guess). Null: a plain build.
 */
export function parseBuildRequest(text: string | null): BuildRequest {
  if (text === null) return DEFAULT_BUILD_REQUEST
  const raw: unknown = JSON.parse(text)
  if (!isRecord(raw) || typeof raw.searchIndex !== 'boolean') throw new Error(`build request: searchIndex must be true or false`)
  const preview = raw.preview ?? null
  if (preview !== null && !(isRecord(preview) && typeof preview.collection === 'string' && typeof preview.id === 'string'))
    throw new Error(`build request: preview must be null or { collection, id } strings`)
  const targeted = raw.targeted ?? null
  if (targeted !== null && !(isRecord(targeted) && isAbsolute(targeted.baseDir) && (targeted.into === null || isAbsolute(targeted.into))))
    throw new Error(`build request: targeted must be null or { baseDir, into } with absolute paths`)
  const pagesDir = raw.pagesDir ?? null
  if (pagesDir !== null && !isAbsolute(pagesDir)) throw new Error(`build request: pagesDir must be null or an absolute path`)
  return {
    searchIndex: raw.searchIndex,
    preview: preview === null ? null : { collection: preview.collection as string, id: preview.id as string },
    targeted: targeted === null ? null : { baseDir: targeted.baseDir as string, into: targeted.into as string | null },
    pagesDir: pagesDir as string | null,
  }
}
