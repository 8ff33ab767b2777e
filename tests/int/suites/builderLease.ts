/**
 * The builder lease on a real database (SQLite file or PostgreSQL) shared by two Payload instances (two "processes"): exactly
 * one takes it, renewing keeps it, the other takes it once it runs out or is released.
 */
import { randomUUID } from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BuilderLease, readLease, SITE_BUILDER_LEASE, tryTakeLease } from '../../../publisher/lease.ts'
import type { OpenDatabase } from '../../helpers/databases.ts'
import type { TempPayload } from '../../helpers/tempPayload.ts'

const TIMING = { ttlMs: 30_000, renewMs: 5_000, safetyMs: 5_000 }
const T0 = new Date('2026-12-01T08:00:00.000Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

export function builderLeaseSuite(open: OpenDatabase): void {
  describe('builder lease suite', () => {
    let ctx: TempPayload
    let second: Payload

    beforeAll(async () => {
      ctx = await open('lease')
      second = await getPayload({ config: ctx.config, key: randomUUID() })
    })

    afterAll(async () => {
      await second?.destroy()
      await ctx?.close()
    })

    describe('builder lease', () => {
      it('should let exactly one of two holders racing for a free lease take it', async () => {
        const name = 'race'
        const results = await Promise.all([
          tryTakeLease(ctx.payload, 'builder-a', T0, TIMING, name),
          tryTakeLease(second, 'builder-b', T0, TIMING, name),
        ])
        expect(results.filter((result) => result !== null)).toHaveLength(1)
        const winner = results[0] ? 'builder-a' : 'builder-b'
        expect((await readLease(ctx.payload, name))?.holder).toBe(winner)
      })

      it('should refuse the second holder while the first holds it, and keep it for the first when renewed', async () => {
        const name = 'renew'
        expect(await tryTakeLease(ctx.payload, 'builder-a', T0, TIMING, name)).toEqual(at(30))
        expect(await tryTakeLease(second, 'builder-b', at(10), TIMING, name)).toBeNull()
        expect(await tryTakeLease(ctx.payload, 'builder-a', at(20), TIMING, name)).toEqual(at(50))
        // Past the first expiry, but renewed: still refused.
        expect(await tryTakeLease(second, 'builder-b', at(40), TIMING, name)).toBeNull()
        const lease = await readLease(second, name)
        expect(lease?.holder).toBe('builder-a')
        expect(new Date(String(lease?.expiresAt)).toISOString()).toBe(at(50).toISOString())
      })

      it('should let the second holder take over once the first stops renewing', async () => {
        const name = 'expiry'
        expect(await tryTakeLease(ctx.payload, 'builder-a', T0, TIMING, name)).not.toBeNull()
        expect(await tryTakeLease(second, 'builder-b', at(29), TIMING, name)).toBeNull()
        expect(await tryTakeLease(second, 'builder-b', at(31), TIMING, name)).toEqual(at(61))
        // The first comes back late: refused, the second keeps it.
        expect(await tryTakeLease(ctx.payload, 'builder-a', at(32), TIMING, name)).toBeNull()
        expect((await readLease(ctx.payload, name))?.holder).toBe('builder-b')
      })

      it('should start one builder, hand over to the waiting one when it stops, and report losing it', async () => {
        let clock = T0
        const events: string[] = []
        const handlers = (who: string) => ({
          onAcquired: () => events.push(`${who} acquired`),
          onLost: () => events.push(`${who} lost`),
        })
        const a = new BuilderLease(ctx.payload, { holder: 'a', timing: TIMING, now: () => clock })
        const b = new BuilderLease(second, { holder: 'b', timing: TIMING, now: () => clock })
        await a.attempt(handlers('a'))
        await b.attempt(handlers('b'))
        expect([a.held, b.held]).toEqual([true, false])
        await a.stop()
        clock = at(1)
        await b.attempt(handlers('b'))
        expect(b.held).toBe(true)
        // b stalls past its lease; a fresh builder takes it; b's next attempt finds it lost.
        const c = new BuilderLease(ctx.payload, { holder: 'c', timing: TIMING, now: () => clock })
        clock = at(32)
        await c.attempt(handlers('c'))
        await b.attempt(handlers('b'))
        expect(events).toEqual(['a acquired', 'b acquired', 'c acquired', 'b lost'])
        expect((await readLease(ctx.payload, SITE_BUILDER_LEASE))?.holder).toBe('c')
        await c.stop()
        await b.stop()
      })

      it('should not let anonymous REST callers read or write the lease', async () => {
        const { slugs } = await import('../../../cms/slugs.ts')
        const found = await ctx.payload.find({ collection: slugs.builderLeases, overrideAccess: false }).catch((error: Error) => error.name)
        expect(found).toBe('Forbidden')
        const created = await ctx.payload
          .create({ collection: slugs.builderLeases, data: { name: 'x' }, overrideAccess: false })
          .catch((error: Error) => error.name)
        expect(created).toBe('Forbidden')
      })
    })
  })
}
