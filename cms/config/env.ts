/**
 * The security-relevant environment, read and checked in one place (README lists the defaults):
 *   SITE_URL  public address of the one origin (site, admin and API); default http://localhost:$PORT
 *   PORT      default 3000
 *   NODE_ENV  'production' turns off the GraphQL playground and introspection
 * Everything derived from it (cookie Secure flag, CSRF and CORS allow-lists) is computed here too.
 */
export type AppEnv = {
  /** Origin of SITE_URL, e.g. https://wenming.example.gov.cn (no path, no trailing slash). */
  siteOrigin: string
  /** Session cookies carry `Secure` when the site is served over https. */
  secureCookies: boolean
  production: boolean
}

export class InvalidEnvError extends Error {
  constructor(name: string, value: string, allowed: string) {
    super(`环境变量 ${name} 无效：${JSON.stringify(value)}，应为 ${allowed}。 / ${name} is invalid: expected ${allowed}.`)
    this.name = 'InvalidEnvError'
  }
}

type Source = Readonly<Record<string, string | undefined>>

function siteUrl(source: Source): URL {
  const port = source.PORT?.trim() || '3000'
  const raw = source.SITE_URL?.trim() || `http://localhost:${port}`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InvalidEnvError('SITE_URL', raw, 'an absolute http(s) URL such as https://wenming.example.gov.cn')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidEnvError('SITE_URL', raw, 'an http:// or https:// URL')
  return url
}

export function readAppEnv(source: Source): AppEnv {
  const url = siteUrl(source)
  return { siteOrigin: url.origin, secureCookies: url.protocol === 'https:', production: source.NODE_ENV === 'production' }
}

/** Read once, when the Payload config is loaded. */
export const appEnv: AppEnv = readAppEnv(process.env)
