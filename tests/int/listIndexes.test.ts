/**
 * The public list query reads its first page from the compound index (status, default sort), and
 * `refreshPlannerStatistics` (PRAGMA optimize) leaves SQLite statistics for it.
 */
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshPlannerStatistics } from '../../cms/db.ts'
import { slugs } from '../../cms/slugs.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload

beforeAll(async () => {
  ctx = await startTempPayload('indexes')
  for (let i = 0; i < 30; i++) {
    await ctx.payload.db.create({
      collection: slugs.bulletins,
      data: {
        title: `通报 ${i}`,
        series: 'briefing',
        date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        slug: `b-${i}`,
        _status: i % 3 ? 'published' : 'draft',
      },
    })
  }
})

afterAll(async () => {
  await ctx?.close()
})

describe('public list indexes', () => {
  it('should plan the anonymous bulletin list (published, newest first) on the status-and-date index', async () => {
    await refreshPlannerStatistics(ctx.payload)
    const client = createClient({ url: `file:${path.join(ctx.dir, 'test.db')}` })
    try {
      const plan = await client.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM bulletins WHERE _status = 'published' ORDER BY date DESC, created_at DESC LIMIT 20",
      )
      const details = plan.rows.map((row) => String(row.detail)).join('\n')
      expect(details).toContain('_status_date_idx')
      const stats = await client.execute("SELECT tbl FROM sqlite_stat1 WHERE tbl = 'bulletins'")
      expect(stats.rows.length).toBeGreaterThan(0)
    } finally {
      client.close()
    }
  })

  it('should answer the list through Payload in date order with drafts left out', async () => {
    const { docs } = await ctx.payload.find({ collection: slugs.bulletins, limit: 5, depth: 0, overrideAccess: false })
    expect(docs.map((doc) => doc.title)).toEqual(['通报 29', '通报 28', '通报 26', '通报 25', '通报 23'])
  })
})
