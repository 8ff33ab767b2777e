import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readSettings } from '../../cms/config/settings.ts'
import type { Env } from '../../cms/config/source.ts'
import { MissingSecretError, resolvePayloadSecret } from '../../cms/secrets.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-secret-'))
/** The settings of `env` with DATA_DIR in the temp folder and the given database. */
const settingsOf = (env: Env, target: typeof mongo | typeof sqlite) =>
  readSettings({ ...env, DATA_DIR: dir, DATABASE_URL: target.kind === 'mongodb' ? target.url : `file:${target.file}` })
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const mongo = { kind: 'mongodb', url: 'mongodb://db/x', host: 'db' } as const
const sqlite = { kind: 'sqlite', file: 'data/x.db' } as const
const secretFile = path.join(dir, 'payload-secret')

describe('resolvePayloadSecret', () => {
  it.each([
    ['MongoDB', mongo],
    ['SQLite', sqlite],
  ])('should use PAYLOAD_SECRET when set (%s)', (_name, target) => {
    expect(resolvePayloadSecret(settingsOf({ PAYLOAD_SECRET: ' abc ' }, target))).toBe('abc')
    expect(resolvePayloadSecret(settingsOf({ PAYLOAD_SECRET: 'abc', NODE_ENV: 'production' }, target))).toBe('abc')
  })

  it.each([
    ['MongoDB', mongo],
    ['SQLite', sqlite],
  ])('should refuse to start in production on %s without a secret', (_name, target) => {
    expect(() => resolvePayloadSecret(settingsOf({ NODE_ENV: 'production' }, target))).toThrow(MissingSecretError)
    expect(() => resolvePayloadSecret(settingsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: '  ' }, target))).toThrow(/PAYLOAD_SECRET/)
  })

  it('should not create a secret file when it refuses', () => {
    expect(() => resolvePayloadSecret(settingsOf({ NODE_ENV: 'production' }, sqlite))).toThrow(MissingSecretError)
    expect(fs.existsSync(secretFile)).toBe(false)
  })

  it('should name PAYLOAD_SECRET and NODE_ENV in one line', () => {
    const message = new MissingSecretError().message
    expect(message).toContain('PAYLOAD_SECRET')
    expect(message).toContain('NODE_ENV=production')
    expect(message).not.toContain('\n')
  })

  it('should generate one secret outside production, keep it in data/ and reuse it', () => {
    const first = resolvePayloadSecret(settingsOf({}, sqlite))
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolvePayloadSecret(settingsOf({ NODE_ENV: 'development' }, mongo))).toBe(first)
    expect(fs.readFileSync(secretFile, 'utf8').trim()).toBe(first)
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600)
  })

  it('should ignore a kept file in production', () => {
    expect(fs.existsSync(secretFile)).toBe(true)
    expect(() => resolvePayloadSecret(settingsOf({ NODE_ENV: 'production' }, sqlite))).toThrow(MissingSecretError)
  })
})

describe('settings.production', () => {
  it.each([
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'development' }, false],
    [{ NODE_ENV: 'test' }, false],
    [{}, false],
  ])('should read %j as production = %s', (env, expected) => {
    expect(readSettings(env).production).toBe(expected)
  })
})
