/**
 * /api/volunteer-activities/:id/cancel?token=… — the cancellation link a resident got when signing
 * up (a signed token naming the sign-up: cms/domain/volunteering/privacy.ts). GET shows a page with
 * one button (a link opened by a mail scanner cancels nothing); POST, same-site only and limited per
 * network, cancels the sign-up and gives its place back. A forged token is refused with 400.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { CANCEL_LIMIT, PLACES_AT, placesRule, readCancelToken, signupState } from '../../../domain/volunteering/index.ts'
import { giveBack } from '../../../limits/sharedLimits.ts'
import { slugs } from '../../../slugs.ts'
import { refuseCrossSite, takeLimit } from '../../ResidentReports/endpoints/guard.ts'
import { answer } from '../../ResidentReports/endpoints/page.ts'
import { backToActivity, NOT_FOUND, type PublicActivity, publishedActivity } from './activity.ts'
import { volunteerKey } from './storeSignup.ts'

type Signup = { id: number | string; status: string; slot?: number | null }

const FORGED = '取消链接无效：请使用报名成功时得到的完整链接。如有疑问，请联系活动组织单位。'

async function signupOf(req: PayloadRequest, activity: PublicActivity): Promise<Signup | null> {
  const id = readCancelToken(volunteerKey(req.payload), req.searchParams.get('token'))
  if (id === null) return null
  const { docs } = await req.payload.find({
    collection: slugs.volunteerSignups,
    where: { and: [{ id: { equals: id } }, { activity: { equals: activity.id } }] },
    limit: 1,
    depth: 0,
    select: { status: true, slot: true, activity: true },
    overrideAccess: true,
  })
  const doc = docs[0]
  return doc && idOf(doc.activity) !== null ? { id: doc.id, status: String(doc.status), slot: doc.slot } : null
}

async function cancel(req: PayloadRequest, method: 'get' | 'post'): Promise<Response> {
  const now = new Date()
  const activity = await publishedActivity(req.payload, req.routeParams?.id)
  if (!activity) return answer(req, NOT_FOUND)
  const back = backToActivity(activity)
  const signup = await signupOf(req, activity)
  if (!signup)
    return answer(req, {
      status: 400,
      title: '取消链接无效',
      blocks: [{ kind: 'p', text: FORGED }, back],
      json: { ok: false, message: FORGED },
    })
  if (signup.status === 'cancelled')
    return answer(req, {
      status: 200,
      title: '报名已取消',
      blocks: [{ kind: 'p', text: '这次报名已经取消过了。' }, back],
      json: { ok: true, cancelled: true },
    })
  if (signupState(activity, now) !== 'open') {
    const message = '活动已经开始，不能在线取消报名。'
    return answer(req, { status: 403, title: '不能取消', blocks: [{ kind: 'p', text: message }, back], json: { ok: false, message } })
  }
  if (method === 'get')
    return answer(req, {
      status: 200,
      title: `取消报名：${activity.title}`,
      blocks: [
        { kind: 'p', text: '确定不参加这项活动了吗？取消后名额会让给其他志愿者。' },
        { kind: 'form', action: `${new URL(req.url ?? '', 'http://x').pathname}?${req.searchParams.toString()}`, button: '确认取消报名' },
        back,
      ],
      json: { ok: true, cancelled: false },
    })
  await req.payload.update({
    collection: slugs.volunteerSignups,
    id: signup.id,
    data: { status: 'cancelled', cancelledAt: now.toISOString(), phoneKey: null } as never,
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  if (typeof signup.slot === 'number') await giveBack(req.payload, placesRule(activity.places), String(activity.id), signup.slot, PLACES_AT)
  return answer(req, {
    status: 200,
    title: '报名已取消',
    blocks: [{ kind: 'p', text: '已取消您的报名，名额已让出。谢谢您告诉我们。' }, back],
    json: { ok: true, cancelled: true },
  })
}

export const cancelEndpoint: Endpoint = { path: '/:id/cancel', method: 'get', handler: (req) => cancel(req, 'get') }

export const cancelPostEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const slot = await takeLimit(req, CANCEL_LIMIT, '取消报名', Date.now())
    if (!slot.ok) return slot.response
    return cancel(req, 'post')
  },
}
