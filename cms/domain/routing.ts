/** Which requests go to the CMS (Next.js) and which to the static site. Pure. */
export const CMS_PREFIXES = ['/admin', '/api', '/_next', '/__nextjs']

export function isCmsPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '/'
  return CMS_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

/** The admin opens in Chinese unless the editor picked another language (Payload's `payload-lng` cookie). */
export function withDefaultAdminLanguage(cookie: string | undefined): string {
  if (cookie && /(?:^|;\s*)payload-lng=/.test(cookie)) return cookie
  return cookie ? `${cookie}; payload-lng=zh` : 'payload-lng=zh'
}
