/**
 * Who may frame and who may speak for a client (README "Configuration"):
 *   VIDEO_EMBED_HOSTS  hosts allowed for TV-episode embeds, comma-separated (default: DEFAULT_EMBED_HOSTS)
 *   TRUSTED_PROXIES    proxy IP addresses whose X-Real-IP is believed, comma-separated (default none)
 */
import { DEFAULT_EMBED_HOSTS } from '../domain/embeds.ts'
import { parseTrustedProxies } from '../http/clientIp.ts'
import { type Env, InvalidEnvError, listOf } from './source.ts'

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/

export function readEmbedHosts(env: Env): string[] {
  const hosts = listOf(env, 'VIDEO_EMBED_HOSTS').map((host) => host.toLowerCase())
  for (const host of hosts)
    if (!HOST.test(host)) throw new InvalidEnvError('VIDEO_EMBED_HOSTS', host, 'host names such as v.qq.com, comma-separated')
  return hosts.length > 0 ? hosts : [...DEFAULT_EMBED_HOSTS]
}

export const readTrustedProxies = (env: Env): string[] => parseTrustedProxies(env.TRUSTED_PROXIES)
