/**
 * 异议 on a civility title in 公示, through Payload's REST handler, and the attacks on it: a cross-site
 * post, a replayed challenge (also on a second API process), a good-person challenge, a flood from one
 * network, an oversize body, a honeypot; contact data private. The shared endpoint code is
 * cms/endpoints/noticeObjection.ts (the nominees' objections are tested in endorsements.test.ts).
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TITLE_OBJECTION_CHALLENGE } from '../../cms/collections/CivilityTitles/endpoints/objection.ts'
import { OBJECTION_CHALLENGE } from '../../cms/collections/GoodPeople/endpoints/objection.ts'
import { addChinaDays } from '../../cms/domain/dates.ts'
import { OBJECTION_LIMIT } from '../../cms/domain/residentReportsLimits.ts'
import type { User } from '../../cms/payload-types.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs
let users: Record<'editor' | 'liaison', User>
const quiet = { skipRebuild: true }
const day = (offset: number) => `${addChinaDays(new Date(), offset)}T00:00:00.000Z`

async function title(data: Record<string, unknown> = {}): Promise<number> {
  const created = await payload.create({
    collection: 'civility-titles',
    data: { ...validData['civility-titles'](refs), _status: 'published', ...data } as never,
    overrideAccess: true,
    context: quiet,
  })
  return created.id
}

beforeAll(async () => {
  ctx = await startTempPayload('title-objections')
  payload = ctx.payload
  refs = await makeRefs(payload)
  users = { editor: await makeUser(payload, 'editor'), liaison: await makeUser(payload, 'unitLiaison', refs.unit) }
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('异议 on a title in 公示, and the attacks on it', () => {
  let open: number
  let closed: number
  const form = (overrides: Record<string, string> = {}): FormData =>
    reportForm({
      message: '该单位去年发生过严重不文明事件，请核实。',
      contactName: '赵先生',
      contactPhone: '13900002222',
      ...solvedChallenge(payload.config.secret, TITLE_OBJECTION_CHALLENGE),
      ...overrides,
    })
  const object = (id: number, body: FormData, options: { ip?: string; headers?: Record<string, string>; instance?: string } = {}) =>
    send(ctx, 'POST', `/civility-titles/${id}/objection`, { body, ip: '203.0.113.60', ...options })

  beforeAll(async () => {
    open = await title({ holder: '公示中单位', noticeFrom: day(-1), noticeTo: day(3), year: Number(day(0).slice(0, 4)) })
    closed = await title({ holder: '公示已结束单位', noticeFrom: '2025-01-01T00:00:00.000Z', noticeTo: '2025-01-07T00:00:00.000Z' })
  })

  it('should take an objection into the staff queue, with contact hidden from everyone else', async () => {
    const response = await object(open, form())
    expect(response.status).toBe(201)
    const rows = await payload.find({ collection: 'objections', where: { title: { equals: open } }, overrideAccess: true })
    expect(rows.docs[0]?.summary).toContain('公示中单位')
    expect(rows.docs[0]?.nominee ?? null).toBeNull()
    await expect(payload.find({ collection: 'objections', overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'objections', user: users.liaison, overrideAccess: false })).rejects.toThrow()
    const staff = await payload.find({
      collection: 'objections',
      where: { title: { equals: open } },
      user: users.editor,
      overrideAccess: false,
    })
    expect(staff.docs[0]?.contact?.phone).toBe('13900002222')
  })

  it('should refuse outside the notice, on a draft and on an unknown id', async () => {
    expect((await object(closed, form(), { ip: '203.0.113.61' })).status).toBe(403)
    const draft = await title({ _status: 'draft', noticeFrom: day(-1), noticeTo: day(3) })
    expect((await object(draft, form(), { ip: '203.0.113.61' })).status).toBe(404)
    expect((await object(999999, form(), { ip: '203.0.113.61' })).status).toBe(404)
  })

  it('should refuse a cross-site post, a replayed challenge (also on another API process) and a good-person challenge', async () => {
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }] as Record<
      string,
      string
    >[])
      expect((await object(open, form(), { ip: '203.0.113.62', headers })).status).toBe(403)
    const other = await getPayload({ config: ctx.config, key: `${ctx.key}-titles` })
    const solved = solvedChallenge(payload.config.secret, TITLE_OBJECTION_CHALLENGE)
    expect((await object(open, form(solved), { ip: '203.0.113.62' })).status).toBe(201)
    const replay = await object(open, form(solved), { ip: '203.0.113.62', instance: `${ctx.key}-titles` })
    const text = await replay.text()
    expect(replay.status).toBe(400)
    expect(text).toContain('<h1>验证题已使用</h1>')
    expect(text).toContain('/titles/')
    const borrowed = await object(open, form(solvedChallenge(payload.config.secret, OBJECTION_CHALLENGE)), { ip: '203.0.113.62' })
    expect([borrowed.status, await borrowed.text()]).toEqual([400, expect.stringContaining('<h1>页面已过期</h1>')])
    await other.destroy()
  })

  it('should refuse an oversize body and a filled honeypot without counting them', async () => {
    const big = await object(open, form({ message: '很长的异议'.repeat(8000) }), { ip: '203.0.113.63' })
    expect([big.status, await big.text()]).toEqual([400, expect.stringContaining('提交的内容过大')])
    expect((await object(open, form({ website: 'http://spam.example' }), { ip: '203.0.113.63' })).status).toBe(400)
  })

  it(`should allow ${OBJECTION_LIMIT.max} objections per network a day, then 429 with Retry-After`, async () => {
    for (let i = 0; i < OBJECTION_LIMIT.max; i++) expect((await object(open, form(), { ip: '198.51.100.7' })).status).toBe(201)
    const refused = await object(open, form(), { ip: '198.51.100.7' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await object(open, form(), { ip: '198.51.100.8' })).status).toBe(201)
  })

  it('should stop objections once the title is revoked', async () => {
    await payload.update({
      collection: 'civility-titles',
      id: open,
      data: { revocation: { date: day(0), reason: '测试' } } as never,
      overrideAccess: true,
      context: quiet,
    })
    expect((await object(open, form(), { ip: '203.0.113.64' })).status).toBe(403)
  })

  it('should keep an objection about exactly one thing: a nominee or a title', async () => {
    const nominee = await payload.create({
      collection: 'good-people',
      data: validData['good-people'](refs) as never,
      overrideAccess: true,
      context: quiet,
    })
    const base = { summary: '异议', message: '该对象的情况与公示内容不符。' }
    const create = (target: Record<string, unknown>) =>
      payload.create({ collection: 'objections', data: { ...base, ...target } as never, overrideAccess: true })
    expect(await rejectionText(create({}))).toContain('异议对象：必须是一位人选或一个文明称号')
    expect(await rejectionText(create({ nominee: nominee.id, title: open }))).toContain('二选一')
    expect((await create({ nominee: nominee.id })).id).toBeTruthy()
  })
})
