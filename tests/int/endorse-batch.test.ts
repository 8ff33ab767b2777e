/**
 * 点赞 batches (cms/collections/GoodPeople/endpoints/endorseCommit.ts, endorseWrite.ts): the new
 * browser ids' rate slots are claimed in the vote batch's own transaction (one commit; a failed batch
 * keeps none of them), the id cap stays exact across two Payload instances on one database, and the
 * per-batch counts are read from the (nominee, createdAt) index alone.
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { takeBrowserSlot, writeEndorseBatch } from '../../cms/collections/GoodPeople/endpoints/endorseCommit.ts'
import { tallies } from '../../cms/collections/GoodPeople/endpoints/endorseWrite.ts'
import type { LimitRule } from '../../cms/domain/sharedLimits.ts'
import { drizzleOf } from '../../cms/limits/slotsFast.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { nomineeInRound } from '../helpers/votes.ts'

let ctx: TempPayload
let second: Payload
let refs: Refs
beforeAll(async () => {
  ctx = await startTempPayload('endorse-batch')
  second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
  refs = await makeRefs(ctx.payload)
}, 120_000)
afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

const slotsIn = async (bucket: string) =>
  (await ctx.payload.count({ collection: 'rate-slots', where: { bucket: { equals: bucket } }, overrideAccess: true })).totalDocs
const HOUR = 60 * 60 * 1000

describe('点赞 batches', () => {
  it('should keep no browser-id slot of a batch whose votes fail (one transaction, one commit)', async () => {
    const nominee = await nomineeInRound(ctx, refs, '批次甲')
    const idClaim = { bucket: 'batch-test|ids', max: 5, expiresAt: Date.now() + HOUR }
    const voteSlot = { bucket: 'batch-test|votes', max: 5, expiresAt: Date.now() + HOUR }
    // A vote whose row the database refuses (no day): the whole batch fails.
    const broken = { nominee, day: null as unknown as string, browser: 'b1', ipHash: 'h', slot: voteSlot }
    await expect(writeEndorseBatch(ctx.payload, [broken], [idClaim, idClaim])).rejects.toThrow()
    expect(await slotsIn('batch-test|ids')).toBe(0)
    expect(await slotsIn('batch-test|votes')).toBe(0)
    // The same claims with a good vote: all in.
    const good = { ...broken, day: '2026-12-07' }
    const written = await writeEndorseBatch(ctx.payload, [good], [idClaim, idClaim])
    expect(written.votes).toEqual([{ kind: 'stored', count: 1 }])
    expect(written.slots).toEqual([0, 1])
    expect(await slotsIn('batch-test|ids')).toBe(2)
  })

  it('should hand out exactly the cap of new browser ids to 65 parallel claims through two instances', async () => {
    const rule: LimitRule = { name: 'batch-test-ids', windowMs: 24 * HOUR, max: 60 }
    const now = Date.now()
    const verdicts = await Promise.all(
      Array.from({ length: 65 }, (_, i) => takeBrowserSlot(i % 2 ? second : ctx.payload, rule, '198.51.100.7', now)),
    )
    const allowed = verdicts.filter((verdict) => verdict.allowed)
    expect(allowed).toHaveLength(60)
    expect(new Set(allowed.map((verdict) => (verdict.allowed ? verdict.slot : -1))).size).toBe(60)
    expect(verdicts.find((verdict) => !verdict.allowed)).toMatchObject({ allowed: false })
  })

  it('should count a nominee and its last hour and week from the (nominee, createdAt) index alone', async () => {
    const nominee = await nomineeInRound(ctx, refs, '批次乙')
    const now = Date.now()
    const at = (ms: number) => new Date(now - ms).toISOString()
    const rows = [at(10 * 60 * 1000), at(30 * 60 * 1000), at(2 * HOUR), at(3 * 24 * HOUR), at(9 * 24 * HOUR)]
    for (const [i, createdAt] of rows.entries())
      await drizzleOf(ctx.payload).all(
        sql`INSERT INTO endorsements (nominee_id, day, browser, ip_hash, suspicious, updated_at, created_at) VALUES (${nominee}, '2026-12-01', ${`t${i}`}, 'h', 0, ${createdAt}, ${createdAt})`,
      )
    const db = drizzleOf(ctx.payload)
    expect((await tallies(db, [String(nominee)], now)).get(String(nominee))).toEqual({ count: 5, lastHour: 2, previousWeek: 2 })
    const plan = await db.all(
      sql`EXPLAIN QUERY PLAN SELECT nominee_id, COUNT(*), SUM(CASE WHEN created_at > 'a' THEN 1 ELSE 0 END) FROM endorsements WHERE nominee_id IN (${nominee}) GROUP BY nominee_id`,
    )
    expect(plan.map((row) => String(row.detail)).join(' ')).toContain('USING COVERING INDEX nominee_createdAt_idx')
  })
})
