/**
 * PostgreSQL (DATABASE_URL=postgres://… or postgresql://…): the adapter, its committed migrations
 * (cms/migrations-pg/, generated against PostgreSQL; no dev push) and a fail-fast reachability check
 * naming the host. Part of cms/db.ts, the one place that knows which database runs.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'
import pg from 'pg'
import { type DatabaseTarget, redact } from './domain/databaseUrl.ts'
import { postgresMigrationsDir } from './paths.ts'

/** PostgreSQL fails fast like MongoDB: 10 s to connect instead of waiting for ever. */
export const POSTGRES_TIMEOUT_MS = 10_000

type PostgresTarget = DatabaseTarget & { kind: 'postgres' }

export function postgresDatabaseAdapter(target: PostgresTarget, projectRoot: string): DatabaseAdapterObj {
  return postgresAdapter({
    pool: { connectionString: target.url, connectionTimeoutMillis: POSTGRES_TIMEOUT_MS },
    pg,
    // Committed migrations are the schema; no dev push, so dev, test and production agree.
    push: false,
    migrationDir: postgresMigrationsDir(projectRoot),
  })
}

export function describePostgresError(error: unknown, target: PostgresTarget): string {
  const detail = error instanceof Error ? error.message : String(error)
  return `无法连接 PostgreSQL 主机 ${target.host}（${POSTGRES_TIMEOUT_MS / 1000} 秒内无响应或被拒绝）/ cannot reach PostgreSQL at ${target.host}: ${detail}. Check DATABASE_URL (${redact(target.url)}), the network, the user and password, and that postgres is running.`
}

/** PostgreSQL's "database does not exist": reachable; Payload creates the database on start. */
const MISSING_DATABASE = '3D000'

/** Connect once and ask `SELECT 1`; throws with a message naming the host when that fails. */
export async function ensurePostgresReachable(target: PostgresTarget, fail: (message: string) => Error): Promise<void> {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: POSTGRES_TIMEOUT_MS })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    if ((error as { code?: string }).code === MISSING_DATABASE) return
    throw fail(describePostgresError(error, target))
  } finally {
    await client.end().catch(() => undefined)
  }
}
