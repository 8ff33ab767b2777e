/**
 * The built site's static file server (replaces sirv, which read every file from disk on each
 * request and, at creation, walked the whole build — thousands of files — synchronously on every
 * switch). A build folder never changes once written (publisher/siteBuild.ts), so each handler
 * remembers what it found: a path's file and headers are looked up once, and small files (pages,
 * feeds, search index parts, scripts) are kept in memory up to a byte budget and sent from there.
 *
 * The lookup is sirv's: `/a/` → `/a/index.html`, `/a` → `/a`, `/a.html`, `/a/index.html`; the
 * headers too (Content-Type from the extension with `;charset=utf-8` on HTML, Content-Length,
 * Last-Modified, a weak ETag from size and mtime answered with 304, as is an If-Modified-Since no
 * earlier than the file: cms/http/rules/feedHeaders.ts notModified). Paths with a segment starting
 * with a dot (the build's `.build/` metadata, preview marks) and paths leaving the folder are never
 * served.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { lookup as mimeType } from 'mrmime'
import { notModified } from './rules/feedHeaders.ts'
import { isHiddenPath } from './rules/routing.ts'

type Found = { abs: string; size: number; mtime: Date; headers: Record<string, string | number>; body: Buffer | null }
export type StaticOptions = {
  /** Cache-Control of each file, by its request path. */
  cacheControl: (pathname: string) => string
  /** Headers some paths carry besides these (the feeds' CORS header, cms/http/rules/feedHeaders.ts). */
  extraHeaders?: (pathname: string) => Record<string, string>
  /** Files up to this size are kept in memory (default 512 KiB). */
  maxFileBytes?: number
  /** Total bytes kept in memory per handler (default 64 MiB); beyond it files are read from disk. */
  budgetBytes?: number
}
export type StaticHandler = (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void

/** The files a request path may mean, in sirv's order (the site is built with directory format). */
export function candidates(pathname: string): string[] {
  const uri = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
  return uri ? [uri, `${uri}.html`, `${uri}/index.html`] : ['/index.html']
}

/** A request path that may be served at all: no dot segment (but .well-known, cms/http/rules/routing.ts), no NUL. */
export function servablePath(pathname: string): boolean {
  return !pathname.includes('\0') && !isHiddenPath(pathname)
}

export function staticFiles(dir: string, options: StaticOptions): StaticHandler {
  const root = path.resolve(dir)
  const maxFileBytes = options.maxFileBytes ?? 512 * 1024
  let budget = options.budgetBytes ?? 64 * 1024 * 1024
  // Only files that exist are remembered, by normalized path (a few spellings per file, so bounded
  // by the build) and by file; misses are looked up again.
  const found = new Map<string, Found>()
  const files = new Map<string, Found>()

  const locate = (requested: string): Found | null => {
    const pathname = path.posix.normalize(requested)
    const known = found.get(pathname)
    if (known) return known
    for (const name of candidates(pathname)) {
      const abs = path.join(root, name)
      if (!abs.startsWith(root + path.sep)) return null
      const same = files.get(abs)
      if (same) {
        found.set(pathname, same)
        return same
      }
      const stats = fs.statSync(abs, { throwIfNoEntry: false })
      if (!stats?.isFile()) continue
      const type = mimeType(name) ?? ''
      const headers: Record<string, string | number> = {
        'Content-Length': stats.size,
        'Content-Type': type === 'text/html' ? `${type};charset=utf-8` : type,
        'Last-Modified': stats.mtime.toUTCString(),
        ETag: `W/"${stats.size}-${stats.mtime.getTime()}"`,
        'Cache-Control': options.cacheControl(pathname),
        ...options.extraHeaders?.(pathname),
      }
      const keep = stats.size <= maxFileBytes && stats.size <= budget
      const body = keep ? fs.readFileSync(abs) : null
      if (body) budget -= body.length
      const entry = { abs, size: stats.size, mtime: stats.mtime, headers, body }
      found.set(pathname, entry)
      files.set(abs, entry)
      return entry
    }
    return null
  }

  return (req, res, next) => {
    let pathname = (req.url ?? '/').split('?')[0] ?? '/'
    if (pathname.includes('%')) {
      try {
        pathname = decodeURI(pathname)
      } catch {
        // Left as it came: it then matches no file.
      }
    }
    const file = servablePath(pathname) ? locate(pathname) : null
    if (!file) {
      if (next) next()
      else res.writeHead(404).end()
      return
    }
    const conditional = { ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] }
    if (notModified(conditional, { etag: String(file.headers.ETag), lastModified: file.mtime })) {
      const { 'Content-Length': _length, 'Content-Type': _type, ...kept } = file.headers
      res.writeHead(304, kept)
      res.end()
      return
    }
    res.writeHead(200, file.headers)
    if (req.method === 'HEAD') res.end()
    else if (file.body) res.end(file.body)
    else
      fs.createReadStream(file.abs)
        .on('error', () => res.destroy())
        .pipe(res)
  }
}
