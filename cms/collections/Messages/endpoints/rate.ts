/**
 * POST /api/messages/rate?code=…&rating=satisfied|mostly-satisfied|dissatisfied (or the same as form
 * fields) — the resident rates a published reply once, through the tracking code: same-site only,
 * limited per client network in the database, a byte cap, only after the reply is published, and
 * only once per message in every process (a one-time key, then the stored rating). The save asks
 * for a rebuild (the unit's satisfaction changes).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { MESSAGE_RATINGS } from '../../../domain/contentTypes/index.ts'
import { isRating, RATING_BODY_MAX_BYTES, RATING_LIMIT } from '../../../domain/messages/index.ts'
import { formatTrackingCode, normalizeTrackingCode } from '../../../domain/trackingCode.ts'
import { useOnce as firstUse } from '../../../limits/sharedLimits.ts'
import { slugs } from '../../../slugs.ts'
import { refuseCrossSite, takeLimit } from '../../ResidentReports/endpoints/guard.ts'
import { answer } from '../../ResidentReports/endpoints/page.ts'
import { readForm } from '../../ResidentReports/endpoints/readForm.ts'
import { OTHER_CODE, statusHref } from './links.ts'
import { findByCode, isAnswered } from './lookup.ts'

const FAR_FUTURE = Date.UTC(2100, 0, 1)

const refuse = (req: PayloadRequest, status: number, title: string, text: string, back = OTHER_CODE): Response =>
  answer(req, { status, title, blocks: [{ kind: 'p', text }, back], json: { ok: false, message: text } })

async function fields(req: PayloadRequest): Promise<Record<string, string>> {
  if (!req.headers.get('content-type')) return {}
  return (await readForm(req, { maxBytes: RATING_BODY_MAX_BYTES, fileFields: [], maxFields: 8 })).fields
}

async function rate(req: PayloadRequest): Promise<Response> {
  const body = await fields(req).catch(() => null)
  if (body === null) return refuse(req, 400, '评价无法读取', '表单无法读取，请从查询结果页面评价。')
  const code = normalizeTrackingCode(body.code ?? req.searchParams.get('code'))
  const rating = body.rating ?? req.searchParams.get('rating')
  if (!code || !isRating(rating))
    return refuse(
      req,
      400,
      '评价需要修改',
      `查询码应为 10 位字母和数字；评价：请选择${Object.values(MESSAGE_RATINGS)
        .map((r) => r.zh)
        .join('、')}之一。`,
    )
  const message = await findByCode(req, code)
  if (!message) return refuse(req, 404, '没有找到', '没有找到这个查询码对应的留言，请核对后重试。')
  const back = { kind: 'link' as const, href: statusHref(formatTrackingCode(code)), text: '返回查询结果' }
  if (!isAnswered(message)) return refuse(req, 409, '尚未答复', '留言答复发布后才能评价。', back)
  if (message.rating || !(await firstUse(req.payload, 'message-rating', String(message.id), FAR_FUTURE)))
    return refuse(req, 409, '已经评价过', '每条留言只能评价一次，您已经评价过了。', back)
  await req.payload.update({
    collection: slugs.messages,
    id: message.id,
    data: { rating, ratedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    depth: 0,
    context: { job: 'message-rating' },
  })
  return answer(req, {
    status: 200,
    title: '谢谢您的评价',
    blocks: [{ kind: 'p', text: `您的评价“${MESSAGE_RATINGS[rating].zh}”已记录，将计入责任单位的满意度。` }, back],
    json: { ok: true, rating },
  })
}

export const rateEndpoint: Endpoint = {
  path: '/rate',
  method: 'post',
  handler: async (req) => {
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const limit = await takeLimit(req, RATING_LIMIT, '评价留言答复', Date.now())
    if (!limit.ok) return limit.response
    return rate(req)
  },
}
