/**
 * Rate slots claimed in batches (cms/limits/slotsFast.ts): planned from one count/highest-slot row per
 * bucket, and from the stored rows only for a bucket with holes (a slot given back) — the cap stays exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimSlots, releaseSlots } from '../../cms/limits/slotsFast.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
beforeAll(async () => {
  ctx = await startTempPayload('slots-fast')
}, 120_000)
afterAll(async () => {
  await ctx?.close()
})

const claim = (bucket: string, n: number, max = 5) =>
  claimSlots(
    ctx.payload,
    Array.from({ length: n }, () => ({ bucket, max, expiresAt: Date.now() + 60_000 })),
  )

describe('claimSlots', () => {
  it('should hand out 0..max-1 once and refuse the rest, over several batches', async () => {
    expect(await claim('fast|a', 3)).toEqual([0, 1, 2])
    expect(await claim('fast|a', 3)).toEqual([3, 4, null])
    expect(await claim('fast|a', 1)).toEqual([null])
  })

  it('should fill the hole a given-back slot left, then refuse at the cap', async () => {
    expect(await claim('fast|b', 4)).toEqual([0, 1, 2, 3])
    await releaseSlots(ctx.payload, [{ bucket: 'fast|b', slot: 1 }])
    expect(await claim('fast|b', 3)).toEqual([1, 4, null])
    const rows = await ctx.payload.count({ collection: 'rate-slots', where: { bucket: { equals: 'fast|b' } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(5)
  })

  it('should keep buckets of one batch apart', async () => {
    const got = await claimSlots(ctx.payload, [
      { bucket: 'fast|c', max: 1, expiresAt: Date.now() + 60_000 },
      { bucket: 'fast|d', max: 2, expiresAt: Date.now() + 60_000 },
      { bucket: 'fast|c', max: 1, expiresAt: Date.now() + 60_000 },
      { bucket: 'fast|d', max: 2, expiresAt: Date.now() + 60_000 },
    ])
    expect(got).toEqual([0, 0, null, 1])
  })
})
