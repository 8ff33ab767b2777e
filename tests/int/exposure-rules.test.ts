/**
 * Issue #21 exposure rules on real Payload (temp SQLite): the workbench's "24 小时内到期" with the
 * clock passed in, three strikes expiring by the hourly job, the job and pending drafts, and 延期.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addChinaDays, chinaDay, chinaDayStart } from '../../cms/domain/dates.ts'
import { workbenchSummary } from '../../cms/endpoints/workbenchSummary.ts'
import { refreshOverdueExposures } from '../../cms/jobs/refreshOverdue.ts'
import type { User } from '../../cms/payload-types.ts'
import { rejectionText } from '../helpers/errors.ts'
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

const statuses = async (unit: number) =>
  (await payload.find({ collection: 'exposures', where: { unit: { equals: unit } }, sort: 'foundAt', depth: 0 })).docs.map(
    (doc) => doc.rectification?.status,
  )
const flagged = async (unit: number) => (await payload.findByID({ collection: 'units', id: unit, depth: 0 })).accountability?.flagged
/** An instant on the China day `days` from today, `hours` after Beijing midnight. */
const at = (days: number, hours: number) => new Date(chinaDayStart(day(days)).getTime() + hours * HOUR)

describe('三次问责 ends when the window passes, by the hourly job alone', () => {
  it('should keep the flag through the last China day of the window and drop it at 00:00 Beijing time after, draft or not', async () => {
    const unit = await street('窗口街道')
    const liaison: User = await makeUser(payload, 'unitLiaison', unit)
    const first = await expose(unit, day(-80), day(-80), '第一次')
    await expose(unit, day(-70), day(-70), '第二次')
    await expose(unit, day(-60), day(-60), '第三次')
    expect(await flagged(unit)).toBe(true)
    await payload.update({
      collection: 'exposures',
      id: first.id,
      data: { rectification: { reply: '正在整改，草稿待审' } },
      draft: true,
      user: liaison,
      overrideAccess: false,
    })
    // Window 90 days: found on day −80, it still counts through day +10 (Beijing), not on day +11.
    await refreshOverdueExposures(payload, at(10, 23.99))
    expect(await flagged(unit)).toBe(true)
    expect(await statuses(unit)).toEqual(['accountability', 'accountability', 'accountability'])
    expect(await refreshOverdueExposures(payload, at(11, 0))).toBe(3)
    expect(await flagged(unit)).toBe(false)
    expect(await statuses(unit)).toEqual(['overdue', 'overdue', 'overdue'])
    const published = await payload.findByID({ collection: 'exposures', id: first.id, depth: 0 })
    expect(published.rectification?.reply ?? null).toBeNull()
    expect(published.statusHistory?.map((entry) => entry.status)).toEqual(['overdue', 'accountability', 'overdue'])
    const draft = await payload.findByID({ collection: 'exposures', id: first.id, draft: true, depth: 0 })
    expect(draft._status).toBe('draft')
    expect(draft.rectification?.reply).toBe('正在整改，草稿待审')
  })
})

describe('the overdue job and a pending draft', () => {
  it('should mark the published item overdue without publishing the liaison’s draft, which publishes later as overdue', async () => {
    const unit = await street('草稿街道')
    const liaison: User = await makeUser(payload, 'unitLiaison', unit)
    const reviewer: User = await makeUser(payload, 'reviewer')
    const item = await expose(unit, day(0), day(1), '有草稿的事项')
    await payload.update({
      collection: 'exposures',
      id: item.id,
      data: { rectification: { status: 'in-progress', reply: '已安排清理（待审）' }, reviewState: 'submitted' },
      draft: true,
      user: liaison,
      overrideAccess: false,
    })
    expect(await refreshOverdueExposures(payload, at(2, 1))).toBe(1)
    const published = await payload.findByID({ collection: 'exposures', id: item.id, depth: 0, overrideAccess: false })
    expect(published.rectification?.status).toBe('overdue')
    expect(published.rectification?.reply ?? null).toBeNull()
    expect(published.urgency).toBe(1)
    const draft = await payload.findByID({ collection: 'exposures', id: item.id, draft: true, depth: 0 })
    expect([draft._status, draft.rectification?.reply]).toEqual(['draft', '已安排清理（待审）'])
    expect(await refreshOverdueExposures(payload, at(2, 2))).toBe(0)
    const approved = await payload.update({
      collection: 'exposures',
      id: item.id,
      data: { _status: 'published' },
      user: reviewer,
      overrideAccess: false,
      context: { clock: at(2, 3).toISOString() },
    })
    expect([approved.rectification?.status, approved.rectification?.reply]).toEqual(['overdue', '已安排清理（待审）'])
  })
})

