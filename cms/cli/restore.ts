/** npm run restore -- <archive> [--force] — bring a backup back into an empty data folder, media folder and database path. */
import path from 'node:path'
import { restoreBackup } from '../backup/restore.ts'
import { sqliteFilePath } from '../db.ts'
import { failUsage, parseCliArgs } from './args.ts'
import { CliError, runCli } from './runCli.ts'

const { values, positionals } = parseCliArgs({
  usage: `用法 / Usage: npm run restore -- <archive.tar.gz> [--force]

把 npm run backup 写的备份恢复到数据库文件（DATABASE_URL）、DATA_DIR 与 MEDIA_DIR。先按 manifest.json
校验每个文件的 sha256 和数据库快照，全部通过才写入。目标必须为空：数据库文件不存在、两个文件夹为空。
Restores a backup made by npm run backup into the database file (DATABASE_URL), DATA_DIR and MEDIA_DIR.
Every file is checked against the manifest's sha256 (and the snapshot against its row counts) before
anything is written. The targets must be empty (no database file, empty folders) unless --force.`,
  options: {
    force: {
      type: 'boolean',
      description:
        '覆盖已有的数据库与密钥并清空上传文件夹（先停止服务器）/ replace the database and secrets, empty the uploads folder (stop the server first)',
    },
  },
  allowPositionals: true,
})
if (positionals.length !== 1) failUsage('请给出一个备份文件 / give exactly one archive: npm run restore -- <archive.tar.gz>')

await runCli(async (settings) => {
  const { database: target, paths } = settings
  if (target.kind === 'postgres')
    throw new CliError(
      'PostgreSQL 数据库请用 pg_restore 恢复 / for PostgreSQL restore a `pg_dump --format=custom` file into an empty database with `pg_restore --no-owner --dbname="$DATABASE_URL" <file>`',
    )
  if (target.kind !== 'sqlite')
    throw new CliError(
      'MongoDB 数据库请用 mongorestore 恢复 / for MongoDB restore the database with `mongorestore --uri "$DATABASE_URL" --archive=<file> --gzip`',
    )
  const archive = path.resolve(paths.projectRoot, positionals[0] ?? '')
  const dbFile = sqliteFilePath(target, paths.projectRoot)
  const manifest = await restoreBackup(archive, { dbFile, dataDir: paths.dataDir, mediaDir: paths.mediaDir }, values.force)
  console.log(`✔ 已恢复 / restored ${path.basename(archive)}（备份于 / made ${manifest.createdAt}）`)
  console.log(`  数据库 / database: ${dbFile}；${manifest.files.length} 个文件已校验 / files verified`)
})
