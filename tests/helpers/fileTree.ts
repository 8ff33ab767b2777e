import fs from 'node:fs'
import path from 'node:path'

/** Every entry below `dir`: relative path → 'dir', 'link:<target>' or 'file:<inode>:<text>' (links and inodes compared too). */
export function fileTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fs.readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name
    const full = path.join(dir, rel)
    const stat = fs.lstatSync(full)
    if (stat.isSymbolicLink()) out[rel] = `link:${fs.readlinkSync(full)}`
    else if (stat.isDirectory()) Object.assign(out, { [rel]: 'dir' }, fileTree(dir, rel))
    else out[rel] = `file:${stat.ino}:${fs.readFileSync(full, 'utf8')}`
  }
  return out
}
