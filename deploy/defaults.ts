/** The production defaults deploy/nginx.conf is generated with (and the options `npm run deploy:nginx` takes). */
import type { Settings } from '../cms/config/settings.ts'
import { bodyCapSettings } from '../cms/http/bodyCap.ts'
import { largestBodyCap } from '../cms/http/rules/bodyCaps.ts'
import type { Failover, NginxOptions } from './nginx.ts'

type PolicySettings = Pick<Settings, 'limits' | 'embedHosts'>

/** The largest body any address takes (cms/http/rules/bodyCaps.ts; the Node server caps each address itself). */
export const maxBodyBytes = (settings: PolicySettings): number => largestBodyCap(bodyCapSettings(settings))

/** Two API hosts or more: a dead one is left within seconds (README "Hosts that fail: the drill"). */
export const PRODUCTION_FAILOVER: Failover = { maxFails: 1, failTimeoutSeconds: 10, connectTimeoutSeconds: 2, readTimeoutSeconds: 330 }

/** The settings the Node server reads too (VIDEO_EMBED_HOSTS, MEDIA_MAX_BYTES, SCORE_IMPORT_MAX_BYTES) decide the same policy here. */
export function productionOptions(settings: PolicySettings): NginxOptions {
  return {
    serverName: 'wenming.example.gov.cn',
    siteRoot: '/srv/campaign/dist/site',
    upstreams: ['127.0.0.1:3000'],
    tls: { certificate: '/etc/ssl/campaign/fullchain.pem', key: '/etc/ssl/campaign/privkey.pem' },
    listen: '80',
    frameHosts: [...settings.embedHosts],
    maxBodyBytes: maxBodyBytes(settings),
    failover: PRODUCTION_FAILOVER,
  }
}
