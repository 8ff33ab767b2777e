/**
 * What one Astro build is for, as data. The site builder writes it into the build's own Astro
 * cache folder (BUILD_REQUEST_FILE) before starting Astro; the site's loaders, its routes (through
 * site/lib/buildScope.ts) and its search integration read it from there (Astro hands loaders and
 * integrations its resolved `cacheDir`). A plain `astro build` has no file and gets
 * DEFAULT_BUILD_REQUEST. Pure.
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

export const BUILD_REQUEST_FILE = 'campaign-build-request.json'
/**
 * A targeted build's hard-link snapshot of the live build is taken by the site builder while Astro
 * starts: it is written to SNAPSHOT_PARTIAL(into) and renamed to `into` once complete; when it
 * fails, SNAPSHOT_FAILED(into) says why. The site's targetedBuild integration waits for either.
 */
export const snapshotPartial = (into: string): string => `${into}.partial`
export const snapshotFailed = (into: string): string => `${into}.failed`
/** Build metadata kept inside each build folder (a dot folder: the static server never serves it). */
export const BUILD_META_DIR = '.build'
export const PAGES_FILE = `${BUILD_META_DIR}/pages.json`
export const INFO_FILE = `${BUILD_META_DIR}/info.json`
/** Which uploads each page and feed of a build links (cms/storage/linkedMedia.ts MediaIndex): a targeted build re-reads only its own files. */
export const MEDIA_INDEX_FILE = `${BUILD_META_DIR}/media.json`
/** The search index's own bookkeeping (publisher/rules/searchLayers.ts): where each page's entry is. */
export const SEARCH_STATE_FILE = `${BUILD_META_DIR}/search.json`
export const DEFAULT_BUILD_REQUEST: BuildRequest = { searchIndex: true, preview: null, targeted: null, pagesDir: null }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isAbsolute = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/')

/** Parse the file's text; anything malformed is an error naming the field (a build must not guess). */
export function parseBuildRequest(text: string | null): BuildRequest {
  if (text === null) return DEFAULT_BUILD_REQUEST
  const raw: unknown = JSON.parse(text)
  if (!isRecord(raw) || typeof raw.searchIndex !== 'boolean') throw new Error(`${BUILD_REQUEST_FILE}: searchIndex must be true or false`)
  const preview = raw.preview ?? null
  if (preview !== null && !(isRecord(preview) && typeof preview.collection === 'string' && typeof preview.id === 'string'))
    throw new Error(`${BUILD_REQUEST_FILE}: preview must be null or { collection, id } strings`)
  const targeted = raw.targeted ?? null
  if (targeted !== null && !(isRecord(targeted) && isAbsolute(targeted.baseDir) && (targeted.into === null || isAbsolute(targeted.into))))
    throw new Error(`${BUILD_REQUEST_FILE}: targeted must be null or { baseDir, into } with absolute paths`)
  const pagesDir = raw.pagesDir ?? null
  if (pagesDir !== null && !isAbsolute(pagesDir)) throw new Error(`${BUILD_REQUEST_FILE}: pagesDir must be null or an absolute path`)
  return {
    searchIndex: raw.searchIndex,
    preview: preview === null ? null : { collection: preview.collection as string, id: preview.id as string },
    targeted: targeted === null ? null : { baseDir: targeted.baseDir as string, into: targeted.into as string | null },
    pagesDir: pagesDir as string | null,
  }
}
