import type http from 'node:http'
import { applySecurityHeaders, type SecurityOptions } from './applySecurityHeaders.ts'
import { setTrustedClientIp } from './clientIp.ts'
import { logRefused } from './logRefused.ts'

/** What publisher/server.ts does to every request before handing it to the site, the preview or Next. */
export function prepareRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: SecurityOptions,
  log: (line: string) => void = console.warn,
): void {
  setTrustedClientIp(req, options.trustedProxies)
  applySecurityHeaders(req, res, options)
  logRefused(req, res, log)
}
