/**
 * 点赞 as an attacker tries it (issue #20 "Votes from anywhere"): a cross-site request, a POST
 * without the server's signed browser id, forged ids, a parallel burst from one network, an IPv6 /64
 * full of addresses, two API processes — each refused or held to the cap, and the next legitimate
 * vote still served. Also: a surge is flagged with its numbers and still counted.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../cms/domain/dates.ts'
import { DEFAULT_IP_DAILY_CAP } from '../../cms/domain/endorsements.ts'
import type { User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { send } from '../helpers/residents.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { browserId, browserIds, cookieFrom, nomineeInRound, type VoteOptions, voteRequest } from '../helpers/votes.ts'

let ctx: TempPayload
let second: Payload
let refs: Refs
let open: number
let editor: User
const CAP = DEFAULT_IP_DAILY_CAP
const secondKey = () => `${ctx.key}-second`

const nominee = (name: string): Promise<number> => nomineeInRound(ctx, refs, `公示轮次${name}`)

const vote = (id: number, options: VoteOptions = {}) => voteRequest(ctx, 'POST', `/good-people/${id}/endorse`, { json: true, ...options })
const count = async (id: number) =>
  (await ctx.payload.count({ collection: 'endorsements', where: { nominee: { equals: id } }, overrideAccess: true })).totalDocs
function statuses(responses: Response[]): Record<number, number> {
  const tally: Record<number, number> = {}
  for (const response of responses) tally[response.status] = (tally[response.status] ?? 0) + 1
  return tally
}

beforeAll(async () => {
  ctx = await startTempPayload('votes-trust')
  second = await getPayload({ config: ctx.config, key: secondKey() })
  refs = await makeRefs(ctx.payload)
  open = await nominee('甲')
  editor = await makeUser(ctx.payload, 'editor')
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

describe('a vote from another site', () => {
  it('should refuse a cross-site Origin with 403 and a Chinese page, count nothing and hand out no id', async () => {
    const cookie = await browserId(ctx, open)
    const before = await count(open)
    const evil = { origin: 'https://evil.example' }
    const page = await vote(open, { headers: evil, json: false })
    expect(page.status).toBe(403)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('请求来自其他网站，已拒绝')
    expect(page.headers.get('set-cookie')).toBeNull()
    // Even a browser that holds a valid id cannot be made to vote by another page.
    const json = await vote(open, { headers: evil, cookie })
    expect(json.status).toBe(403)
    expect(((await json.json()) as { ok: boolean; message: string }).message).toContain('请在本站页面上操作')
    expect(await count(open)).toBe(before)
  })

  it.each([
    ['cross-site', {}],
    ['same-site', { origin: 'https://sub.example.gov.cn' }],
  ])('should refuse Sec-Fetch-Site %s for the vote and for a new id', async (site, extra) => {
    const cookie = await browserId(ctx, open, '192.0.2.31')
    const before = await count(open)
    const headers = { 'sec-fetch-site': site, ...extra }
    expect((await vote(open, { headers, cookie })).status).toBe(403)
    const issue = await voteRequest(ctx, 'GET', `/good-people/${open}/endorse`, { headers, json: true, ip: '192.0.2.32' })
    expect(issue.status).toBe(403)
    expect(issue.headers.get('set-cookie')).toBeNull()
    expect(await count(open)).toBe(before)
    // The same browser voting from the site itself is served.
    expect((await vote(open, { cookie, ip: '192.0.2.31' })).status).toBe(200)
    expect(await count(open)).toBe(before + 1)
  })
})

describe('a vote without the server’s signed browser id', () => {
  it('should not count a POST without a cookie: it answers 请确认点赞 with a signed cookie and a form, and the second POST counts', async () => {
    const before = await count(open)
    const first = await vote(open, { ip: '192.0.2.40', json: false })
    const html = await first.text()
    expect(first.status).toBe(200)
    expect(html).toContain('<h1>请确认点赞</h1>')
    expect(html).toContain(`<form method="post" action="/api/good-people/${open}/endorse?step=2">`)
    const setCookie = first.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^gp_browser=[\w-]+\.[0-9a-z]+\.[\w-]+; Path=\/api\/good-people; Max-Age=31536000; HttpOnly; SameSite=Lax/)
    expect(await count(open)).toBe(before)
    const second = await vote(open, { ip: '192.0.2.40', json: false, cookie: cookieFrom(first), query: '?step=2' })
    expect(second.status).toBe(200)
    expect(await second.text()).toContain('点赞成功')
    expect(await count(open)).toBe(before + 1)
  })

  it('should answer a script asking for JSON with confirm, not a count', async () => {
    const before = await count(open)
    const response = await vote(open, { ip: '192.0.2.41' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: false, confirm: true, message: '请再点一次“点赞”确认（第一次点赞需要确认）。' })
    expect(await count(open)).toBe(before)
  })

  it.each([
    ['with a forged signature', 'gp_browser=AAAAAAAAAAAAAAAAAAAAAAAA.mbc0000.forgedforgedforgedforgedfor'],
    ['without a signature', 'gp_browser=AAAAAAAAAAAAAAAAAAAAAAAA'],
    ['of the earlier format (no issue time)', 'gp_browser=AAAAAAAAAAAAAAAAAAAAAAAA.Lz2KNIjLM4Ue0PXhhBwaBpCkuDWZRme4'],
  ])('should not count a cookie %s, and give a fresh signed id instead', async (_, cookie) => {
    const before = await count(open)
    const response = await vote(open, { ip: '192.0.2.42', cookie })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { confirm: boolean }).confirm).toBe(true)
    expect(cookieFrom(response)).not.toBe(cookie)
    expect(cookieFrom(response)).toMatch(/^gp_browser=[\w-]+\.[0-9a-z]+\.[\w-]+$/)
    expect(await count(open)).toBe(before)
  })

  it('should say so when the confirming POST still comes without a cookie (cookies blocked)', async () => {
    const response = await vote(open, { ip: '192.0.2.43', json: false, query: '?step=2' })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('没有保存本站的 Cookie')
  })

  it('should hand a network at most twice the vote cap of new ids per day; browsers that have one still vote', async () => {
    const ip = '192.0.2.50'
    const holder = await browserId(ctx, open, ip)
    const issued = await Promise.all(
      Array.from({ length: 2 * CAP + 5 }, () => voteRequest(ctx, 'GET', `/good-people/${open}/endorse`, { ip, json: true })),
    )
    expect(statuses(issued)).toEqual({ 200: 2 * CAP - 1, 429: 6 })
    const refused = issued.find((response) => response.status === 429) as Response
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('set-cookie')).toBeNull()
    expect(((await refused.json()) as { message: string }).message).toContain('新领取的点赞凭证已达上限')
    const page = await vote(open, { ip, json: false })
    expect(page.status).toBe(429)
    expect(await page.text()).toContain('新领取的点赞凭证已达上限')
    expect((await vote(open, { ip, cookie: holder })).status).toBe(200)
  })
})

describe('the per-network daily cap', () => {
  it('should count exactly the cap of a burst of 60 parallel votes from one network with distinct valid ids, a duplicate costing no slot', async () => {
    const target = await nominee('乙')
    const ip = '198.51.100.60'
    const [repeat] = await browserIds(ctx, target, 1, 60)
    expect((await vote(target, { ip, cookie: repeat })).status).toBe(200)
    const duplicates = await Promise.all(Array.from({ length: 5 }, () => vote(target, { ip, cookie: repeat })))
    expect(statuses(duplicates)).toEqual({ 409: 5 })
    const cookies = await browserIds(ctx, target, 60, 61)
    const burst = await Promise.all(cookies.map((cookie) => vote(target, { ip, cookie })))
    expect(statuses(burst)).toEqual({ 200: CAP - 1, 429: 60 - (CAP - 1) })
    expect(await count(target)).toBe(CAP)
    const refused = burst.find((response) => response.status === 429) as Response
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await refused.json()) as { message: string }).message).toBe('同一网络今天的点赞次数已达上限，请明天再来。')
    // The next legitimate vote, from another network, is served (a browser the cap turned away).
    const turnedAway = cookies[burst.indexOf(refused)]
    expect((await vote(target, { ip: '198.51.100.61', cookie: turnedAway })).status).toBe(200)
    expect(await count(target)).toBe(CAP + 1)
  })

  it('should count the addresses of one IPv6 /64 together and another /64 apart', async () => {
    const target = await nominee('丙')
    const cookies = await browserIds(ctx, target, CAP + 2, 62)
    const inPrefix = (i: number) => `2001:db8:aa:1:${(i + 1).toString(16)}::${(i * 7 + 3).toString(16)}`
    const votes = await Promise.all(cookies.slice(0, CAP + 1).map((cookie, i) => vote(target, { ip: inPrefix(i), cookie })))
    expect(statuses(votes)).toEqual({ 200: CAP, 429: 1 })
    expect((await vote(target, { ip: '2001:db8:aa:1:ffff:ffff:ffff:ffff', cookie: cookies[CAP + 1] })).status).toBe(429)
    expect((await vote(target, { ip: '2001:db8:aa:2::1', cookie: cookies[CAP + 1] })).status).toBe(200)
    expect(await count(target)).toBe(CAP + 1)
  })

  it('should hold the cap across two Payload instances on one SQLite file', async () => {
    const target = await nominee('丁')
    const ip = '198.51.100.70'
    const cookies = await browserIds(ctx, target, 40, 70)
    const votes = await Promise.all(cookies.map((cookie, i) => vote(target, { ip, cookie, instanceKey: i % 2 ? secondKey() : ctx.key })))
    expect(statuses(votes)).toEqual({ 200: CAP, 429: 40 - CAP })
    expect(await count(target)).toBe(CAP)
    const refusedOnSecond = await vote(target, { ip, cookie: await browserId(ctx, target, '192.0.2.71'), instanceKey: secondKey() })
    expect(refusedOnSecond.status).toBe(429)
  })
})

describe('a surge of votes', () => {
  it('should flag a vote in a burst, store the numbers, count it anyway and show it to staff', async () => {
    const target = await nominee('戊')
    const day = chinaDay(new Date()) as string
    for (let i = 0; i < 48; i++)
      await ctx.payload.create({
        collection: 'endorsements',
        data: { nominee: target, day, browser: `seeded-browser-${i}` },
        overrideAccess: true,
        disableTransaction: true,
      })
    const [calm, spike] = await browserIds(ctx, target, 2, 80)
    const first = await vote(target, { ip: '198.51.100.80', cookie: calm })
    expect(first.status).toBe(200)
    const flagged = await vote(target, { ip: '198.51.100.81', cookie: spike })
    expect(flagged.status).toBe(200)
    expect(((await flagged.json()) as { count: number }).count).toBe(50)
    const rows = await ctx.payload.find({
      collection: 'endorsements',
      where: { and: [{ nominee: { equals: target } }, { burstLastHour: { exists: true } }] },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(rows.docs.map((row) => [row.suspicious, row.burstLastHour, row.burstPreviousWeek])).toEqual([
      [false, 48, 0],
      [true, 49, 0],
    ])
    const token = await tokenFor(ctx, editor.email)
    const list = (await (
      await send(ctx, 'GET', `/endorsements?where[suspicious][equals]=true&where[nominee][equals]=${target}`, { token })
    ).json()) as {
      docs: { burstLastHour: number; burstPreviousWeek: number }[]
    }
    expect(list.docs.map((row) => [row.burstLastHour, row.burstPreviousWeek])).toEqual([[49, 0]])
    // Anonymous callers see none of it.
    expect((await send(ctx, 'GET', '/endorsements?where[suspicious][equals]=true')).status).toBe(403)
  })
})
