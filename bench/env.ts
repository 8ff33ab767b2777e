/**
 * The bench's own world: a fresh temp folder holding the SQLite database, data, media, the live
 * site and Astro's cache. The bench's entry point for settings: they are read here once, from this
 * process's environment with the bench's folders on top, and passed to everything the bench runs
 * (the Payload config, the publisher, the servers and builds it starts). The environment is not changed.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSettings, type Settings } from '../cms/config/settings.ts'

export type BenchEnv = { dir: string; settings: Settings }

/** `reuse`: a folder an earlier run kept (--keep); its database, data and media are copied in (never its builds). */
export function prepareBenchEnv(reuse: string | null = null): BenchEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-'))
  if (reuse) {
    if (!fs.existsSync(path.join(reuse, 'bench.db'))) throw new Error(`--reuse: ${reuse} has no bench.db (a folder kept with --keep)`)
    for (const name of fs.readdirSync(reuse)) {
      if (name === 'bench.db' || name.startsWith('bench.db-') || name === 'data' || name === 'media')
        fs.cpSync(path.join(reuse, name), path.join(dir, name), { recursive: true })
    }
  }
  const settings = readSettings({
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    SITE_OUT_DIR: path.join(dir, 'live'),
    ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: 'http://localhost',
    ASTRO_TELEMETRY_DISABLED: '1',
  })
  for (const folder of [settings.paths.dataDir, settings.paths.mediaDir]) fs.mkdirSync(folder, { recursive: true })
  return { dir, settings }
}
