/** Write one backup archive: SQLite snapshot, uploads, secrets and a manifest with sha256 of every file. */
import fs from 'node:fs'
import path from 'node:path'
import { create as createTar } from 'tar'
import { BackupError } from './errors.ts'
import { linkOrCopy, listFiles, sha256File } from './files.ts'
import { archiveName, DATA_PREFIX, DB_ENTRY, MANIFEST_NAME, type Manifest, MEDIA_PREFIX, SECRET_FILES } from './manifest.ts'
import { snapshotSqlite, tableCounts } from './sqlite.ts'

export type BackupSources = { dbFile: string; dataDir: string; mediaDir: string }
export type BackupResult = { file: string; manifest: Manifest }

/** A name in `outDir` that does not exist yet (two backups in one second get -2, -3 …). */
function freshPath(outDir: string, now: Date): string {
  const base = archiveName(now).replace(/\.tar\.gz$/, '')
  for (let n = 1; ; n++) {
    const file = path.join(outDir, `${base}${n === 1 ? '' : `-${n}`}.tar.gz`)
    if (!fs.existsSync(file) && !fs.existsSync(`${file}.partial`)) return file
  }
}

/** Gather everything into `staging` (snapshot + hard links), so what is hashed is exactly what is archived. */
async function stage(sources: BackupSources, staging: string): Promise<string[]> {
  fs.mkdirSync(path.join(staging, path.dirname(DB_ENTRY)), { recursive: true })
  await snapshotSqlite(sources.dbFile, path.join(staging, DB_ENTRY))
  for (const file of listFiles(sources.mediaDir)) linkOrCopy(path.join(sources.mediaDir, file), path.join(staging, MEDIA_PREFIX, file))
  for (const name of SECRET_FILES) {
    const file = path.join(sources.dataDir, name)
    if (fs.existsSync(file)) linkOrCopy(file, path.join(staging, DATA_PREFIX, name))
  }
  return listFiles(staging)
}

export async function createBackup(sources: BackupSources, outDir: string, now: Date): Promise<BackupResult> {
  if (!fs.existsSync(sources.dbFile))
    throw new BackupError(`没有找到数据库文件 / no database file at ${sources.dbFile} (check DATABASE_URL and DATA_DIR)`)
  fs.mkdirSync(outDir, { recursive: true })
  const file = freshPath(outDir, now)
  const staging = fs.mkdtempSync(path.join(outDir, '.backup-'))
  try {
    const entries = await stage(sources, staging)
    const files = await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(staging, entry)
        return { path: entry, size: fs.statSync(full).size, sha256: await sha256File(full) }
      }),
    )
    const tables = await tableCounts(path.join(staging, DB_ENTRY))
    const manifest: Manifest = {
      format: 'campaign-backup',
      version: 1,
      createdAt: now.toISOString(),
      database: { kind: 'sqlite', file: DB_ENTRY, tables },
      files,
    }
    fs.writeFileSync(path.join(staging, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`)
    const top = [MANIFEST_NAME, ...new Set(entries.map((entry) => entry.split('/')[0] ?? entry))]
    // The archive holds the secrets: created owner-only before a byte is written, renamed when complete.
    fs.writeFileSync(`${file}.partial`, '', { mode: 0o600 })
    await createTar({ gzip: true, cwd: staging, file: `${file}.partial`, portable: true }, top)
    fs.renameSync(`${file}.partial`, file)
    return { file, manifest }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(`${file}.partial`, { force: true })
  }
}
