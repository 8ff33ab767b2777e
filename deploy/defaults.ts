/** The production defaults deploy/nginx.conf is generated with (and the options `npm run deploy:nginx` takes). */
import { embedHosts } from '../cms/domain/embeds.ts'
import { maxUploadBytes } from '../cms/domain/uploadRules.ts'
import { maxImportBytes } from '../cms/import/readSpreadsheet.ts'
import type { NginxOptions } from './nginx.ts'

type Env = Readonly<Record<string, string | undefined>>

/** Uploads and spreadsheet imports travel as multipart bodies: the larger limit plus 1 MB for the form around it. */
export const maxBodyBytes = (env: Env): number => Math.max(maxUploadBytes(env), maxImportBytes(env)) + 1024 * 1024

/** The settings the Node server reads too (VIDEO_EMBED_HOSTS, MEDIA_MAX_BYTES, SCORE_IMPORT_MAX_BYTES) decide the same policy here. */
export function productionOptions(env: Env): NginxOptions {
  return {
    serverName: 'wenming.example.gov.cn',
    siteRoot: '/srv/campaign/dist/site',
    upstreams: ['127.0.0.1:3000'],
    tls: { certificate: '/etc/ssl/campaign/fullchain.pem', key: '/etc/ssl/campaign/privkey.pem' },
    listen: '80',
    frameHosts: embedHosts(env),
    maxBodyBytes: maxBodyBytes(env),
  }
}
