/**
 * The one place that knows which database adapter runs. DATABASE_URL decides:
 *   unset | file:…            → embedded SQLite file (default, tests)
 *   mongodb:// | mongodb+srv:// → MongoDB (production)
 *   postgres:// | postgresql:// → PostgreSQL (production, several hosts; cms/dbPostgres.ts)
 * No adapter-specific code lives anywhere else, but the hot anonymous writes of cms/dbFast.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { describePostgresError, ensurePostgresReachable, postgresDatabaseAdapter } from './dbPostgres.ts'
import { type DatabaseTarget, redact } from './domain/databaseUrl.ts'
import { resyncMediaVisibility } from './media/visibility.ts'
import { migrations } from './migrations/index.ts'
import { migrations as postgresMigrations } from './migrations-pg/index.ts'
import { migrationsDir } from './paths.ts'
import { type SqliteSynchronous, withSqliteWriter } from './sqliteInstall.ts'
import { MAIN_BUSY_MS } from './sqliteWriter.ts'

/** MongoDB fails fast: 10 s instead of the driver's 30 s server-selection default. */
export const MONGO_TIMEOUT_MS = 10_000

/** The SQLite file of DATABASE_URL (settings.database), relative to the project root. */
export function sqliteFilePath(target: DatabaseTarget & { kind: 'sqlite' }, projectRoot: string): string {
  return path.resolve(projectRoot, target.file)
}

export function databaseAdapter(
  target: DatabaseTarget,
  projectRoot: string,
  synchronous: SqliteSynchronous = 'NORMAL',
): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS, connectTimeoutMS: MONGO_TIMEOUT_MS },
      migrationDir: migrationsDir(projectRoot),
    })
  }
  if (target.kind === 'postgres') return postgresDatabaseAdapter(target, projectRoot)
  const file = sqliteFilePath(target, projectRoot)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url: `file:${file}` },
    // Committed migrations are the schema; no dev push, so dev, test and production agree.
    push: false,
    migrationDir: migrationsDir(projectRoot),
    busyTimeout: MAIN_BUSY_MS,
    // WAL with synchronous=NORMAL (SQLITE_SYNCHRONOUS): a commit is not fsynced (the WAL is, at each
    // checkpoint); a power cut can lose the last commits, never corrupt the file. FULL fsyncs each commit.
    wal: { synchronous },
    autoIncrement: true,
  })
  // Real transactions, one writer per process (cms/sqliteWriter.ts).
  return { ...adapter, init: (args) => withSqliteWriter(withChunkedInserts(adapter.init(args))) }
}

/** Well under SQLite's limit of 32,766 bound parameters per statement. */
const MAX_PARAMS_PER_INSERT = 10_000
type Insert = (args: { values: unknown }) => Promise<unknown[]>

/**
 * Payload's SQL adapter writes all rows of an array field in ONE insert, so a round with a few
 * thousand score rows (an imported spreadsheet) fails with "too many SQL variables". Split such
 * inserts into statements of at most MAX_PARAMS_PER_INSERT parameters; small saves are unchanged.
 */
function withChunkedInserts<T extends object>(db: T): T {
  const adapter = db as T & { insert: Insert }
  const insert = adapter.insert
  adapter.insert = async function chunkedInsert(this: unknown, args) {
    const { values } = args
    if (!Array.isArray(values) || values.length < 2) return insert.call(this, args)
    const perRow = values.reduce((most: number, row) => Math.max(most, Object.keys(row ?? {}).length), 1)
    const size = Math.max(1, Math.floor(MAX_PARAMS_PER_INSERT / perRow))
    if (values.length <= size) return insert.call(this, args)
    const rows: unknown[] = []
    for (let i = 0; i < values.length; i += size) rows.push(...(await insert.call(this, { ...args, values: values.slice(i, i + size) })))
    return rows
  }
  return db
}

/** Apply the committed SQLite or PostgreSQL migrations (MongoDB needs none). Called from the config's onInit. */
export async function applyMigrations(payload: Payload, target: DatabaseTarget): Promise<void> {
  if (target.kind === 'mongodb') return
  const applied = async () =>
    (await payload.count({ collection: 'payload-migrations', overrideAccess: true }).catch(() => ({ totalDocs: 0 }))).totalDocs
  const before = await applied()
  // The generated migration functions take the adapter's own argument types.
  await payload.db.migrate({
    migrations: (target.kind === 'postgres' ? postgresMigrations : migrations) as unknown as Parameters<
      typeof payload.db.migrate
    >[0] extends { migrations?: infer M }
      ? M
      : never,
  })
  // A schema change may change what is public (e.g. the media privacy flag): recompute it once.
  if ((await applied()) !== before) await resyncMediaVisibility(payload)
  await refreshPlannerStatistics(payload)
}

/**
 * Keep SQLite's query-planner statistics current (`PRAGMA optimize=0x10002`: looks at every table
 * and analyzes those whose statistics are missing or stale), so list queries pick their indexes.
 * Run after migrations and after large writes such as a score import; MongoDB keeps its own.
 * PostgreSQL: a plain `ANALYZE` (autovacuum keeps them current afterwards).
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name === 'postgres') {
    const pgDb = (payload.db as unknown as { drizzle: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }).drizzle
    await pgDb.execute(sql`ANALYZE`).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'ANALYZE failed' }))
    return
  }
  if (payload.db.name !== 'sqlite') return
  const db = (payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }).drizzle
  await db.run(sql`PRAGMA optimize=0x10002`).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'PRAGMA optimize failed' }))
}

/** One line for an operator when the database cannot be reached. */
export function describeConnectionError(error: unknown, target: DatabaseTarget, projectRoot: string): string {
  const detail = error instanceof Error ? error.message : String(error)
  if (target.kind === 'mongodb') {
    return `无法连接 MongoDB 主机 ${target.host}（${MONGO_TIMEOUT_MS / 1000} 秒内无响应）/ cannot reach MongoDB at ${target.host}: check DATABASE_URL (${redact(target.url)}), the network and that mongod is running.`
  }
  if (target.kind === 'postgres') return describePostgresError(error, target)
  return `无法打开 SQLite 数据库 ${sqliteFilePath(target, projectRoot)} / cannot open the SQLite database: ${detail}`
}

/**
 * Fail fast with a clear message naming the host when MongoDB or PostgreSQL cannot be reached, before
 * Payload starts (Payload would log a stack trace and wait for the driver). SQLite needs no check.
 */
export async function ensureReachable(target: DatabaseTarget): Promise<void> {
  if (target.kind === 'postgres') return ensurePostgresReachable(target, (message) => new DatabaseUnreachableError(message))
  if (target.kind !== 'mongodb') return
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(target.url, {
    serverSelectionTimeoutMS: MONGO_TIMEOUT_MS,
    connectTimeoutMS: MONGO_TIMEOUT_MS,
  })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
  } catch (error) {
    throw new DatabaseUnreachableError(describeConnectionError(error, target, '.')) // a MongoDB target: no file path in the message
  } finally {
    await client.close().catch(() => undefined)
  }
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError'
}
