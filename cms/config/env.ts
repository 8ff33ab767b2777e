/**
 * The security-relevant environment (README lists the defaults):
 *   SITE_URL  public address of the one origin (site, admin and API); default http://localhost:$PORT
 *   PORT      default 3000
 *   NODE_ENV  'production' turns off the GraphQL playground and introspection
 * Everything derived from it (cookie Secure flag, CSRF and CORS allow-lists) is computed here too.
 */
import { type Env, InvalidEnvError, wholeNumber } from './source.ts'

export { InvalidEnvError } from './source.ts'

export type AppEnv = {
  /** SITE_URL as given (or the default), for absolute links in feeds, sitemap and social tags. */
  siteUrl: string
  /** Origin of SITE_URL, e.g. https://wenming.example.gov.cn (no path, no trailing slash). */
  siteOrigin: string
  /** Session cookies carry `Secure` when the site is served over https. */
  secureCookies: boolean
  production: boolean
}

export const DEFAULT_PORT = 3000

/** PORT: the one origin's port, a whole number 1–65535 (default 3000). */
export const readPort = (env: Env): number => wholeNumber(env, 'PORT', DEFAULT_PORT, 1, 65535)

function siteUrl(source: Env): { raw: string; url: URL } {
  const raw = source.SITE_URL?.trim() || `http://localhost:${readPort(source)}`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InvalidEnvError('SITE_URL', raw, 'an absolute http(s) URL such as https://wenming.example.gov.cn')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidEnvError('SITE_URL', raw, 'an http:// or https:// URL')
  return { raw, url }
}

export function readAppEnv(source: Env): AppEnv {
  const { raw, url } = siteUrl(source)
  return { siteUrl: raw, siteOrigin: url.origin, secureCookies: url.protocol === 'https:', production: source.NODE_ENV === 'production' }
}
