/** Pure parsing of DATABASE_URL: which database, where. No I/O. */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'mongodb'; url: string; host: string }

export const DEFAULT_SQLITE_FILE = 'data/campaign.db'

export const ACCEPTED_DATABASE_URLS =
  'DATABASE_URL 只接受 / accepts: (unset) | file:<path to .db> | mongodb://<host>/<db> | mongodb+srv://<host>/<db>'

export class DatabaseUrlError extends Error {
  constructor(value: string) {
    super(`DATABASE_URL 无法识别 / not recognised: "${redact(value)}". ${ACCEPTED_DATABASE_URLS}`)
    this.name = 'DatabaseUrlError'
  }
}

/** Hide a password in a connection string before it reaches a log line. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}

/** The host part of a MongoDB URL (all hosts of a replica set, comma-separated). */
export function mongoHost(url: string): string {
  const afterScheme = url.replace(/^mongodb(\+srv)?:\/\//, '')
  const withoutCredentials = afterScheme.includes('@') ? afterScheme.slice(afterScheme.lastIndexOf('@') + 1) : afterScheme
  return withoutCredentials.split(/[/?]/)[0] ?? ''
}

export function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  const url = (value ?? '').trim()
  if (url === '') return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE }
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (file === '' || file.endsWith('/')) throw new DatabaseUrlError(url)
    return { kind: 'sqlite', file }
  }
  if (/^mongodb(\+srv)?:\/\/[^/?]+/.test(url)) {
    const host = mongoHost(url)
    if (host === '') throw new DatabaseUrlError(url)
    return { kind: 'mongodb', url, host }
  }
  throw new DatabaseUrlError(url)
}
