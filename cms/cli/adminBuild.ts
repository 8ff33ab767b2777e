/** Build the admin (Next.js) only when its sources changed since the last build. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SKIP = new Set(['.next', 'node_modules', 'next-env.d.ts', 'tsconfig.json'])

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

/** A hash of everything the admin bundle is built from (`root`: the project, settings.paths.projectRoot). */
export function adminSourceHash(root: string): string {
  const files = [...listFiles(path.join(root, 'cms')), path.join(root, 'package-lock.json')].sort()
  const hash = createHash('sha256')
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const stampFile = (root: string): string => path.join(root, 'cms/.next/campaign-source-hash')

export function adminBuildIsCurrent(root: string): boolean {
  const stamp = stampFile(root)
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(root, 'cms/.next/BUILD_ID'))) return false
  return fs.readFileSync(stamp, 'utf8') === adminSourceHash(root)
}

export function recordAdminBuild(root: string): void {
  fs.writeFileSync(stampFile(root), adminSourceHash(root))
}

const lockDir = (root: string): string => path.join(root, 'cms/.next-build.lock')
const STALE_LOCK_MS = 15 * 60 * 1000

/** Take the admin-build lock (a directory: mkdir is atomic), waiting for another build to finish. */
async function acquireLock(root: string): Promise<() => void> {
  const lock = lockDir(root)
  for (;;) {
    try {
      fs.mkdirSync(lock)
      return () => fs.rmSync(lock, { recursive: true, force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
}

/**
 * Build the admin unless it is current. Two starts at once (two test files, two terminals) never
 * build into cms/.next together: the second waits for the first and then finds the build current.
 * `root`: the project (settings.paths.projectRoot).
 */
export async function ensureAdminBuilt(root: string, build: () => Promise<void>, log: (line: string) => void): Promise<void> {
  if (adminBuildIsCurrent(root)) return log('▶ 管理后台无改动，跳过构建 / admin unchanged, build skipped')
  const release = await acquireLock(root)
  try {
    if (adminBuildIsCurrent(root)) return log('▶ 管理后台已由另一进程构建 / admin built by another process meanwhile')
    log('▶ 构建管理后台（约 1 分钟）/ building the admin (about a minute)')
    await build()
    recordAdminBuild(root)
  } finally {
    release()
  }
}
