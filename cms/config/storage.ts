/**
 * Object storage from the environment (README "Configuration"):
 *   S3_BUCKET              set → uploads live in this bucket (private) instead of MEDIA_DIR
 *   S3_REGION              default us-east-1
 *   S3_ENDPOINT            an S3-compatible server (http(s) URL); default AWS
 *   S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY   both or neither (neither: the AWS SDK's default chain)
 *   S3_FORCE_PATH_STYLE    true|false, default false
 *   S3_PUBLIC_BASE_URL     where anonymous readers reach the bucket's public/ folder (a CDN or the
 *                          bucket's web address); set → the site links media there
 *   CDN_S3_BUCKET          set → each switch syncs the live site to this bucket
 *   CDN_S3_REGION, CDN_S3_ENDPOINT, CDN_S3_ACCESS_KEY_ID, CDN_S3_SECRET_ACCESS_KEY,
 *   CDN_S3_FORCE_PATH_STYLE   default: the S3_* value
 *   CDN_S3_PREFIX          folder for the site inside that bucket, default none; required when it is S3_BUCKET
 */
import { type Env, InvalidEnvError } from './source.ts'

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

export type MediaStorage = { kind: 'local' } | { kind: 's3'; s3: S3Settings; publicBaseUrl?: string }
export type CdnTarget = { enabled: false } | { enabled: true; s3: S3Settings; prefix: string }
export type StorageEnv = { media: MediaStorage; cdn: CdnTarget }

/** Folders of the media bucket: every upload (private, read only through Payload) and the copies published pages link. */
export const PRIVATE_PREFIX = 'uploads'
export const PUBLIC_PREFIX = 'public'

type Source = Env

function httpUrl(name: string, raw: string): string {
  try {
    const url = new URL(raw)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString().replace(/\/+$/, '')
  } catch {
    // reported below
  }
  throw new InvalidEnvError(name, raw, 'an absolute http:// or https:// URL')
}

function flag(name: string, raw: string | undefined): boolean | undefined {
  const value = raw?.trim().toLowerCase()
  if (!value) return undefined
  if (value !== 'true' && value !== 'false') throw new InvalidEnvError(name, value, 'true or false')
  return value === 'true'
}

/** One bucket's settings from `<P>_*` variables, each falling back to `fallback` (the S3_* values). */
function s3Settings(source: Source, p: string, bucket: string, fallback?: S3Settings): S3Settings {
  const region = source[`${p}_REGION`]?.trim() || fallback?.region || 'us-east-1'
  const endpointRaw = source[`${p}_ENDPOINT`]?.trim()
  const endpoint = endpointRaw ? httpUrl(`${p}_ENDPOINT`, endpointRaw) : fallback?.endpoint
  const accessKeyId = source[`${p}_ACCESS_KEY_ID`]?.trim()
  const secretAccessKey = source[`${p}_SECRET_ACCESS_KEY`]?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new InvalidEnvError(
      `${p}_ACCESS_KEY_ID`,
      accessKeyId ? '(set)' : '',
      `set together with ${p}_SECRET_ACCESS_KEY (both or neither)`,
    )
  const credentials = accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : fallback?.credentials
  const forcePathStyle = flag(`${p}_FORCE_PATH_STYLE`, source[`${p}_FORCE_PATH_STYLE`]) ?? fallback?.forcePathStyle ?? false
  return { bucket, region, forcePathStyle, ...(endpoint ? { endpoint } : {}), ...(credentials ? { credentials } : {}) }
}

function readMedia(source: Source): MediaStorage {
  const bucket = source.S3_BUCKET?.trim()
  const base = source.S3_PUBLIC_BASE_URL?.trim()
  if (!bucket) {
    if (base) throw new InvalidEnvError('S3_PUBLIC_BASE_URL', base, 'unset unless S3_BUCKET is set')
    return { kind: 'local' }
  }
  return { kind: 's3', s3: s3Settings(source, 'S3', bucket), ...(base ? { publicBaseUrl: httpUrl('S3_PUBLIC_BASE_URL', base) } : {}) }
}

function readCdn(source: Source, media: MediaStorage): CdnTarget {
  const bucket = source.CDN_S3_BUCKET?.trim()
  if (!bucket) return { enabled: false }
  const s3 = s3Settings(source, 'CDN_S3', bucket, media.kind === 's3' ? media.s3 : undefined)
  const prefix = (source.CDN_S3_PREFIX ?? '').trim().replace(/^\/+|\/+$/g, '')
  if (prefix.split('/').some((part) => part === '..' || part === '.'))
    throw new InvalidEnvError('CDN_S3_PREFIX', prefix, 'a folder name such as site (no . or .. parts)')
  const sameBucket = media.kind === 's3' && media.s3.bucket === s3.bucket && media.s3.endpoint === s3.endpoint
  const top = prefix.split('/')[0]
  if (sameBucket && (!prefix || top === PRIVATE_PREFIX || top === PUBLIC_PREFIX))
    throw new InvalidEnvError(
      'CDN_S3_PREFIX',
      prefix,
      `a folder other than ${PRIVATE_PREFIX}/ and ${PUBLIC_PREFIX}/ when CDN_S3_BUCKET is S3_BUCKET`,
    )
  return { enabled: true, s3, prefix }
}

export function readStorageEnv(source: Source): StorageEnv {
  const media = readMedia(source)
  return { media, cdn: readCdn(source, media) }
}
