/**
 * Syncing the live site to a CDN origin bucket, as pure rules: which files to upload (new or
 * changed by size or MD5), which objects to delete (gone from the site), and the Content-Type and
 * Cache-Control each path is stored with. Files inside the site are given as paths relative to it
 * with `/` separators; objects as keys under the bucket prefix.
 */

import { IMMUTABLE_CACHE, PAGE_CACHE, siteCacheControl } from '../../cms/http/rules/siteCaching.ts'
export type SiteFile = { path: string; size: number; md5: string }
export type RemoteObject = { key: string; size: number; etag: string }
export type Upload = { path: string; key: string; contentType: string; cacheControl: string }
export type SyncPlan = { uploads: Upload[]; deletes: string[]; unchanged: number }

/** The same Cache-Control the built-in server and the nginx front send (cms/http/rules/siteCaching.ts). */
export const REVALIDATE = PAGE_CACHE
export const IMMUTABLE = IMMUTABLE_CACHE

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  xsl: 'application/xslt+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  pdf: 'application/pdf',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
}

const extension = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

export function contentTypeFor(path: string): string {
  return TYPES[extension(path)] ?? 'application/octet-stream'
}

/** Hashed build assets (/_astro/) and uploads (/media/, names unique per upload) are immutable; the rest revalidates. */
export function cacheControlFor(path: string): string {
  return siteCacheControl(`/${path}`)
}

/** The object key of a site path under `prefix` ('' or a folder without slashes at either end). */
export const keyFor = (prefix: string, path: string): string => (prefix ? `${prefix}/${path}` : path)

/** S3's ETag of a single-part upload is the quoted MD5 of the bytes; multipart ETags (with "-") never match. */
const sameBytes = (file: SiteFile, object: RemoteObject | undefined): boolean =>
  object !== undefined && object.size === file.size && object.etag.replace(/"/g, '').toLowerCase() === file.md5.toLowerCase()

/** Upload order: assets before the pages that use them, so no page ever links a file not yet there. */
const pagesLast = (a: Upload, b: Upload): number =>
  Number(a.path.endsWith('.html')) - Number(b.path.endsWith('.html')) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)

/** What to upload and delete so the bucket (under `prefix`) holds exactly `files`. Never mutates its inputs. */
export function planSync(files: readonly SiteFile[], remote: readonly RemoteObject[], prefix = ''): SyncPlan {
  const byKey = new Map(remote.map((object) => [object.key, object]))
  const wanted = new Set<string>()
  const uploads: Upload[] = []
  for (const file of files) {
    const key = keyFor(prefix, file.path)
    wanted.add(key)
    if (sameBytes(file, byKey.get(key))) continue
    uploads.push({ path: file.path, key, contentType: contentTypeFor(file.path), cacheControl: cacheControlFor(file.path) })
  }
  const deletes = remote
    .map((object) => object.key)
    .filter((key) => !wanted.has(key))
    .sort()
  return { uploads: uploads.sort(pagesLast), deletes, unchanged: files.length - uploads.length }
}
