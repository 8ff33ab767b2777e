/**
 * Puts cms/sqliteWriter.ts under Payload's SQLite adapter: after the adapter connects, its client and
 * drizzle instance route through the writer, and beginTransaction opens a real transaction on the
 * writer's connection. Migrations run without a transaction (see sqliteWriter.ts). In-memory
 * databases keep the adapter as it is (a second connection would be a second, empty database).
 */
import type { Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { WAL_BACKSTOP_PAGES } from './sqliteCheckpoint.ts'
import { beginSession, RoutedClient } from './sqliteSessions.ts'
import { MAIN_BUSY_MS, SqliteWriter } from './sqliteWriter.ts'

export type SqliteSynchronous = 'NORMAL' | 'FULL'

type Adapter = {
  client: Client
  clientConfig: { url: string }
  drizzle: unknown
  logger?: unknown
  schema: Record<string, unknown>
  sessions: Record<string, { db: unknown; resolve: () => Promise<unknown>; reject: () => Promise<unknown> }>
  connect: (options?: unknown) => Promise<void>
  beginTransaction: () => Promise<string | number | null>
  migrate?: (...args: unknown[]) => Promise<unknown>
} & Record<string, unknown>

/**
 * One registry per process, on the global object, shared by every copy of this module: publisher/server.ts
 * answers 随手拍 and 点赞 before Next with the Payload instance Next started (publisher/sharedPayload.ts),
 * whose adapter Next's bundled copy of this module wrapped. With a registry per copy, writerOf answered
 * null there, so the fast route never took 随手拍 (isFastReport: batchesReports) and every report went
 * through Next (found in session 13).
 */
const REGISTRY = Symbol.for('campaign.sqliteWriters')
const shared = globalThis as { [REGISTRY]?: WeakMap<object, SqliteWriter> }
const writers = shared[REGISTRY] ?? new WeakMap<object, SqliteWriter>()
shared[REGISTRY] = writers

/** The writer of this adapter (payload.db), or null on other databases and in-memory SQLite. */
export function writerOf(db: object): SqliteWriter | null {
  return writers.get(db) ?? null
}

const MIGRATIONS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const

export function withSqliteWriter<T extends object>(db: T): T {
  const adapter = db as unknown as Adapter
  const url = adapter.clientConfig.url
  if (!url.startsWith('file:') || url.includes(':memory:')) return db
  const connect = adapter.connect
  adapter.connect = async function connectWithWriter(this: Adapter, options?: unknown) {
    await connect.call(this, options)
    if (this.client instanceof RoutedClient) return // hot reload: already routed
    const main = this.client
    const [{ foreign_keys: foreignKeys } = { foreign_keys: 1 }] = (await main.execute('PRAGMA foreign_keys')).rows as unknown as {
      foreign_keys: number
    }[]
    const [{ synchronous } = { synchronous: 2 }] = (await main.execute('PRAGMA synchronous')).rows as unknown as { synchronous: number }[]
    const writer = new SqliteWriter(main, url, [
      `PRAGMA synchronous = ${synchronous}`,
      `PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`,
      // Checkpoints past this only; the photo workers checkpoint sooner, off the answering process (sqliteCheckpoint.ts).
      `PRAGMA wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`,
    ])
    await main.execute(`PRAGMA busy_timeout = ${MAIN_BUSY_MS}`)
    writer.report = (msg, err) => (this.payload as { logger: { error: (o: object) => void } }).logger.error({ err, msg })
    writers.set(this, writer)
    const options_ = { logger: (this.logger as never) || false, schema: this.schema }
    this.client = new RoutedClient(writer) as unknown as Client
    this.drizzle = drizzle(this.client, options_)
    const db = this.drizzle
    this.beginTransaction = () => beginSession(writer, this.sessions, db)
    for (const name of MIGRATIONS) {
      const original = this[name] as ((...args: unknown[]) => Promise<unknown>) | undefined
      if (typeof original !== 'function') continue
      this[name] = async function withoutTransactions(this: Adapter, ...args: unknown[]) {
        writer.bare++
        try {
          return await original.apply(this, args)
        } finally {
          writer.bare--
        }
      }
    }
  }
  return db
}
