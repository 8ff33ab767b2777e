import type http from 'node:http'
import net from 'node:net'

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
const plainAddress = (address: string | undefined): string => (address ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/**
 * TRUSTED_PROXIES: comma-separated addresses of reverse proxies (e.g. the nginx front of deploy/)
 * whose X-Real-IP is believed. Empty by default: the socket's address is the client.
 */
export function parseTrustedProxies(value: string | undefined): string[] {
  const addresses = (value ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address.length > 0)
  for (const address of addresses)
    if (!net.isIP(address))
      throw new Error(
        `环境变量 TRUSTED_PROXIES 无效："${address}" 不是 IP 地址（例如 127.0.0.1）。 / TRUSTED_PROXIES must list IP addresses, got "${address}".`,
      )
  return addresses.map((address) => plainAddress(address))
}

/**
 * The caller's address as this server saw it, in `x-real-ip`, overwriting whatever the client sent,
 * so code behind Next (login throttling) can trust it. A request from a trusted proxy keeps the
 * X-Real-IP that proxy set (nginx: `proxy_set_header X-Real-IP $remote_addr`).
 */
export function setTrustedClientIp(req: http.IncomingMessage, trustedProxies: readonly string[] = []): void {
  const peer = plainAddress(req.socket.remoteAddress)
  const forwarded = req.headers['x-real-ip']
  const fromProxy = trustedProxies.includes(peer) && typeof forwarded === 'string' && net.isIP(forwarded.trim()) !== 0
  req.headers['x-real-ip'] = fromProxy ? plainAddress(forwarded.trim()) : (req.socket.remoteAddress ?? 'unknown')
}
