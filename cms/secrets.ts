import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseTarget } from './domain/databaseUrl.ts'
import { dataDir } from './paths.ts'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET 未设置：生产环境（NODE_ENV=production 且使用 MongoDB）必须提供。 / PAYLOAD_SECRET is required in production: set it to a long random string, e.g. `openssl rand -hex 32`.',
    )
    this.name = 'MissingSecretError'
  }
}

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
 * PAYLOAD_SECRET from the environment; in the embedded default a random one kept in data/.
 * Production on MongoDB without a secret is a startup error, never a silent default.
 */
export function resolvePayloadSecret(env: Readonly<Record<string, string | undefined>>, target: DatabaseTarget): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (target.kind === 'mongodb' && env.NODE_ENV === 'production') throw new MissingSecretError()
  return readOrCreateLocalFile('payload-secret', () => randomBytes(32).toString('hex')).value
}
