/**
 * SQLite through the libsql client that @payloadcms/db-sqlite uses. `VACUUM INTO` copies a
 * consistent snapshot (one read transaction, WAL contents included) while the server keeps
 * writing; readers never block writers in WAL mode.
 */
import { type Client, createClient } from '@libsql/client'

async function withClient<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    return await use(client)
  } finally {
    client.close()
  }
}

/** Write a consistent copy of the live database `from` to the new file `to`. */
export function snapshotSqlite(from: string, to: string): Promise<void> {
  return withClient(from, async (client) => {
    await client.execute({ sql: 'VACUUM INTO ?', args: [to] })
  })
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** Row count of every table (Payload keeps one table per collection, plus versions, relations and locales). */
export function tableCounts(file: string): Promise<Record<string, number>> {
  return withClient(file, async (client) => {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM ${quote(name)}`)
      counts[name] = Number(result.rows[0]?.n ?? 0)
    }
    return counts
  })
}

/** SQLite's own check of a restored file: 'ok' or the first problem found. */
export function integrityCheck(file: string): Promise<string> {
  return withClient(file, async (client) => String((await client.execute('PRAGMA quick_check')).rows[0]?.[0] ?? 'no answer'))
}
