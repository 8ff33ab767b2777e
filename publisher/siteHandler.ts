import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { answerFor, type SiteRoutes } from '../cms/domain/addresses.ts'
import { feedHeaders } from '../cms/http/rules/feedHeaders.ts'
import { decideRange } from '../cms/http/rules/httpRange.ts'
import { extensionOf, isServableMedia, MEDIA_TYPES } from '../cms/http/rules/securityHeaders.ts'
import { siteCacheControl } from '../cms/http/rules/siteCaching.ts'
import { sendPartial, sendUnsatisfiable } from '../cms/http/sendRange.ts'
import { type StaticHandler, staticFiles } from '../cms/http/staticFiles.ts'
import { loadSiteRoutes } from './siteRoutes.ts'

/** The built 410 page (site/pages/410.astro). */
export const GONE_PAGE = '410/index.html'

export type SiteHandler = {
  root: string
  serve: StaticHandler
  notFound: Buffer
  preview: boolean
  /** The build's redirects, 410s and embed origins (publisher/siteRoutes.ts). */
  routes: SiteRoutes
  /** The built 410 page: the item was withdrawn, nothing else. */
  gone: Buffer
}
/** `preview`: never cached by browsers. */
export type SiteOptions = { preview?: boolean }
type MediaFile = { path: string; stats: fs.Stats; contentType: string }

/** A file server for one built directory (it remembers what it found: a build never changes, so each build gets its own). */
export function siteHandler(dir: string, options: SiteOptions = {}): SiteHandler {
  const root = path.resolve(dir)
  const preview = options.preview ?? false
  const notFoundFile = path.join(root, '404.html')
  const goneFile = path.join(root, GONE_PAGE)
  return {
    root,
    preview,
    serve: staticFiles(root, { cacheControl: (pathname) => siteCacheControl(pathname, preview), extraHeaders: feedHeaders }),
    notFound: fs.existsSync(notFoundFile) ? fs.readFileSync(notFoundFile) : Buffer.from('404'),
    routes: loadSiteRoutes(root),
    gone: fs.existsSync(goneFile) ? fs.readFileSync(goneFile) : Buffer.from('410 此内容已撤下'),
  }
}

/** How long browsers and caches keep a redirect: a day (a permanent redirect is otherwise kept for good, and a slug may be used again). */
export const REDIRECT_CACHE = 'public, max-age=86400'

/** An address the document had before (301 to its current page) or of a withdrawn document (410), else false. */
export function answerFromRoutes(site: SiteHandler, req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const found = answerFor(site.routes, pathname)
  if (found === null) return false
  if (found.status === 301) {
    res.writeHead(301, { location: found.location, 'cache-control': REDIRECT_CACHE, 'content-type': 'text/plain; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : `301 ${found.location}`)
  } else {
    res.writeHead(410, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, must-revalidate' })
    res.end(req.method === 'HEAD' ? undefined : site.gone)
  }
  return true
}

function decodedPathname(url: string | undefined): string | null {
  try {
    return decodeURIComponent((url ?? '/').split('?')[0] ?? '/')
  } catch {
    return null
  }
}

/** An uploaded file that may be served: an allowed type, and exactly this regular file inside the site's media folder. */
function mediaFile(root: string, pathname: string): MediaFile | null {
  if (!isServableMedia(pathname)) return null
  const file = path.join(root, pathname)
  if (!file.startsWith(path.join(root, 'media') + path.sep)) return null
  try {
    const stats = fs.statSync(file)
    return stats.isFile() ? { path: file, stats, contentType: MEDIA_TYPES[extensionOf(pathname)] ?? 'application/octet-stream' } : null
  } catch {
    return null
  }
}

function plainNotFound(res: http.ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('404')
}

/** Uploaded files. Range requests are answered here, so the file server only ever sees a request without one. */
function serveMedia(site: SiteHandler, req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
  const file = mediaFile(site.root, pathname)
  if (!file) {
    plainNotFound(res)
    return
  }
  const rangeApplies = req.method === 'GET' && !req.headers['if-range']
  const decision = rangeApplies ? decideRange(req.headers.range, file.stats.size) : ({ kind: 'full' } as const)
  res.setHeader('cache-control', siteCacheControl(pathname, site.preview))
  if (decision.kind === 'unsatisfiable') sendUnsatisfiable(res, file.stats.size)
  else if (decision.kind === 'partial') sendPartial(res, file, decision)
  else {
    delete req.headers.range
    site.serve(req, res, () => plainNotFound(res))
  }
}

/** Serve a request from the site, or its Chinese 404 page (or `onNotFound`). */
export function serveFrom(site: SiteHandler, req: http.IncomingMessage, res: http.ServerResponse, onNotFound?: () => void): void {
  const pathname = decodedPathname(req.url)
  const notFound =
    onNotFound ??
    (() => {
      if (pathname !== null && answerFromRoutes(site, req, res, pathname)) return
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(site.notFound)
    })
  try {
    if (pathname === null) notFound()
    else if (pathname.startsWith('/media/')) serveMedia(site, req, res, pathname)
    else {
      // Pages and assets are small: a Range header is ignored and the whole file sent (RFC 9110 allows it).
      delete req.headers.range
      site.serve(req, res, notFound)
    }
  } catch {
    // A file server that throws must not take the whole origin down with it.
    if (res.headersSent) res.destroy()
    else {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('500')
    }
  }
}
