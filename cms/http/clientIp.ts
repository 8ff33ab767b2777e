import type http from 'node:http'

/**
 * The caller's address as this server saw it, in `x-real-ip`, overwriting whatever the client sent,
 * so code behind Next (login throttling) can trust it. Behind a reverse proxy this is the proxy's address.
 */
export function setTrustedClientIp(req: http.IncomingMessage): void {
  req.headers['x-real-ip'] = req.socket.remoteAddress ?? 'unknown'
}
