/**
 * Real Payload on a temporary SQLite file (one per test file), removed afterwards.
 * Environment is set before the config is imported, so the config picks the temp paths up.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

export type TempPayload = {
  payload: Payload
  dir: string
  key: string
  config: Payload['config'] | Promise<Payload['config']>
  close: () => Promise<void>
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `campaign-${prefix}-`))
}

/** Point DATABASE_URL, DATA_DIR and MEDIA_DIR at a fresh temp folder and return it. */
export function prepareTempEnvironment(prefix: string): string {
  const dir = makeTempDir(prefix)
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  process.env.DATA_DIR = path.join(dir, 'data')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  fs.mkdirSync(process.env.MEDIA_DIR, { recursive: true })
  return dir
}

export async function startTempPayload(prefix: string): Promise<TempPayload> {
  const dir = prepareTempEnvironment(prefix)
  const { default: config } = await import('../../cms/payload.config.ts')
  const key = randomUUID()
  const payload = await getPayload({ config, key })
  return {
    payload,
    dir,
    key,
    config,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
