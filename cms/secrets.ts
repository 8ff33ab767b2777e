import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Settings } from './config/settings.ts'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET 未设置：生产环境（NODE_ENV=production，任何数据库）必须提供。 / PAYLOAD_SECRET is required when NODE_ENV=production (SQLite and MongoDB alike): set it to a long random string, e.g. `openssl rand -hex 32`.',
    )
    this.name = 'MissingSecretError'
  }
}

/** Read a value kept in a git-ignored file under data/ (DATA_DIR), creating it with `make()` the first time. */
export function readOrCreateLocalFile(dataDir: string, name: string, make: () => string): { value: string; created: boolean } {
  const file = path.join(dataDir, name)
  if (fs.existsSync(file)) return { value: fs.readFileSync(file, 'utf8').trim(), created: false }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const value = make()
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 })
  return { value, created: true }
}

/**
 * PAYLOAD_SECRET from the settings. Outside production a random one is kept in data/ so a fresh
 * clone just works; in production (NODE_ENV=production, any database) a missing secret is a startup
 * error, never a silent default. Production is what the operator asked for when starting a command.
 */
export function resolvePayloadSecret(settings: Pick<Settings, 'payloadSecret' | 'production' | 'paths'>): string {
  if (settings.payloadSecret) return settings.payloadSecret
  if (settings.production) throw new MissingSecretError()
  return readOrCreateLocalFile(settings.paths.dataDir, 'payload-secret', () => randomBytes(32).toString('hex')).value
}
