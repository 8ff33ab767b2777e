/** A hash of everything the public site is built from, so a build after a code, schema or dependency change is a full one. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SKIP = new Set(['.next', 'node_modules', '.astro', 'next-env.d.ts'])
const ROOTS = ['site', 'cms', 'publisher']
const FILES = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json']

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : entry.isFile() ? [full] : []
  })
}

/**
 * sha256 over the relative path and bytes of every file under site/, cms/ and publisher/, the lockfile
 * and the Astro config of the project at `root` (settings.paths.projectRoot).
 */
export function siteSourceHash(root: string): string {
  const files = [...ROOTS.flatMap((dir) => listFiles(path.join(root, dir))), ...FILES.map((file) => path.join(root, file))].sort()
  // Every publish asks (~700 files): the bytes are read again only when a file's identity, size or times changed.
  const signature = files.map((file) => statSignature(file)).join('\n')
  const known = hashes.get(root)
  if (known?.signature === signature) return known.hash
  const hash = readHash(root, files)
  hashes.set(root, { signature, hash })
  return hash
}

/** The last hash of each project root, with the file list and stats it was read from. */
const hashes = new Map<string, { signature: string; hash: string }>()

function statSignature(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true })
  return stat ? `${file}\0${stat.ino}\0${stat.size}\0${stat.mtimeNs}\0${stat.ctimeNs}` : `${file}\0-`
}

function readHash(root: string, files: string[]): string {
  const hash = createHash('sha256')
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}
