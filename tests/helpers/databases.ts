/**
 * Database factories for test suites that run on more than one database (tests/int/suites/): the
 * same test bodies on a temp SQLite file (the default) and on a throwaway PostgreSQL
 * (tests/int/postgres.test.ts), one database per suite.
 */
import type { Env } from '../../cms/config/source.ts'
import { startPostgres, type TestPostgres } from './postgres.ts'
import { startTempPayload, type TempPayload } from './tempPayload.ts'

/** Opens real Payload on a fresh, migrated database of one kind. */
export type OpenDatabase = (prefix: string, overrides?: Env) => Promise<TempPayload>

export const sqliteDatabase: OpenDatabase = (prefix, overrides = {}) => startTempPayload(prefix, overrides)

/** One PostgreSQL server for a test file (started on first use); stop() after the file's suites. */
export function postgresDatabase(): { open: OpenDatabase; stop: () => Promise<void> } {
  let server: Promise<TestPostgres> | undefined
  let count = 0
  return {
    open: async (prefix, overrides = {}) => {
      server ??= startPostgres()
      count += 1
      const url = await (await server).createDatabase(`${prefix}_${count}`)
      return startTempPayload(prefix, { ...overrides, DATABASE_URL: url })
    },
    stop: async () => {
      const running = await server?.catch(() => undefined)
      running?.stop()
    },
  }
}
