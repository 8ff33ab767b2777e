/**
 * The bench's own world: a fresh temp folder holding the SQLite database, data, media, the live
 * site and Astro's cache. The bench's entry point: it sets the bench process's environment before
 * anything reads settings (cms/config/processSettings.ts, cms/payload.config.ts), as a shell would.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** `reuse`: a folder an earlier run kept (--keep); its database, data and media are copied in (never its builds). */
export function prepareBenchEnv(reuse: string | null = null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-bench-'))
  if (reuse) {
    if (!fs.existsSync(path.join(reuse, 'bench.db'))) throw new Error(`--reuse: ${reuse} has no bench.db (a folder kept with --keep)`)
    for (const name of fs.readdirSync(reuse)) {
      if (name === 'bench.db' || name.startsWith('bench.db-') || name === 'data' || name === 'media')
        fs.cpSync(path.join(reuse, name), path.join(dir, name), { recursive: true })
    }
  }
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
