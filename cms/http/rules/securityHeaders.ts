/**
 * The HTTP security headers of every response on the one origin, decided from the request path. Pure.
 * - site: the static site and draft previews. No inline script at all (the site's scripts live in
 *   site/public/js); Pagefind compiles its WebAssembly ('wasm-unsafe-eval'); Astro inlines styles.
 * - cms: the Payload admin and API (Next.js). Next's admin streams inline scripts, so script-src
 *   keeps 'unsafe-inline'; Payload's JSON field loads its Monaco editor from jsDelivr.
 * - embed: the partners' embeds (/embed/…): the site policy, but `frame-ancestors` lists the origins of
 *   网站设置 → 嵌入来源 (cms/domain/embedOrigins.ts) and X-Frame-Options is left off while any are listed;
 *   with none listed they are as locked down as every other page.
 * - media / download: uploaded files, as a sandboxed document with nothing allowed to load;
 *   PDFs are downloads, because Chrome refuses to show a PDF in a sandboxed document.
 */
import { isCmsPath } from './routing.ts'

export type ResponseKind = 'site' | 'cms' | 'media' | 'download' | 'embed'
export type SecurityHeaderInput = {
  kind: ResponseKind
  https: boolean
  frameHosts: readonly string[]
  /** Origins that may frame an embed page (kind 'embed' only). */
  embedOrigins?: readonly string[]
}

/** The partners' embed pages (site/pages/embed/). */
export const EMBED_PREFIX = '/embed/'
export const isEmbedPath = (pathname: string): boolean => pathname.startsWith(EMBED_PREFIX)

/** The only file types served from upload folders, with the Content-Type they are sent with. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  vtt: 'text/vtt',
}

const MONACO_CDN = 'https://cdn.jsdelivr.net'
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ')
const LOCKED_DOWN = ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]

/** The lower-case extension of a path's last segment ('' when it has none). */
export function extensionOf(pathname: string): string {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1)
  const dot = last.lastIndexOf('.')
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : ''
}

/** True when a path under an upload folder names a file type that may be served. */
export const isServableMedia = (pathname: string): boolean => Object.hasOwn(MEDIA_TYPES, extensionOf(pathname))

/** The path without its query, percent-decoded where that is possible. */
export function decodedPath(url: string): string {
  const pathname = url.split('?')[0] ?? '/'
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

/** A draft preview (/preview/<collection>/<id>/…) is a site; its own path decides the kind. */
const withoutPreviewPrefix = (pathname: string): string =>
  pathname.startsWith('/preview/') ? `/${pathname.split('/').slice(4).join('/')}` : pathname

/** Which policy a request gets, from its URL (path and query). */
export function responseKind(url: string): ResponseKind {
  const pathname = decodedPath(url)
  const sitePath = withoutPreviewPrefix(pathname)
  const upload = sitePath.startsWith('/media/') || pathname.startsWith('/api/media/file/')
  if (upload) return extensionOf(pathname) === 'pdf' ? 'download' : 'media'
  if (isEmbedPath(pathname)) return 'embed'
  return isCmsPath(pathname) ? 'cms' : 'site'
}

function sitePolicy(frameHosts: readonly string[], https: boolean, ancestors: readonly string[] = []): string {
  const locked =
    ancestors.length > 0
      ? LOCKED_DOWN.map((rule) => (rule.startsWith('frame-ancestors') ? `frame-ancestors ${ancestors.join(' ')}` : rule))
      : LOCKED_DOWN
  const frames = frameHosts.length > 0 ? frameHosts.map((host) => `https://${host}`).join(' ') : "'none'"
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    `frame-src ${frames}`,
    "worker-src 'self'",
    ...locked,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

function cmsPolicy(https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' ${MONACO_CDN}`,
    `style-src 'self' 'unsafe-inline' ${MONACO_CDN}`,
    "img-src 'self' data: blob:",
    `font-src 'self' data: ${MONACO_CDN}`,
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    ...LOCKED_DOWN,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

const UPLOAD_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"

function policyFor(input: SecurityHeaderInput): Record<string, string> {
  if (input.kind === 'embed') return { 'Content-Security-Policy': sitePolicy(input.frameHosts, input.https, input.embedOrigins ?? []) }
  if (input.kind === 'site') return { 'Content-Security-Policy': sitePolicy(input.frameHosts, input.https) }
  if (input.kind === 'cms') return { 'Content-Security-Policy': cmsPolicy(input.https) }
  if (input.kind === 'download') return { 'Content-Security-Policy': UPLOAD_POLICY, 'Content-Disposition': 'attachment' }
  return { 'Content-Security-Policy': UPLOAD_POLICY }
}

/** Every security header for one response. HSTS only when the site is served over https. */
export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...(input.kind === 'embed' && (input.embedOrigins ?? []).length > 0 ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(input.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
    ...policyFor(input),
  }
}
