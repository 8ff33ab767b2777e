import type http from 'node:http'
import { responseKind, securityHeaders } from './rules/securityHeaders.ts'

/** Read once at start-up by publisher/server.ts: https from SITE_URL, embeddable video hosts from VIDEO_EMBED_HOSTS. */
export type SecurityOptions = {
  https: boolean
  frameHosts: readonly string[]
  /** The origins that may frame the embed pages now (the live build's, publisher/siteRoutes.ts). */
  embedOrigins?: () => readonly string[]
  /** Reverse proxies whose X-Real-IP is believed (TRUSTED_PROXIES; cms/http/clientIp.ts). */
  trustedProxies?: readonly string[]
}

/** Set every security header for this request's path before any handler writes the response. */
export function applySecurityHeaders(req: http.IncomingMessage, res: http.ServerResponse, options: SecurityOptions): void {
  const kind = responseKind(req.url ?? '/')
  const embedOrigins = kind === 'embed' ? (options.embedOrigins?.() ?? []) : []
  const headers = securityHeaders({ kind, https: options.https, frameHosts: options.frameHosts, embedOrigins })
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
}
