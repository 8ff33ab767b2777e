/**
 * Issue #21 exposure rules on real Payload (temp SQLite): the workbench's "24 小时内到期" with the
 * clock passed in, three strikes expiring by the hourly job, the job and pending drafts, and 延期.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addChinaDays, chinaDay, chinaDayStart } from '../../cms/domain/dates.ts'
import { workbenchSummary } from '../../cms/endpoints/workbenchSummary.ts'
import type { User } from '../../cms/payload-types.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
const system = { overrideAccess: true }
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  ctx = await startTempPayload('exposure-rules')
  payload = ctx.payload
}, 60_000)
afterAll(() => ctx.close())

let seq = 0
const street = async (name: string) =>
  (await payload.create({ collection: 'units', data: { name, kind: 'street', code: `street-${++seq}` }, ...system })).id
const expose = (unit: number, foundAt: string, deadline: string, title = `曝光${++seq}`) =>
  payload.create({
    collection: 'exposures',
    data: { title, description: 'd', place: 'p', foundAt, deadline, unit, _status: 'published' },
    ...system,
  })
/** The China day `days` from today (negative: before). */
const day = (days: number) => addChinaDays(new Date(), days) as string

describe('workbench “24 小时内到期”', () => {
  it('should count only open items due by the end of today in China, never the long overdue in 问责', async () => {
    const unit = await street('和平街道')
    const liaison: User = await makeUser(payload, 'unitLiaison', unit)
    for (const found of [-40, -35, -30]) await expose(unit, day(found), day(found), `问责${found}`)
    await expose(unit, day(-2), day(-1), '昨天到期（第四次）')
    await expose(unit, day(-120), day(-100), '窗口外逾期')
    await expose(unit, day(0), day(0), '今天到期')
    await expose(unit, day(0), day(1), '明天到期')
    const noon = new Date(chinaDayStart(day(0)).getTime() + 12 * HOUR)
    const req = await createLocalReq({ user: { ...liaison, collection: 'users' } as never }, payload)
    const summary = await workbenchSummary(req, noon)
    const byKey = Object.fromEntries(summary.counts.map((c) => [c.key, c]))
    expect(byKey.accountability?.count).toBe(4)
    expect(byKey.overdue?.count).toBe(1)
    expect(byKey.due24h?.count).toBe(1)
    const link = decodeURIComponent(String(byKey.due24h?.href))
    expect(link).toContain('[rectification.status][not_equals]=accountability')
    expect(link).toContain(`[deadline][greater_than_equal]=${chinaDayStart(day(0)).toISOString()}`)
    expect(link).toContain(`[deadline][less_than]=${chinaDayStart(day(1)).toISOString()}`)
    expect(chinaDay(noon)).toBe(day(0))
  })
})
