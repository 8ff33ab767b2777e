/**
 * What one Astro build is for, as data. The site builder writes it into the build's own Astro
 * cache folder (BUILD_REQUEST_FILE) before starting Astro; the site's loader and search
 * integration read it from there (Astro hands both its resolved `cacheDir`). A plain
 * `astro build` has no file and gets DEFAULT_BUILD_REQUEST. Pure.
 */
export type BuildRequest = {
  /** Index the built pages for search (Pagefind) before the build is reported done. */
  searchIndex: boolean
  /** Merge this one draft in (preview builds only; they never go live). */
  preview: { collection: string; id: string } | null
}

export const BUILD_REQUEST_FILE = 'campaign-build-request.json'
export const DEFAULT_BUILD_REQUEST: BuildRequest = { searchIndex: true, preview: null }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** Parse the file's text; anything malformed is an error naming the field (a build must not guess). */
export function parseBuildRequest(text: string | null): BuildRequest {
  if (text === null) return DEFAULT_BUILD_REQUEST
  const raw: unknown = JSON.parse(text)
  if (!isRecord(raw) || typeof raw.searchIndex !== 'boolean') throw new Error(`${BUILD_REQUEST_FILE}: searchIndex must be true or false`)
  const preview = raw.preview ?? null
  if (preview !== null && !(isRecord(preview) && typeof preview.collection === 'string' && typeof preview.id === 'string'))
    throw new Error(`${BUILD_REQUEST_FILE}: preview must be null or { collection, id } strings`)
  return {
    searchIndex: raw.searchIndex,
    preview: preview === null ? null : { collection: preview.collection as string, id: preview.id as string },
  }
}
