/**
 * The one reader of the environment: readSettings(env) checks every variable README "Configuration"
 * lists and returns one typed, frozen Settings object. Each entry point (publisher/server.ts, the Payload
 * config, the CLIs, bench, astro.config.mjs) calls it once; the build worker gets its parent's with
 * each build (publisher/runners.ts) and hands the site what its pages show as data (site/lib/pageSettings.ts,
 * publisher/astro/pageSettingsModule.mjs); everything else gets settings as an argument or from the Payload config
 * (`payload.config.custom.settings`, cms/config/fromPayload.ts). A bad value stops the process with
 * a message naming the variable and what is allowed (InvalidEnvError, DatabaseUrlError).
 */
import { type DatabaseTarget, parseDatabaseUrl } from '../domain/databaseUrl.ts'
import { SERVER_ROLES, type ServerRole } from '../domain/serverRole.ts'
import { type EmailEnv, readEmailEnv } from './email.ts'
import { type AppEnv, readAppEnv, readPort } from './env.ts'
import { type Limits, readLimits, readTerms, type Terms } from './limits.ts'
import { readEmbedHosts, readTrustedProxies } from './network.ts'
import { type Paths, readPaths } from './paths.ts'
import { type PublishConfig, readPublishConfig } from './publish.ts'
import { type Env, InvalidEnvError } from './source.ts'
import { readStorageEnv, type StorageEnv } from './storage.ts'

export type { Env } from './source.ts'

export type Settings = {
  readonly production: boolean
  readonly port: number
  readonly role: ServerRole
  /** SITE_URL and what follows from it (origin for CSRF/CORS, Secure cookies). */
  readonly site: Readonly<AppEnv>
  readonly database: Readonly<DatabaseTarget>
  /** SQLITE_SYNCHRONOUS: NORMAL (default) or FULL — SQLite's fsync per commit (README "Configuration"). */
  readonly sqliteSynchronous: 'NORMAL' | 'FULL'
  /** PAYLOAD_SECRET as set (trimmed); cms/secrets.ts resolvePayloadSecret() supplies the local default or stops in production. */
  readonly payloadSecret: string | undefined
  readonly paths: Readonly<Paths>
  readonly storage: Readonly<StorageEnv>
  readonly email: Readonly<EmailEnv>
  readonly publish: Readonly<PublishConfig>
  readonly limits: Readonly<Limits>
  readonly terms: Readonly<Terms>
  readonly embedHosts: readonly string[]
  readonly trustedProxies: readonly string[]
  /** The environment these settings were read from: only to start a child process (publisher/runners.ts, the CLIs). */
  readonly source: Readonly<NodeJS.ProcessEnv>
}

/** SQLITE_SYNCHRONOUS: NORMAL (default) or FULL. */
function readSqliteSynchronous(env: Env): 'NORMAL' | 'FULL' {
  const value = (env.SQLITE_SYNCHRONOUS ?? '').trim().toUpperCase() || 'NORMAL'
  if (value === 'NORMAL' || value === 'FULL') return value
  throw new InvalidEnvError('SQLITE_SYNCHRONOUS', env.SQLITE_SYNCHRONOUS ?? '', 'NORMAL or FULL')
}

/** ROLE: all (default), api or builder (README "Running apart"). */
function readRole(env: Env): ServerRole {
  const role = (env.ROLE ?? '').trim().toLowerCase() || 'all'
  if ((SERVER_ROLES as readonly string[]).includes(role)) return role as ServerRole
  throw new InvalidEnvError('ROLE', env.ROLE ?? '', 'all, api or builder')
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

/** `cwd` is where relative paths hang off when PROJECT_ROOT is unset (the entry point's working directory). */
export function readSettings(env: Env, cwd: string = process.cwd()): Settings {
  return deepFreeze({
    production: env.NODE_ENV === 'production',
    port: readPort(env),
    role: readRole(env),
    site: readAppEnv(env),
    database: parseDatabaseUrl(env.DATABASE_URL),
    sqliteSynchronous: readSqliteSynchronous(env),
    payloadSecret: env.PAYLOAD_SECRET?.trim() || undefined,
    paths: readPaths(env, cwd),
    storage: readStorageEnv(env),
    email: readEmailEnv(env),
    publish: readPublishConfig(env),
    limits: readLimits(env),
    terms: readTerms(env),
    embedHosts: readEmbedHosts(env),
    trustedProxies: readTrustedProxies(env),
    source: { ...env } as NodeJS.ProcessEnv,
  })
}
