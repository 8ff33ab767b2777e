/**
 * Batched hot writes (点赞, cms/collections/GoodPeople/endpoints/endorseCommit.ts) on SQLite: one
 * `BEGIN IMMEDIATE … COMMIT` per batch on the process's writer connection (cms/sqliteWriter.ts: opened
 * once, so no schema re-parse per batch; waits in the writer's queue, never in SQLite's busy handler).
 * Statements are drizzle `sql` templates compiled by the adapter's own dialect. null when the database
 * is not a SQLite file (use the adapter's transaction then).
 */
import type { Payload } from 'payload'
import type { Sql } from './limits/slotsFast.ts'
import { writerOf } from './sqliteInstall.ts'

type Compiled = { sql: string; params: unknown[] }
type Adapter = { drizzle: { dialect: { sqlToQuery: (query: unknown) => Compiled } } }

export type BatchConnection = { immediate: <T>(run: (db: Sql) => Promise<T>) => Promise<T> }

/** This Payload instance's batch connection, or null: use the adapter's transaction then. */
export function batchConnection(payload: Payload): BatchConnection | null {
  const writer = writerOf(payload.db)
  if (!writer) return null
  const { dialect } = (payload.db as unknown as Adapter).drizzle
  const db: Sql = {
    all: async (query) => {
      const { sql, params } = dialect.sqlToQuery(query)
      const result = await writer.execute({ sql, args: params as never })
      return result.rows as unknown as Record<string, unknown>[]
    },
  }
  return { immediate: (run) => writer.run(() => run(db)) }
}
