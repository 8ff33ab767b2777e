import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseTarget } from './domain/databaseUrl.ts'
import { dataDir } from './paths.ts'

type Env = Readonly<Record<string, string | undefined>>

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET 未设置：生产环境（NODE_ENV=production，任何数据库）必须提供。 / PAYLOAD_SECRET is required when NODE_ENV=production (SQLite and MongoDB alike): set it to a long random string, e.g. `openssl rand -hex 32`.',
    )
    this.name = 'MissingSecretError'
  }
}

/** Production is what the operator asked for when starting a command, never what a build tool sets for itself. */
export const isProduction = (env: Env): boolean => env.NODE_ENV === 'production'

/** Read a value kept in a git-ignored file under data/, creating it with `make()` the first time. */
export function readOrCreateLocalFile(name: string, make: () => string): { value: string; created: boolean } {
  const file = path.join(dataDir(), name)
  if (fs.existsSync(file)) return { value: fs.readFileSync(file, 'utf8').trim(), created: false }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const value = make()
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 })
  return { value, created: true }
}

/**
 * PAYLOAD_SECRET from the environment. Outside production a random one is kept in data/ so a fresh
 * clone just works; in production (any database) a missing secret is a startup error, never a
 * silent default. The target is accepted for callers that pass it; the rule no longer depends on it.
 */
export function resolvePayloadSecret(env: Env, _target?: DatabaseTarget): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (isProduction(env)) throw new MissingSecretError()
  return readOrCreateLocalFile('payload-secret', () => randomBytes(32).toString('hex')).value
}
