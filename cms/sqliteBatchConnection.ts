/**
 * A second SQLite connection per process (per Payload instance) for batched hot writes (点赞,
 * cms/collections/GoodPeople/endpoints/endorseCommit.ts). Why not the adapter's transaction: the
 * libsql client hands its connection to every transaction and opens a NEW one for what comes next,
 * and a new connection parses the whole schema (hundreds of tables and indexes) on its first
 * statement — measured as about half of the server's CPU per vote. This connection is opened once,
 * with the adapter's busy timeout and synchronous setting, and runs `BEGIN IMMEDIATE … COMMIT`
 * itself (IMMEDIATE: the database's write lock for the whole batch, so every process's batches are
 * serial, as with the adapter's transaction), one batch at a time. Statements are drizzle `sql`
 * templates compiled by the adapter's own dialect. null when the database is not a file (`:memory:`).
 */
import { type Client, createClient } from '@libsql/client'
import type { Payload } from 'payload'
import type { Sql } from './limits/slotsFast.ts'

type Compiled = { sql: string; params: unknown[] }
type Adapter = {
  clientConfig?: { url?: string; authToken?: string }
  busyTimeout?: number
  wal?: boolean | { synchronous?: string }
  drizzle: { dialect: { sqlToQuery: (query: unknown) => Compiled } }
}

export type BatchConnection = { immediate: <T>(run: (db: Sql) => Promise<T>) => Promise<T> }

const connections = new WeakMap<Payload, BatchConnection | null>()

function open(payload: Payload): BatchConnection | null {
  const adapter = payload.db as unknown as Adapter
  const url = adapter.clientConfig?.url ?? ''
  if (payload.db.name !== 'sqlite' || !url.startsWith('file:') || url.includes(':memory:')) return null
  const client: Client = createClient({ url, authToken: adapter.clientConfig?.authToken })
  const synchronous = typeof adapter.wal === 'object' ? (adapter.wal.synchronous ?? 'FULL') : 'FULL'
  const ready = (async () => {
    await client.execute(`PRAGMA busy_timeout = ${Math.max(5000, adapter.busyTimeout ?? 0)}`)
    if (adapter.wal) await client.execute(`PRAGMA synchronous = ${synchronous}`)
  })()
  const db: Sql = {
    all: async (query) => {
      const { sql, params } = adapter.drizzle.dialect.sqlToQuery(query)
      const result = await client.execute({ sql, args: params as never })
      return result.rows as unknown as Record<string, unknown>[]
    },
  }
  let queue: Promise<unknown> = Promise.resolve()
  return {
    immediate: <T>(run: (db: Sql) => Promise<T>): Promise<T> => {
      const next = queue.then(async () => {
        await ready
        await client.execute('BEGIN IMMEDIATE')
        try {
          const result = await run(db)
          await client.execute('COMMIT')
          return result
        } catch (error) {
          await client.execute('ROLLBACK').catch(() => undefined)
          throw error
        }
      })
      queue = next.catch(() => undefined)
      return next
    },
  }
}

/** This Payload instance's batch connection (opened on first use), or null: use the adapter's transaction then. */
export function batchConnection(payload: Payload): BatchConnection | null {
  if (!connections.has(payload)) connections.set(payload, open(payload))
  return connections.get(payload) ?? null
}
