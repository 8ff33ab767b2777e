/** The builder's clock and surveys: the site is rebuilt when a published survey opens (form appears) and when it closes (form goes, results may show). */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { payloadClock } from '../../publisher/clock.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs

beforeAll(async () => {
  ctx = await startTempPayload('surveys-clock')
  payload = ctx.payload
  refs = await makeRefs(payload)
}, 180_000)
afterAll(() => ctx?.close())

const survey = (opensAt: string, closesAt: string, status: 'published' | 'draft') =>
  payload.create({
    collection: 'surveys',
    data: { ...validData.surveys(refs), opensAt, closesAt, _status: status } as never,
    overrideAccess: true,
    draft: status === 'draft',
  })

describe('the builder’s clock and surveys', () => {
  it('should rebuild when a published survey opens and when it closes, ignoring drafts', async () => {
    await survey('2031-05-01T00:00:00.000Z', '2031-05-10T00:00:00.000Z', 'published')
    await survey('2031-04-20T00:00:00.000Z', '2031-04-25T00:00:00.000Z', 'draft')
    const clock = payloadClock(payload)
    expect((await clock.next(new Date('2031-04-01T00:00:00.000Z')))?.toISOString()).toBe('2031-05-01T00:00:00.000Z')
    expect((await clock.next(new Date('2031-05-02T00:00:00.000Z')))?.toISOString()).toBe('2031-05-10T00:00:00.000Z')
  })
})
