/**
 * The shared limits in the database (cms/limits/sharedLimits.ts): exact under a parallel burst,
 * shared by two Payload instances on one database (as two API processes are; SQLite file or PostgreSQL), one-time keys used once.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pruneRateSlots } from '../../../cms/jobs/pruneRateSlots.ts'
import { giveBack, isFull, resetSubject, takeSlot, usedSlots, useOnce } from '../../../cms/limits/sharedLimits.ts'
import type { OpenDatabase } from '../../helpers/databases.ts'
import type { TempPayload } from '../../helpers/tempPayload.ts'

export function sharedLimitsSuite(open: OpenDatabase): void {
  describe('shared limits', () => {
    let ctx: TempPayload
    let second: Payload

    beforeAll(async () => {
      ctx = await open('limits')
      second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
    })
    afterAll(async () => {
      await second?.destroy()
      await ctx?.close()
    })

    describe('takeSlot', () => {
      it('should allow exactly max events of a parallel burst of 40 split over two instances', async () => {
        const rule = { name: 'burst', windowMs: 60 * 60 * 1000, max: 7 }
        const now = Date.now()
        const verdicts = await Promise.all(
          Array.from({ length: 40 }, (_, i) => takeSlot(i % 2 ? second : ctx.payload, rule, '198.51.100.1', now)),
        )
        expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(7)
        expect(verdicts.filter((verdict) => !verdict.allowed).every((verdict) => !verdict.allowed && verdict.retryAfterSeconds >= 1)).toBe(
          true,
        )
        expect(await usedSlots(second, rule, '198.51.100.1', now)).toBe(7)
        expect(await isFull(ctx.payload, rule, '198.51.100.1', now)).toMatchObject({ allowed: false })
        // Another subject is not affected.
        expect(await takeSlot(ctx.payload, rule, '198.51.100.2', now)).toEqual({ allowed: true, slot: 0 })
      })

      it('should free a slot given back and forget a reset subject', async () => {
        const rule = { name: 'giveback', windowMs: 60_000, max: 2 }
        const now = Date.now()
        const first = await takeSlot(ctx.payload, rule, 'a', now)
        await takeSlot(ctx.payload, rule, 'a', now)
        expect(await takeSlot(ctx.payload, rule, 'a', now)).toMatchObject({ allowed: false })
        if (!first.allowed) throw new Error('first take refused')
        await giveBack(second, rule, 'a', first.slot, now)
        expect(await takeSlot(ctx.payload, rule, 'a', now)).toEqual({ allowed: true, slot: first.slot })
        await resetSubject(ctx.payload, rule, 'a', now)
        expect(await usedSlots(ctx.payload, rule, 'a', now)).toBe(0)
      })

      it('should count a new window from zero', async () => {
        const rule = { name: 'windows', windowMs: 60_000, max: 1 }
        const now = 10 * 60_000
        expect((await takeSlot(ctx.payload, rule, 'b', now)).allowed).toBe(true)
        expect((await takeSlot(ctx.payload, rule, 'b', now + 59_999)).allowed).toBe(false)
        expect((await takeSlot(ctx.payload, rule, 'b', now + 60_000)).allowed).toBe(true)
      })
    })

    describe('useOnce', () => {
      it('should accept a key once across both instances, even when raced', async () => {
        const expires = Date.now() + 60_000
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => useOnce(i % 2 ? second : ctx.payload, 'challenge', 'nonce-1', expires)),
        )
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await useOnce(ctx.payload, 'challenge', 'nonce-2', expires)).toBe(true)
      })

      it('should prune expired rows and keep live ones', async () => {
        const past = Date.now() - 1000
        await useOnce(ctx.payload, 'prune', 'old', past)
        await useOnce(ctx.payload, 'prune', 'live', Date.now() + 60_000)
        const deleted = await pruneRateSlots(ctx.payload)
        expect(deleted).toBeGreaterThanOrEqual(1)
        expect(await useOnce(ctx.payload, 'prune', 'old', Date.now() + 1000)).toBe(true)
        expect(await useOnce(ctx.payload, 'prune', 'live', Date.now() + 1000)).toBe(false)
      })
    })
  })
}
