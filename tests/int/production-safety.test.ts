/** NODE_ENV=production as the operator starts `npm start`: no demo account, no demo content, a secret required. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'

const dir = makeTempDir('production')
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const dbFile = path.join(dir, 'x.db')

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script], {
    encoding: 'utf8',
    env: childEnv({
      DATABASE_URL: `file:${dbFile}`,
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_ENV: 'production',
      ...env,
    }),
    timeout: 240_000,
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

const secret = { PAYLOAD_SECRET: 'a-production-secret-for-this-test-only' }
const prepare = (env: Record<string, string>) => run('cms/cli/prepare.ts', env)

async function count(table: string): Promise<number> {
  const client = createClient({ url: `file:${dbFile}` })
  try {
    return Number((await client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n)
  } finally {
    client.close()
  }
}

describe('npm start in production (cms/cli/prepare.ts with NODE_ENV=production)', () => {
  it('should refuse without PAYLOAD_SECRET on SQLite, in one line naming it, before touching the database', () => {
    const result = prepare({ PAYLOAD_SECRET: '' })
    expect(result.code).not.toBe(0)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toContain('PAYLOAD_SECRET')
    expect(fs.existsSync(dbFile)).toBe(false)
    expect(fs.existsSync(path.join(dir, 'data', 'payload-secret'))).toBe(false)
  })

  it('should migrate but create no user and no demo content, and say how to create the first admin', { timeout: 300_000 }, async () => {
    const result = prepare(secret)
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect(await count('payload_migrations')).toBeGreaterThan(0)
    for (const table of ['users', 'units', 'media', 'knowledge', 'bulletins', 'exposures']) expect(await count(table)).toBe(0)
    expect(fs.existsSync(path.join(dir, 'data', 'demo-admin.json'))).toBe(false)
    expect(result.out).not.toContain('admin@example.com')
    expect(result.out).toContain('npm run user:create -- --email you@example.gov.cn --role admin')
  })

  it('should leave the demo admin and content to an explicit npm run seed, printing the password once', { timeout: 600_000 }, async () => {
    const seeded = run('seed/run.ts', secret)
    expect(seeded.code, seeded.err.slice(-2000)).toBe(0)
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8'))
    expect(seeded.out).toContain(`Demo admin created: admin@example.com / ${saved.password}`)
    expect(await count('users')).toBe(1)
    expect(await count('units')).toBeGreaterThan(0)
    const again = run('seed/run.ts', secret)
    expect(again.code).toBe(0)
    expect(again.out).not.toContain(saved.password)
    expect(await count('users')).toBe(1)
  })
})
