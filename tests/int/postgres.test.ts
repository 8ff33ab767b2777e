/**
 * The integration suites that matter most for several hosts, on a PostgreSQL server this file starts
 * (tests/helpers/postgres.ts; one database per suite, the committed migrations of cms/migrations-pg):
 * review workflow and issue numbering under concurrent saves, the builder lease, shared limits from
 * two Payload instances, one vote per browser, hot anonymous writes. The same bodies run on SQLite
 * in their own files.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { postgresDatabase } from '../helpers/databases.ts'
import { anonymousWritesSuite } from './suites/anonymousWrites.ts'
import { builderLeaseSuite } from './suites/builderLease.ts'
import { sharedLimitsSuite } from './suites/sharedLimits.ts'
import { workflowSuite } from './suites/workflow.ts'

const postgres = postgresDatabase()
afterAll(() => postgres.stop())

describe('on PostgreSQL', () => {
  workflowSuite(postgres.open)
  builderLeaseSuite(postgres.open)
  sharedLimitsSuite(postgres.open)
  anonymousWritesSuite(postgres.open)

  it('should keep answering after the PostgreSQL server restarts (pooled connections closed under it)', async () => {
    const ctx = await postgres.open('restart')
    try {
      const count = () => ctx.payload.count({ collection: 'units', overrideAccess: true })
      expect((await count()).totalDocs).toBe(0)
      ;(await postgres.server()).restart()
      // The first query may meet a connection the restart closed; the pool then opens a new one.
      const after = await count().catch(() => count())
      expect(after.totalDocs).toBe(0)
      await ctx.payload.create({
        collection: 'rate-slots',
        data: { bucket: 'after-restart', slot: 0, expiresAt: new Date(Date.now() + 60_000).toISOString() } as never,
        overrideAccess: true,
      })
      expect((await ctx.payload.count({ collection: 'rate-slots', overrideAccess: true })).totalDocs).toBe(1)
    } finally {
      await ctx.close()
    }
  })
})