describe('延期 (deadline extensions)', () => {
  const as = (user: User | null) => ({ user: user ?? undefined, overrideAccess: false }) as const
  const ask = (exposure: number, user: User | null, requestedDeadline = day(10), reason = '道路施工需分段整改') =>
    payload.create({ collection: 'deadline-extensions', data: { exposure, reason, requestedDeadline }, depth: 0, ...as(user) })
  const decide = (id: number, user: User, data: Record<string, unknown>) =>
    payload.update({ collection: 'deadline-extensions', id, data, depth: 0, ...as(user) })
  const extensions = async () => (await payload.count({ collection: 'deadline-extensions' })).totalDocs
  let unit: number
  let liaison: User
  let otherLiaison: User
  let editor: User
  let reviewer: User

  beforeAll(async () => {
    unit = await street('延期街道')
    liaison = await makeUser(payload, 'unitLiaison', unit)
    otherLiaison = await makeUser(payload, 'unitLiaison', await street('别的街道'))
    editor = await makeUser(payload, 'editor')
    reviewer = await makeUser(payload, 'reviewer')
  })

  it('should refuse a request from anonymous visitors and another unit’s liaison, then serve the own liaison', async () => {
    const item = await expose(unit, day(-1), day(2), '申请延期的事项')
    const before = await extensions()
    await expect(ask(item.id, null)).rejects.toThrow()
    expect(await rejectionText(ask(item.id, otherLiaison))).toContain('[exposure] 联络员只能为本单位及下属单位的曝光事项申请延期')
    expect(await extensions()).toBe(before)
    const request = await ask(item.id, liaison)
    expect([request.status, request.unit, request.requestedBy]).toEqual(['pending', unit, liaison.id])
    expect(await rejectionText(ask(item.id, liaison, day(12)))).toContain('[exposure] 该事项已有待审核的延期申请')
    await expect(payload.find({ collection: 'deadline-extensions', ...as(null) })).rejects.toThrow('您无权')
    expect((await payload.find({ collection: 'deadline-extensions', ...as(otherLiaison) })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'deadline-extensions', ...as(liaison) })).docs.map((d) => d.id)).toContain(request.id)
  })

  it('should let neither a liaison nor an editor grant, and let a reviewer grant with the date', async () => {
    const item = await expose(unit, day(-5), day(-2), '已逾期后获批延期')
    expect(item.rectification?.status).toBe('overdue')
    const request = await ask(item.id, liaison, day(8))
    await expect(decide(request.id, liaison, { status: 'granted', grantedDeadline: day(8) })).rejects.toThrow()
    await expect(decide(request.id, editor, { status: 'granted', grantedDeadline: day(8) })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'deadline-extensions', id: request.id, depth: 0 })).status).toBe('pending')
    const granted = await decide(request.id, reviewer, { status: 'granted', grantedDeadline: day(6) })
    expect([granted.status, granted.grantedDeadline?.slice(0, 10), granted.decidedBy]).toEqual(['granted', day(6), reviewer.id])
    const publicView = await payload.findByID({ collection: 'exposures', id: item.id, ...as(null) })
    expect([publicView.originalDeadline?.slice(0, 10), publicView.deadline?.slice(0, 10)]).toEqual([day(-2), day(6)])
    expect(publicView.rectification?.status).toBe('pending')
    await expect(decide(request.id, reviewer, { status: 'refused', decisionReason: '改主意' })).rejects.toThrow()
    // Overdue counts from the granted day: still open on day +6, overdue from 00:00 Beijing time on day +7.
    await refreshOverdueExposures(payload, at(6, 23))
    expect((await payload.findByID({ collection: 'exposures', id: item.id, depth: 0 })).rectification?.status).toBe('pending')
    await refreshOverdueExposures(payload, at(7, 0))
    expect((await payload.findByID({ collection: 'exposures', id: item.id, depth: 0 })).rectification?.status).toBe('overdue')
  })

  it('should require a reason to refuse, keep the refusal, and leave the deadline as it was', async () => {
    const item = await expose(unit, day(0), day(3), '被驳回的延期')
    const request = await ask(item.id, liaison, day(9))
    expect(await rejectionText(decide(request.id, reviewer, { status: 'refused' }))).toContain('[decisionReason] 不予延期时必须填写理由')
    const refused = await decide(request.id, reviewer, { status: 'refused', decisionReason: '整改工作量不大' })
    expect([refused.status, refused.decisionReason]).toEqual(['refused', '整改工作量不大'])
    const after = await payload.findByID({ collection: 'exposures', id: item.id, depth: 0 })
    expect([after.deadline?.slice(0, 10), after.originalDeadline ?? null]).toEqual([day(3), null])
    await expect(payload.delete({ collection: 'deadline-extensions', id: request.id, ...as(reviewer) })).rejects.toThrow()
  })

  it('should move the published deadline without publishing a pending draft, and keep it when the draft is published', async () => {
    const item = await expose(unit, day(0), day(1), '有草稿时获批延期')
    await payload.update({
      collection: 'exposures',
      id: item.id,
      data: { rectification: { reply: '草稿回复' }, reviewState: 'submitted' },
      draft: true,
      ...as(liaison),
    })
    const request = await ask(item.id, liaison, day(5))
    await decide(request.id, reviewer, { status: 'granted' })
    const published = await payload.findByID({ collection: 'exposures', id: item.id, depth: 0 })
    expect([published.deadline?.slice(0, 10), published.rectification?.reply ?? null]).toEqual([day(5), null])
    const approved = await payload.update({ collection: 'exposures', id: item.id, data: { _status: 'published' }, ...as(reviewer) })
    expect([approved.deadline?.slice(0, 10), approved.originalDeadline?.slice(0, 10), approved.rectification?.reply]).toEqual([
      day(5),
      day(1),
      '草稿回复',
    ])
  })
})
