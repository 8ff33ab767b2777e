import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MissingSecretError, resolvePayloadSecret } from '../../cms/secrets.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-secret-'))
process.env.DATA_DIR = dir
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const mongo = { kind: 'mongodb', url: 'mongodb://db/x', host: 'db' } as const
const sqlite = { kind: 'sqlite', file: 'data/x.db' } as const

describe('resolvePayloadSecret', () => {
  it('should use PAYLOAD_SECRET when set', () => {
    expect(resolvePayloadSecret({ PAYLOAD_SECRET: ' abc ' }, mongo)).toBe('abc')
  })

  it('should refuse to start in production on MongoDB without a secret', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, mongo)).toThrow(MissingSecretError)
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, mongo)).toThrow(/PAYLOAD_SECRET/)
  })

  it('should generate one secret for the embedded default, keep it in data/ and reuse it', () => {
    const first = resolvePayloadSecret({}, sqlite)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolvePayloadSecret({ NODE_ENV: 'production' }, sqlite)).toBe(first)
    expect(fs.readFileSync(path.join(dir, 'payload-secret'), 'utf8').trim()).toBe(first)
  })
})
