/**
 * 点赞 and 异议反馈 during a good-person public notice, through Payload's REST handler: one per
 * browser per China day (server-signed cookie + unique key), exact counts under 50 concurrent clicks,
 * the per-network daily cap, refusals outside the notice, the cached count, objections' privacy
 * (the attacks on 点赞 are in votes-trust.test.ts); and the
 * 网站设置 global's access.
 */
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OBJECTION_CHALLENGE } from '../../cms/collections/GoodPeople/endpoints/objection.ts'
import { addChinaDays, chinaDay } from '../../cms/domain/dates.ts'
import { DEFAULT_IP_DAILY_CAP } from '../../cms/domain/endorsements.ts'
import { OBJECTION_LIMIT } from '../../cms/domain/residentReportsLimits.ts'
import type { User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { reportForm, send, solvedChallenge } from '../helpers/residents.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { browserId, browserIds, cookieFrom, nomineeInRound } from '../helpers/votes.ts'

let ctx: TempPayload
let refs: Refs
let open: number
let closed: number
let admin: User
let editor: User
const today = () => chinaDay(new Date()) as string

const nominee = (noticeFrom: string, noticeTo: string): Promise<number> =>
  nomineeInRound(ctx, refs, `公示轮次${noticeFrom}`, { noticeFrom, noticeTo })

const endorse = (id: number, options: { ip?: string; cookie?: string } = {}) =>
  send(ctx, 'POST', `/good-people/${id}/endorse`, { ...options, json: true })
const count = async (id: number) =>
  (await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: id } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await startTempPayload('endorse')
  refs = await makeRefs(ctx.payload)
  open = await nominee(addChinaDays(new Date(), -1) as string, addChinaDays(new Date(), 1) as string)
  closed = await nominee('2026-01-01', '2026-01-07')
  admin = await makeUser(ctx.payload, 'admin')
  editor = await makeUser(ctx.payload, 'editor')
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('endorsements', () => {
  it('should count an endorsement once per browser per day', async () => {
    const issued = await send(ctx, 'GET', `/good-people/${open}/endorse`, { ip: '203.0.113.10', json: true })
    expect(await issued.json()).toEqual({ ok: true, ready: true })
    expect(issued.headers.get('cache-control')).toBe('no-store')
    const cookie = cookieFrom(issued)
    expect(cookie).toMatch(/^gp_browser=[\w-]+\.[0-9a-z]+\.[\w-]+$/)
    expect(issued.headers.get('set-cookie')).toContain('HttpOnly')
    // A browser that already holds an id keeps it.
    expect(
      (await send(ctx, 'GET', `/good-people/${open}/endorse`, { ip: '203.0.113.10', cookie, json: true })).headers.get('set-cookie'),
    ).toBeNull()
    const first = await endorse(open, { ip: '203.0.113.10', cookie })
    expect(first.status).toBe(200)
    expect(((await first.json()) as { count: number }).count).toBe(1)
    const again = await endorse(open, { ip: '203.0.113.10', cookie })
    expect(again.status).toBe(409)
    expect(((await again.json()) as { message: string }).message).toContain('今天已经为')
    expect(await count(open)).toBe(1)
    const rows = await ctx.payload.find({ collection: 'endorsements', where: { nominee: { equals: open } }, overrideAccess: true })
    expect(rows.docs[0]?.day).toBe(today())
    expect(JSON.stringify(rows.docs)).not.toContain('203.0.113.10')
  })

  it('should treat a forged cookie as no id: nothing counted, a signed one handed out', async () => {
    const before = await count(open)
    const response = await endorse(open, { ip: '203.0.113.11', cookie: 'gp_browser=AAAAAAAAAAAAAAAAAAAAAAAA.forged' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { confirm: boolean }).confirm).toBe(true)
    expect(cookieFrom(response)).not.toContain('forged')
    expect(await count(open)).toBe(before)
  })

  it('should give exactly the right count for 50 concurrent endorsements', async () => {
    const before = await count(open)
    const cookies = await browserIds(ctx, open, 50, 18)
    const responses = await Promise.all(cookies.map((cookie, i) => endorse(open, { ip: `198.18.0.${i}`, cookie })))
    expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([])
    expect(await count(open)).toBe(before + 50)
  })

  it('should count once when one browser clicks 10 times at once', async () => {
    const cookie = await browserId(ctx, open, '198.18.1.1')
    const before = await count(open)
    const responses = await Promise.all(Array.from({ length: 10 }, () => endorse(open, { ip: '198.18.1.1', cookie })))
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1)
    expect(responses.filter((r) => r.status === 409)).toHaveLength(9)
    expect(await count(open)).toBe(before + 1)
  })

  it('should cap endorsements per network per day with 429', async () => {
    const ip = '198.19.0.1'
    const cookies = await browserIds(ctx, open, DEFAULT_IP_DAILY_CAP + 1, 19)
    for (const cookie of cookies.slice(0, -1)) expect((await endorse(open, { ip, cookie })).status).toBe(200)
    const refused = await endorse(open, { ip, cookie: cookies.at(-1) })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('should refuse outside the notice period and for unknown nominees', async () => {
    const response = await endorse(closed, { ip: '203.0.113.20' })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { message: string }).message).toContain('不在公示期内')
    expect((await endorse(999_999)).status).toBe(404)
    expect(await count(closed)).toBe(0)
  })

  it('should answer a plain form POST with a Chinese page linking back to the nominee', async () => {
    const confirm = await send(ctx, 'POST', `/good-people/${open}/endorse`, { ip: '203.0.113.30' })
    expect(await confirm.text()).toContain('请确认点赞')
    const cookie = cookieFrom(confirm)
    const response = await send(ctx, 'POST', `/good-people/${open}/endorse?step=2`, { ip: '203.0.113.30', cookie })
    const html = await response.text()
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(html).toContain('点赞成功')
    expect(html).toContain('/good-people/')
  })

  it('should serve the live count as cached JSON', async () => {
    const response = await send(ctx, 'GET', `/good-people/${open}/endorsements`)
    const body = (await response.json()) as { count: number; at: string; open: boolean }
    expect(response.headers.get('cache-control')).toBe('public, max-age=30')
    expect(body.count).toBe(await count(open))
    expect(body.open).toBe(true)
    expect(Number.isNaN(Date.parse(body.at))).toBe(false)
  })

  it('should give anonymous callers and liaisons no endorsement rows', async () => {
    expect((await send(ctx, 'GET', '/endorsements')).status).toBe(403)
    expect((await send(ctx, 'POST', '/endorsements', { body: JSON.stringify({ nominee: open, day: today(), browser: 'x' }) })).status).toBe(
      403,
    )
  })
})

