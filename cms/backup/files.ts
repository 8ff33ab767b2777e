/** File helpers for backup and restore: regular files only, hashed by content. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Regular files under `root`, as sorted '/'-separated relative paths (symlinks and devices skipped). */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return []
  const found: string[] = []
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  }
  return found.sort()
}

/** True when the folder is absent or has no entries at all. */
export function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0
}

/** Hard-link a file (instant, and immune to later renames or deletes of the original), else copy it. */
export function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}
