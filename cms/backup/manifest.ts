/** The backup archive's manifest and layout: what is in it, where it goes back, how to check it. */
import { DEMO_ADMIN_FILE } from '../domain/demoAccount.ts'
import { BackupError } from './errors.ts'

export const MANIFEST_NAME = 'manifest.json'
/** The database snapshot inside the archive, whatever the live file is called. */
export const DB_ENTRY = 'db/campaign.db'
export const MEDIA_PREFIX = 'media/'
export const DATA_PREFIX = 'data/'
/** The only files of DATA_DIR that are backed up: the secrets. */
export const SECRET_FILES = ['payload-secret', DEMO_ADMIN_FILE] as const

export type ManifestFile = { path: string; size: number; sha256: string }
export type Manifest = {
  format: 'campaign-backup'
  version: 1
  createdAt: string
  database: { kind: 'sqlite'; file: typeof DB_ENTRY; tables: Record<string, number> }
  files: ManifestFile[]
}

/** Archive paths allowed in a backup: the snapshot, uploads without any '..', and the two secrets. */
export function isAllowedEntry(entry: string): boolean {
  if (entry === DB_ENTRY) return true
  if (entry.startsWith(DATA_PREFIX)) return (SECRET_FILES as readonly string[]).includes(entry.slice(DATA_PREFIX.length))
  if (!entry.startsWith(MEDIA_PREFIX) || entry.length === MEDIA_PREFIX.length) return false
  return entry.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'))
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0

function isManifestFile(value: unknown): value is ManifestFile {
  const file = value as ManifestFile
  return typeof file?.path === 'string' && isCount(file.size) && typeof file.sha256 === 'string' && /^[0-9a-f]{64}$/.test(file.sha256)
}

/** Parse and check a manifest; anything unexpected is a BackupError naming what is wrong. */
export function parseManifest(text: string): Manifest {
  let data: Manifest
  try {
    data = JSON.parse(text) as Manifest
  } catch {
    throw new BackupError('manifest.json 不是有效的 JSON / manifest.json is not valid JSON')
  }
  if (data?.format !== 'campaign-backup' || data.version !== 1)
    throw new BackupError('不是本系统的备份（manifest 格式或版本不符）/ not a campaign backup (manifest format or version)')
  const tables = data.database?.tables
  if (data.database?.file !== DB_ENTRY || typeof tables !== 'object' || !Object.values(tables).every(isCount))
    throw new BackupError('manifest.json 的 database 字段无效 / manifest.json: invalid "database"')
  if (!Array.isArray(data.files) || !data.files.every(isManifestFile))
    throw new BackupError('manifest.json 的 files 字段无效 / manifest.json: invalid "files"')
  const bad = data.files.find((file) => !isAllowedEntry(file.path))
  if (bad) throw new BackupError(`备份中有不允许的路径 / the backup names a path outside db/, media/, data/: ${bad.path}`)
  return data
}

/** campaign-YYYYMMDD-HHMMSS.tar.gz in China time (the campaign's clock); the manifest keeps UTC. */
export function archiveName(now: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  )
  return `campaign-${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}.tar.gz`
}