describe('objections', () => {
  const form = (overrides: Record<string, string> = {}): FormData =>
    reportForm({
      message: '该人选的事迹与实际情况不符，请核实。',
      contactName: '李女士',
      contactPhone: '13800001111',
      ...solvedChallenge(ctx.payload.config.secret, OBJECTION_CHALLENGE),
      ...overrides,
    })

  it('should take an objection during the notice into the staff queue with private contact', async () => {
    const response = await send(ctx, 'POST', `/good-people/${open}/objection`, { body: form(), ip: '203.0.113.40' })
    expect(response.status).toBe(201)
    const list = await send(ctx, 'GET', '/objections')
    expect(list.status).toBe(403)
    expect(await list.text()).not.toContain('13800001111')
    const token = await tokenFor(ctx, editor.email)
    const staff = (await (await send(ctx, 'GET', '/objections', { token })).json()) as { docs: { contact?: { phone?: string } }[] }
    expect(staff.docs[0]?.contact?.phone).toBe('13800001111')
  })

  it('should refuse a short message, a wrong answer and objections outside the notice', async () => {
    const bad = await send(ctx, 'POST', `/good-people/${open}/objection`, {
      body: form({ message: '不对', challengeAnswer: '3' }),
      ip: '203.0.113.41',
    })
    const text = await bad.text()
    expect(bad.status).toBe(400)
    expect(text).toContain('异议内容：至少 10 个字')
    expect(text).toContain('验证题')
    expect((await send(ctx, 'POST', `/good-people/${closed}/objection`, { body: form(), ip: '203.0.113.42' })).status).toBe(403)
  })

  it('should refuse a replayed challenge (also on another API process), a report form’s challenge and a cross-site POST', async () => {
    const other = await getPayload({ config: ctx.config, key: `${ctx.key}-objections` })
    const object = (body: FormData, options: { ip?: string; headers?: Record<string, string>; instance?: string } = {}) =>
      send(ctx, 'POST', `/good-people/${open}/objection`, { body, ip: '203.0.113.43', ...options })
    const solved = solvedChallenge(ctx.payload.config.secret, OBJECTION_CHALLENGE)
    expect((await object(form(solved))).status).toBe(201)
    const replay = await object(form(solved), { instance: `${ctx.key}-objections` })
    const text = await replay.text()
    expect(replay.status).toBe(400)
    expect(text).toContain('<h1>验证题已使用</h1>')
    expect(text).toContain(`/good-people/`)
    expect(text).toContain('/objection/')
    const report = await object(form(solvedChallenge(ctx.payload.config.secret, 'resident-report')))
    expect([report.status, await report.text()]).toEqual([400, expect.stringContaining('<h1>页面已过期</h1>')])
    const crossSite = await object(form(), { headers: { origin: 'https://evil.example' } })
    expect(crossSite.status).toBe(403)
    expect((await object(form())).status).toBe(201)
    await other.destroy()
  })

  it('should allow 20 objections per network a day, counted across two API processes', async () => {
    const other = await getPayload({ config: ctx.config, key: `${ctx.key}-limit` })
    const object = (ip: string, instance?: string) => send(ctx, 'POST', `/good-people/${open}/objection`, { body: form(), ip, instance })
    for (let i = 0; i < OBJECTION_LIMIT.max; i++)
      expect((await object('203.0.113.44', i % 2 ? `${ctx.key}-limit` : undefined)).status).toBe(201)
    const refused = await object('203.0.113.44', `${ctx.key}-limit`)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await object('203.0.113.45')).status).toBe(201)
    await other.destroy()
  })
})

describe('网站设置 (site identity)', () => {
  it('should let anyone read it, only admins change it', async () => {
    const adminToken = await tokenFor(ctx, admin.email)
    const editorToken = await tokenFor(ctx, editor.email)
    const body = JSON.stringify({ siteName: '示范市文明网', icp: '示ICP备00000000号' })
    expect((await send(ctx, 'POST', '/globals/site-identity', { body })).status).toBe(403)
    expect((await send(ctx, 'POST', '/globals/site-identity', { body, token: editorToken })).status).toBe(403)
    expect((await send(ctx, 'POST', '/globals/site-identity', { body, token: adminToken })).status).toBe(200)
    const read = (await (await send(ctx, 'GET', '/globals/site-identity')).json()) as { siteName: string }
    expect(read.siteName).toBe('示范市文明网')
  })

  it('should refuse a footer link that is not http(s) or a site path', async () => {
    await expect(
      ctx.payload.updateGlobal({
        slug: 'site-identity',
        data: { footerLinks: [{ label: '坏链接', url: 'javascript:alert(1)' }] },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
