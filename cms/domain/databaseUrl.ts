/** Pure parsing of DATABASE_URL: which database, where. No I/O. */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mongodb'; url: string; host: string }
  | { kind: 'postgres'; url: string; host: string }

export const DEFAULT_SQLITE_FILE = 'data/campaign.db'

export const ACCEPTED_DATABASE_URLS =
  'DATABASE_URL 只接受 / accepts: (unset) | file:<path to .db> | mongodb://<host>/<db> | mongodb+srv://<host>/<db> | postgres://<user>:<password>@<host>[:port]/<db> (or postgresql://)'

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

/** The host (and port, when given) of a PostgreSQL URL, without credentials. */
export function postgresHost(url: string): string {
  return mongoHost(url.replace(/^postgres(ql)?:\/\//, 'mongodb://'))
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
  if (/^postgres(ql)?:\/\/[^/?]+/.test(url)) {
    const host = postgresHost(url)
    if (host === '') throw new DatabaseUrlError(url)
    return { kind: 'postgres', url, host }
  }
  throw new DatabaseUrlError(url)
}
