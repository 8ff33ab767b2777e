import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { settingsOf } from './config/fromPayload.ts'
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_FILE, formatPassword } from './domain/demoAccount.ts'
import type { Role } from './domain/roles.ts'
import { slugs } from './slugs.ts'

export type DemoLogin = { email: string; password: string; created: boolean }

export async function createUser(payload: Payload, input: { email: string; password: string; role: Role; name: string }): Promise<void> {
  await payload.create({ collection: slugs.users, data: input, overrideAccess: true })
}

/**
 * On an empty database, create the demo administrator with a random password kept in a
 * git-ignored file under data/. Returns the login to print, or undefined when users exist and
 * no demo file is there.
 */
export async function ensureDemoAdmin(payload: Payload): Promise<DemoLogin | undefined> {
  const { dataDir } = settingsOf(payload).paths
  const file = path.join(dataDir, DEMO_ADMIN_FILE)
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true })
  if (totalDocs > 0) {
    if (!fs.existsSync(file)) return undefined
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { email: string; password: string }
    return { ...saved, created: false }
  }
  const password = formatPassword(randomBytes(16))
  await createUser(payload, { email: DEMO_ADMIN_EMAIL, password, role: 'admin', name: '演示管理员' })
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify({ email: DEMO_ADMIN_EMAIL, password }, null, 2)}\n`, { mode: 0o600 })
  return { email: DEMO_ADMIN_EMAIL, password, created: true }
}
