/**
 * The feeds' HTTP rules (issue 25), one source for the built-in server (cms/http/staticFiles.ts via
 * publisher/siteHandler.ts) and the nginx front (deploy/nginx.ts). Pure.
 *
 * Any site may read the feeds from a browser (CORS `*`: they are public, carry no cookies and answer
 * GET only). Their validators last: each feed file's modification time is its newest item's updated
 * date (publisher/astro/feedTimes.ts sets it after every build), so a build that changed nothing in a
 * feed keeps its Last-Modified and ETag, and a reader polling with If-None-Match / If-Modified-Since
 * gets 304 until an item really changes. They still revalidate on every request (PAGE_CACHE), so a
 * takedown leaves the feeds at once.
 */

/** /rss.xml, /feed.json and every section's and unit's (/tv/rss.xml, /units/<slug>/feed.json). */
export const FEED_PATH = /(^|\/)(rss\.xml|feed\.json)$/

export const isFeedPath = (pathname: string): boolean => FEED_PATH.test(pathname)

/** Headers a feed carries besides the site's: readable from any origin, validators visible to scripts. */
export const FEED_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
}

export const feedHeaders = (pathname: string): Record<string, string> => (isFeedPath(pathname) ? { ...FEED_HEADERS } : {})

/**
 * Does a conditional GET get 304? If-None-Match wins when sent (RFC 9110 §13.2.2); else the file is
 * unchanged when it was modified no later than If-Modified-Since (whole seconds, as HTTP dates are).
 */
export function notModified(
  request: { ifNoneMatch?: string; ifModifiedSince?: string },
  file: { etag: string; lastModified: Date },
): boolean {
  if (request.ifNoneMatch !== undefined) {
    return request.ifNoneMatch
      .split(',')
      .map((tag) => tag.trim())
      .some((tag) => tag === '*' || tag === file.etag || tag.replace(/^W\//, '') === file.etag.replace(/^W\//, ''))
  }
  if (request.ifModifiedSince === undefined) return false
  const since = Date.parse(request.ifModifiedSince)
  return !Number.isNaN(since) && Math.floor(file.lastModified.getTime() / 1000) * 1000 <= since
}
