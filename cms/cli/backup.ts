/** npm run backup -- [--out <folder>] — one archive: SQLite snapshot (taken live), uploads, secrets, manifest. */
import path from 'node:path'
import { createBackup } from '../backup/create.ts'
import { sqliteFilePath } from '../db.ts'
import { parseCliArgs } from './args.ts'
import { CliError, runCli } from './runCli.ts'

const { values } = parseCliArgs({
  usage: `用法 / Usage: npm run backup -- [--out <folder>]

写入一个带时间戳的备份 <folder>/campaign-YYYYMMDD-HHMMSS.tar.gz，包含：服务器运行中也一致的
SQLite 快照、上传文件夹（MEDIA_DIR）、DATA_DIR 中的密钥，以及 manifest.json（各表行数、每个文件的 sha256）。
备份含密钥，请妥善保管。MongoDB 请用 mongodump / mongorestore；PostgreSQL 请用 pg_dump / pg_restore。
Writes one timestamped archive: a consistent SQLite snapshot (safe while the server runs), the
uploads (MEDIA_DIR), the secrets in DATA_DIR and manifest.json (row counts per table, sha256 of every
file). The archive holds secrets: keep it private. For MongoDB use mongodump / mongorestore; for PostgreSQL pg_dump / pg_restore.

恢复 / restore: npm run restore -- <archive.tar.gz>`,
  options: {
    out: { type: 'string', valueName: 'folder', default: 'backups', description: '备份目录 / where to write the archive' },
  },
})

const MONGO_BACKUP_HINT =
  'MongoDB 数据库请用 MongoDB 自带工具备份 / for MongoDB back up the database with `mongodump --uri "$DATABASE_URL" --archive=campaign.archive.gz --gzip` and restore it with `mongorestore --uri "$DATABASE_URL" --archive=campaign.archive.gz --gzip`; copy MEDIA_DIR (uploads) alongside it.'

const POSTGRES_BACKUP_HINT =
  'PostgreSQL 数据库请用 PostgreSQL 自带工具备份 / for PostgreSQL back up the database with `pg_dump --format=custom --file=campaign.dump "$DATABASE_URL"` (consistent while the server runs) and restore it into an empty database with `pg_restore --no-owner --dbname="$DATABASE_URL" campaign.dump`; copy MEDIA_DIR (uploads) and DATA_DIR (secrets) alongside it.'

await runCli(async (settings) => {
  const { database: target, paths } = settings
  if (target.kind === 'postgres') throw new CliError(POSTGRES_BACKUP_HINT)
  if (target.kind !== 'sqlite') throw new CliError(MONGO_BACKUP_HINT)
  const outDir = path.resolve(paths.projectRoot, values.out)
  const { file, manifest } = await createBackup(
    { dbFile: sqliteFilePath(target, paths.projectRoot), dataDir: paths.dataDir, mediaDir: paths.mediaDir },
    outDir,
    new Date(),
  )
  const rows = Object.values(manifest.database.tables).reduce((sum, n) => sum + n, 0)
  console.log(`✔ 备份完成 / backup written: ${file}`)
  console.log(`  ${Object.keys(manifest.database.tables).length} 张表 / tables, ${rows} 行 / rows, ${manifest.files.length} 个文件 / files`)
  console.log('  备份含密钥，请妥善保管 / the archive holds secrets: keep it private')
})
