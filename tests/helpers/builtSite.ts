/** Seed a temp database and build the real Astro site from it into a temp folder. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { seedDemoContent } from '../../seed/index.ts'
import { startTempPayload, tempFolderEnv } from './tempPayload.ts'
import { childEnv } from './testEnv.ts'

export type BuiltSite = { out: string; dir: string; read: (file: string) => string; exists: (file: string) => boolean; cleanup: () => void }

export async function buildSeededSite(
  prefix: string,
  extra?: (ctx: Awaited<ReturnType<typeof startTempPayload>>) => Promise<void>,
): Promise<BuiltSite> {
  const ctx = await startTempPayload(prefix)
  await seedDemoContent(ctx.payload)
  await extra?.(ctx)
  await ctx.payload.destroy()
  const out = path.join(ctx.dir, 'site')
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: childEnv({ ...tempFolderEnv(ctx.dir), SITE_OUT_DIR: out, SITE_URL: 'https://wm.example.cn' }),
    timeout: 170_000,
  })
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`)
  return {
    out,
    dir: ctx.dir,
    read: (file) => fs.readFileSync(path.join(out, file), 'utf8'),
    exists: (file) => fs.existsSync(path.join(out, file)),
    cleanup: () => fs.rmSync(ctx.dir, { recursive: true, force: true }),
  }
}
