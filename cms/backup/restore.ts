/**
 * Bring a backup back: extract into a private temp folder, verify every file against the manifest
 * (sha256, size, nothing extra, nothing missing) and the snapshot against its table counts, and only
 * then write the targets — uploads and secrets first, the database file last (renamed into place).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { extract, type ReadEntry } from 'tar'
import { BackupError } from './errors.ts'
import { isEmptyDir, listFiles, sha256File } from './files.ts'
import { DATA_PREFIX, DB_ENTRY, isAllowedEntry, MANIFEST_NAME, type Manifest, MEDIA_PREFIX, parseManifest } from './manifest.ts'
import { integrityCheck, tableCounts } from './sqlite.ts'

export type RestoreTargets = { dbFile: string; dataDir: string; mediaDir: string }

const sqliteCompanions = (dbFile: string): string[] => [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]

/** What is in the way of a restore: an existing database file, a non-empty data or media folder. */
export function restoreConflicts(targets: RestoreTargets): string[] {
  const found = sqliteCompanions(targets.dbFile).filter((file) => fs.existsSync(file))
  if (!isEmptyDir(targets.dataDir)) found.push(targets.dataDir)
  if (!isEmptyDir(targets.mediaDir)) found.push(targets.mediaDir)
  return [...new Set(found)]
}

async function unpack(archive: string, staging: string): Promise<void> {
  const refused: string[] = []
  const accept = (entryPath: string, entry: ReadEntry): boolean => {
    const name = entryPath.replace(/^\.\//, '').replace(/\/$/, '')
    const ok =
      entry.type === 'Directory'
        ? ['db', 'media', 'data'].includes(name) || isAllowedEntry(`${name}/x`)
        : entry.type === 'File' && (name === MANIFEST_NAME || isAllowedEntry(name))
    if (!ok) refused.push(`${entryPath} (${entry.type})`)
    return ok
  }
  try {
    await extract({ file: archive, cwd: staging, strict: true, filter: (p, entry) => accept(p, entry as ReadEntry) })
  } catch (error) {
    throw new BackupError(
      `无法读取备份文件 / cannot read the archive ${archive}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (refused.length > 0)
    throw new BackupError(`备份中有不允许的条目 / the archive holds unexpected entries: ${refused.slice(0, 5).join(', ')}`)
}

async function verify(staging: string): Promise<Manifest> {
  const manifestFile = path.join(staging, MANIFEST_NAME)
  if (!fs.existsSync(manifestFile)) throw new BackupError('备份中没有 manifest.json / the archive has no manifest.json')
  const manifest = parseManifest(fs.readFileSync(manifestFile, 'utf8'))
  const listed = new Map(manifest.files.map((file) => [file.path, file]))
  const present = listFiles(staging).filter((file) => file !== MANIFEST_NAME)
  const extra = present.find((file) => !listed.has(file))
  if (extra) throw new BackupError(`备份中有 manifest 未列出的文件 / file not in the manifest: ${extra}`)
  for (const expected of manifest.files) {
    const full = path.join(staging, expected.path)
    if (!fs.existsSync(full)) throw new BackupError(`备份缺少文件 / file missing from the archive: ${expected.path}`)
    if (fs.statSync(full).size !== expected.size || (await sha256File(full)) !== expected.sha256)
      throw new BackupError(`校验失败（sha256 不符）/ checksum mismatch, the archive is damaged: ${expected.path}`)
  }
  if (!listed.has(DB_ENTRY)) throw new BackupError(`备份中没有数据库 / the archive has no ${DB_ENTRY}`)
  const db = path.join(staging, DB_ENTRY)
  const check = await integrityCheck(db)
  if (check !== 'ok') throw new BackupError(`数据库快照已损坏 / the database snapshot fails SQLite's check: ${check}`)
  const counts = await tableCounts(db)
  if (JSON.stringify(counts) !== JSON.stringify(manifest.database.tables))
    throw new BackupError('数据库快照的记录数与 manifest 不符 / the snapshot row counts differ from the manifest')
  return manifest
}

function place(staging: string, manifest: Manifest, targets: RestoreTargets, force: boolean): void {
  if (force) {
    for (const file of sqliteCompanions(targets.dbFile)) fs.rmSync(file, { force: true })
    // Empty the folder rather than remove it: MEDIA_DIR may be a mount point or a symlink.
    if (fs.existsSync(targets.mediaDir))
      for (const name of fs.readdirSync(targets.mediaDir)) fs.rmSync(path.join(targets.mediaDir, name), { recursive: true, force: true })
  }
  fs.mkdirSync(targets.mediaDir, { recursive: true })
  fs.mkdirSync(targets.dataDir, { recursive: true })
  for (const { path: entry } of manifest.files) {
    const from = path.join(staging, entry)
    if (entry.startsWith(MEDIA_PREFIX)) {
      const to = path.join(targets.mediaDir, entry.slice(MEDIA_PREFIX.length))
      fs.mkdirSync(path.dirname(to), { recursive: true })
      fs.copyFileSync(from, to)
    } else if (entry.startsWith(DATA_PREFIX)) {
      const to = path.join(targets.dataDir, entry.slice(DATA_PREFIX.length))
      fs.copyFileSync(from, to)
      fs.chmodSync(to, 0o600)
    }
  }
  fs.mkdirSync(path.dirname(targets.dbFile), { recursive: true })
  const partial = `${targets.dbFile}.restoring`
  fs.copyFileSync(path.join(staging, DB_ENTRY), partial)
  fs.renameSync(partial, targets.dbFile)
}

export async function restoreBackup(archive: string, targets: RestoreTargets, force = false): Promise<Manifest> {
  if (!fs.existsSync(archive) || !fs.statSync(archive).isFile()) throw new BackupError(`没有找到备份文件 / no such archive: ${archive}`)
  const conflicts = restoreConflicts(targets)
  if (conflicts.length > 0 && !force)
    throw new BackupError(
      `目标不为空，拒绝覆盖（确认要覆盖请加 --force，并先停止服务器）/ refusing to overwrite, not empty: ${conflicts.join(', ')} — add --force to replace them (stop the server first)`,
    )
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-restore-'))
  try {
    await unpack(archive, staging)
    const manifest = await verify(staging)
    place(staging, manifest, targets, force)
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
