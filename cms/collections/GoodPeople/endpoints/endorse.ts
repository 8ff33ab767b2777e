/**
 * POST /api/good-people/:id/endorse — 点赞 during the round's public notice (a plain form POST, or
 * fetch from /js/endorse.js asking for JSON). Anyone may call it; refused outside the notice. One per
 * nominee per browser per China day (signed cookie + unique key in the database), ENDORSE_IP_DAILY_CAP
 * per client network per day; rows in a sudden surge are flagged for editors.
 */
import { randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import { clientIp } from '../../../auth/loginThrottle.ts'
import { appEnv } from '../../../config/env.ts'
import { chinaDay, chinaDayStart } from '../../../domain/dates.ts'
import { BROWSER_COOKIE, browserCookieValue, browserIdFrom, ipDailyCap, ipDigest, isSpike } from '../../../domain/endorsements.ts'
import { paths } from '../../../domain/publicPaths.ts'
import { slugs } from '../../../slugs.ts'
import { answer, type Block } from '../../ResidentReports/endpoints/page.ts'
import { NOTICE_CLOSED, type Nominee, publishedNominee } from './notice.ts'

const HOUR = 60 * 60 * 1000

function cookieOf(req: PayloadRequest, name: string): string | null {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return null
}

const count = async (req: PayloadRequest, where: Record<string, unknown>): Promise<number> =>
  (await req.payload.count({ collection: slugs.endorsements, where: where as never, overrideAccess: true })).totalDocs

export const endorsementCount = (req: PayloadRequest, nominee: number | string): Promise<number> =>
  count(req, { nominee: { equals: nominee } })

async function spiking(req: PayloadRequest, nominee: number | string, now: Date): Promise<boolean> {
  const hourAgo = new Date(now.getTime() - HOUR).toISOString()
  const weekAgo = new Date(now.getTime() - 7 * 24 * HOUR).toISOString()
  const lastHour = 1 + (await count(req, { and: [{ nominee: { equals: nominee } }, { createdAt: { greater_than: hourAgo } }] }))
  const previousWeek = await count(req, {
    and: [{ nominee: { equals: nominee } }, { createdAt: { greater_than: weekAgo } }, { createdAt: { less_than_equal: hourAgo } }],
  })
  return isSpike({ lastHour, previousWeek })
}

function reply(
  req: PayloadRequest,
  nominee: Nominee,
  status: number,
  title: string,
  message: string,
  extra: Record<string, unknown>,
  headers?: Record<string, string>,
): Response {
  const back: Block = { kind: 'link', href: paths.goodPerson(nominee.slug), text: `返回${nominee.name}的页面` }
  return answer(req, {
    status,
    title,
    blocks: [{ kind: 'p', text: message }, back],
    json: { ok: status < 300, message, ...extra },
    headers,
  })
}

export const endorseEndpoint: Endpoint = {
  path: '/:id/endorse',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const nominee = await publishedNominee(req, now)
    if (!nominee)
      return answer(req, {
        status: 404,
        title: '没有找到',
        blocks: [{ kind: 'p', text: '没有找到这位人选。' }],
        json: { ok: false, message: '没有找到这位人选。' },
      })
    if (nominee.notice !== 'open') return reply(req, nominee, 403, '不在公示期内', NOTICE_CLOSED, {})
    const secret = req.payload.secret
    const day = chinaDay(now) ?? now.toISOString().slice(0, 10)
    const known = browserIdFrom(secret, cookieOf(req, BROWSER_COOKIE))
    const browser = known ?? randomBytes(18).toString('base64url')
    const cookie = `${BROWSER_COOKIE}=${browserCookieValue(secret, browser)}; Path=/api/good-people; Max-Age=31536000; HttpOnly; SameSite=Lax${appEnv.secureCookies ? '; Secure' : ''}`
    const ipHash = ipDigest(secret, clientIp(req), day)
    if ((await count(req, { and: [{ ipHash: { equals: ipHash } }, { day: { equals: day } }] })) >= ipDailyCap(process.env)) {
      const tomorrow = chinaDayStart(day).getTime() + 24 * HOUR
      const retry = String(Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000)))
      return reply(
        req,
        nominee,
        429,
        '今天的点赞次数已达上限',
        '同一网络今天的点赞次数已达上限，请明天再来。',
        {},
        { 'retry-after': retry, 'set-cookie': cookie },
      )
    }
    const key = { nominee: nominee.id, day, browser }
    try {
      const suspicious = await spiking(req, nominee.id, now)
      await req.payload.create({
        collection: slugs.endorsements,
        data: { ...key, ipHash, suspicious } as never,
        overrideAccess: true,
        disableTransaction: true,
        depth: 0,
      })
    } catch (error) {
      const already = await count(req, {
        and: [{ nominee: { equals: nominee.id } }, { day: { equals: day } }, { browser: { equals: browser } }],
      })
      if (already === 0) throw error
      const total = await endorsementCount(req, nominee.id)
      return reply(
        req,
        nominee,
        409,
        '今天已经点过赞了',
        `您今天已经为${nominee.name}点过赞了，明天可以再来。`,
        { count: total, at: now.toISOString() },
        { 'set-cookie': cookie },
      )
    }
    const total = await endorsementCount(req, nominee.id)
    return reply(
      req,
      nominee,
      200,
      '点赞成功，谢谢您！',
      `点赞成功：已为${nominee.name}点赞，目前共 ${total} 个赞（点赞数是公众意见的参考，不是评选结果）。`,
      { count: total, at: now.toISOString() },
      { 'set-cookie': cookie },
    )
  },
}

/** GET /api/good-people/:id/endorsements → { count, at }: public, cached 30 s; published nominees only. */
export const endorsementsEndpoint: Endpoint = {
  path: '/:id/endorsements',
  method: 'get',
  handler: async (req) => {
    const now = new Date()
    const nominee = await publishedNominee(req, now)
    if (!nominee)
      return Response.json({ ok: false, message: '没有找到这位人选。' }, { status: 404, headers: { 'cache-control': 'no-store' } })
    const body = { count: await endorsementCount(req, nominee.id), at: now.toISOString(), open: nominee.notice === 'open' }
    return Response.json(body, { headers: { 'cache-control': 'public, max-age=30' } })
  },
}
