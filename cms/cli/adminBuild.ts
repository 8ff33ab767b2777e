/** Build the admin (Next.js) only when its sources changed since the last build. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths.ts'

const SKIP = new Set(['.next', 'node_modules', 'next-env.d.ts', 'tsconfig.json'])

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

/** A hash of everything the admin bundle is built from. */
export function adminSourceHash(): string {
  const root = projectRoot()
  const files = [...listFiles(path.join(root, 'cms')), path.join(root, 'package-lock.json')].sort()
  const hash = createHash('sha256')
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const stampFile = (): string => path.join(projectRoot(), 'cms/.next/campaign-source-hash')

export function adminBuildIsCurrent(): boolean {
  const stamp = stampFile()
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(projectRoot(), 'cms/.next/BUILD_ID'))) return false
  return fs.readFileSync(stamp, 'utf8') === adminSourceHash()
}

export function recordAdminBuild(): void {
  fs.writeFileSync(stampFile(), adminSourceHash())
}
