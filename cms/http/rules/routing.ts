/** Which requests go to the CMS (Next.js) and which to the static site. Pure. */
export const CMS_PREFIXES = ['/admin', '/api', '/_next', '/__nextjs']

export function isCmsPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '/'
  return CMS_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

/**
 * A path the public site never serves: one with a segment starting with a dot (the build's `.build/`
 * page manifest and media and search indexes, preview marks, `..`), except `.well-known`. A regular
 * expression, so the built-in server (cms/http/staticFiles.ts) and the nginx front (deploy/nginx.ts)
 * apply the same rule.
 */
export const HIDDEN_SEGMENT = /(?:^|\/)\.(?!well-known(?:\/|$))/

export const isHiddenPath = (pathname: string): boolean => HIDDEN_SEGMENT.test(pathname)

/** The admin opens in Chinese unless the editor picked another language (Payload's `payload-lng` cookie). */
export function withDefaultAdminLanguage(cookie: string | undefined): string {
  if (cookie && /(?:^|;\s*)payload-lng=/.test(cookie)) return cookie
  return cookie ? `${cookie}; payload-lng=zh` : 'payload-lng=zh'
}
