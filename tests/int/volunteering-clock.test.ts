/** The builder's clock and volunteer activities: the site is rebuilt when a published activity ends (upcoming → past). */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { payloadClock } from '../../publisher/clock.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs

beforeAll(async () => {
  ctx = await startTempPayload('volunteering-clock')
  payload = ctx.payload
  refs = await makeRefs(payload)
}, 180_000)
afterAll(() => ctx?.close())

const activity = (endsAt: string, status: 'published' | 'draft') =>
  payload.create({
    collection: 'volunteer-activities',
    data: { ...validData['volunteer-activities'](refs), startsAt: '2031-03-01T01:00:00.000Z', endsAt, _status: status } as never,
    overrideAccess: true,
    draft: status === 'draft',
  })

describe('the builder’s clock and volunteer activities', () => {
  it('should rebuild when the first published activity still ahead ends, ignoring drafts and ended ones', async () => {
    await activity('2031-03-01T03:00:00.000Z', 'published')
    await activity('2031-03-01T02:30:00.000Z', 'draft')
    await activity('2031-03-02T03:00:00.000Z', 'published')
    const clock = payloadClock(payload)
    expect((await clock.next(new Date('2031-03-01T02:00:00.000Z')))?.toISOString()).toBe('2031-03-01T03:00:00.000Z')
    expect((await clock.next(new Date('2031-03-01T04:00:00.000Z')))?.toISOString()).toBe('2031-03-02T03:00:00.000Z')
  })
})
