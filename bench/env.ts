/**
 * The bench's own world: a fresh temp folder holding the SQLite database, data, media, the live
 * site and Astro's cache. Must run before anything imports cms/payload.config.ts.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function prepareBenchEnv(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.DATA_DIR = path.join(dir, 'data')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.SITE_OUT_DIR = path.join(dir, 'live')
  process.env.ASTRO_CACHE_DIR = path.join(dir, 'astro-cache')
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  process.env.SITE_URL = 'http://localhost'
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  for (const folder of [process.env.DATA_DIR, process.env.MEDIA_DIR]) fs.mkdirSync(folder, { recursive: true })
  return dir
}
