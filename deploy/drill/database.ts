/**
 * The drill's one shared database. Until the PostgreSQL lane lands: one SQLite file on the shared disk
 * (every namespace sees the same file system), which is NOT a multi-host database — the drill says so.
 */
import path from 'node:path'

export type Database = { kind: string; url: string; stop: () => Promise<void> }

export async function openDatabase(dir: string, _gateway: string): Promise<Database> {
  return {
    kind: 'SQLite file on the shared disk (temporary: PostgreSQL lane not merged)',
    url: `file:${path.join(dir, 'drill.db')}`,
    stop: async () => undefined,
  }
}
