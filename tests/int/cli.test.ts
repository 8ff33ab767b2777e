/** Operator commands as a person runs them: real processes, real SQLite, one-line errors. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'

const dir = makeTempDir('cli')
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    encoding: 'utf8',
    env: childEnv({ DATA_DIR: path.join(dir, 'data'), MEDIA_DIR: path.join(dir, 'media'), ...env }),
    timeout: 240_000,
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

describe('operator commands', () => {
  it('should reject an unknown DATABASE_URL with one line listing the accepted forms', () => {
    const result = run('cms/cli/prepare.ts', [], { DATABASE_URL: 'mysql://localhost/campaign' })
    expect(result.code).toBe(1)
    expect(result.err.trim().split('\n')).toHaveLength(1)
    expect(result.err).toContain('DATABASE_URL 无法识别')
    expect(result.err).toContain('mongodb+srv://<host>/<db>')
  })

  it('should name the MongoDB host it cannot reach, without a stack trace', () => {
    const result = run('cms/cli/prepare.ts', [], { DATABASE_URL: 'mongodb://127.0.0.1:1/campaign' })
    expect(result.code).toBe(1)
    expect(result.err).toContain('无法连接 MongoDB 主机 127.0.0.1:1')
    expect(result.err).not.toMatch(/\n\s+at /)
  })

  it('should name the PostgreSQL host it cannot reach, without a stack trace or the password', () => {
    const result = run('cms/cli/prepare.ts', [], { DATABASE_URL: 'postgres://campaign:s3cret@127.0.0.1:1/campaign' })
    expect(result.code).toBe(1)
    expect(result.err).toContain('无法连接 PostgreSQL 主机 127.0.0.1:1')
    expect(result.err).toContain('postgres://campaign:***@127.0.0.1:1/campaign')
    expect(result.err).not.toContain('s3cret')
    expect(result.err).not.toMatch(/\n\s+at /)
  })

  it('should refuse npm run backup and restore on PostgreSQL, naming pg_dump and pg_restore', () => {
    const env = { DATABASE_URL: 'postgres://127.0.0.1:1/campaign' }
    const backup = run('cms/cli/backup.ts', [], env)
    expect(backup.code).toBe(1)
    expect(backup.err).toContain('pg_dump --format=custom')
    const restore = run('cms/cli/restore.ts', ['x.tar.gz'], env)
    expect(restore.code).toBe(1)
    expect(restore.err).toContain('pg_restore --no-owner')
  })

  it('should refuse production on MongoDB without PAYLOAD_SECRET', () => {
    const result = run('cms/cli/prepare.ts', [], {
      DATABASE_URL: 'mongodb://127.0.0.1:1/campaign',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
    })
    expect(result.code).toBe(1)
    expect(result.err).toContain('PAYLOAD_SECRET 未设置')
  })

  it('should create a demo admin once, then a user from the command line who can log in', { timeout: 600_000 }, async () => {
    const env = { DATABASE_URL: `file:${path.join(dir, 'cli.db')}` }
    const first = run('cms/cli/prepare.ts', [], env)
    expect(first.code).toBe(0)
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8'))
    expect(first.out).toContain(`Demo admin created: admin@example.com / ${saved.password}`)
    const second = run('cms/cli/prepare.ts', [], env)
    expect(second.out).not.toContain(saved.password)

    const bad = run('cms/cli/user-create.ts', ['--email', 'x@example.com', '--role', 'boss', '--password', 'long-enough-pw'], env)
    expect(bad.code).toBe(2)
    expect(bad.err.trim().split('\n')).toHaveLength(1)
    expect(bad.err).toContain('--role 只能是 / must be one of: admin, reviewer, editor, unitLiaison')

    const made = run('cms/cli/user-create.ts', ['--email', 'zhang@example.com', '--role', 'reviewer', '--password', 'long-enough-pw'], env)
    expect(made.code).toBe(0)
    expect(made.out).toContain('已创建用户 / created zhang@example.com (reviewer)')

    // The same address again, in other letters: one line saying the account exists, exit 1, nothing changed.
    const again = run('cms/cli/user-create.ts', ['--email', 'Zhang@Example.com', '--role', 'admin', '--password', 'another-long-pw'], env)
    expect(again.code).toBe(1)
    expect(again.err.trim().split('\n')).toHaveLength(1)
    expect(again.err).toContain('账号已存在：zhang@example.com')
    expect(again.err).toContain('an account with this e-mail already exists')
    expect(again.err).not.toContain('The following field is invalid')
  })
})
