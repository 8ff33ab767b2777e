/**
 * Real Payload on a temporary SQLite file (one per test file), removed afterwards. Its settings point
 * DATABASE_URL, DATA_DIR and MEDIA_DIR at the temp folder and are passed to the config; the
 * environment is never changed.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import type { Settings } from '../../cms/config/settings.ts'
import type { Env } from '../../cms/config/source.ts'
import { payloadConfig } from '../../cms/payloadConfig.ts'
import { testSettings } from './testEnv.ts'

export type TempPayload = {
  payload: Payload
  dir: string
  key: string
  settings: Settings
  config: Payload['config'] | Promise<Payload['config']>
  close: () => Promise<void>
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `campaign-${prefix}-`))
}

/** The variables that put a database, data and media in `dir`. */
export const tempFolderEnv = (dir: string): Env => ({
  DATABASE_URL: `file:${path.join(dir, 'test.db')}`,
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
})

/** A fresh temp folder and settings whose database, data and media live in it (`overrides` on top). */
export function prepareTempSettings(prefix: string, overrides: Env = {}): { dir: string; settings: Settings } {
  const dir = makeTempDir(prefix)
  const settings = testSettings({ ...tempFolderEnv(dir), ...overrides })
  fs.mkdirSync(settings.paths.mediaDir, { recursive: true })
  return { dir, settings }
}

export async function startTempPayload(prefix: string, overrides: Env = {}): Promise<TempPayload> {
  const { dir, settings } = prepareTempSettings(prefix, overrides)
  const config = payloadConfig(settings)
  const key = randomUUID()
  const payload = await getPayload({ config, key })
  return {
    payload,
    dir,
    key,
    settings,
    config,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
