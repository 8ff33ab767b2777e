/**
 * Keep one sign-up: a place taken from the activity's bucket in the database (refused when full),
 * then the row, whose unique phone key refuses a second sign-up with the same phone, even a
 * parallel one; a refused row gives its place back. The answer carries the cancellation link,
 * shown once.
 */
import type { PayloadRequest } from 'payload'
import { challengeKey } from '../../../domain/challenge.ts'
import { cancelToken, PLACES_AT, phoneKey, placesRule, rosterLabel, type SignupInput } from '../../../domain/volunteering/index.ts'
import { giveBack, takeSlot } from '../../../limits/sharedLimits.ts'
import { slugs } from '../../../slugs.ts'
import { answer } from '../../ResidentReports/endpoints/page.ts'
import { backToActivity, type PublicActivity } from './activity.ts'

/** The key links and phone digests are signed with (from the configured secret, like the challenges'). */
export const volunteerKey = (payload: PayloadRequest['payload']): string => challengeKey(`volunteering|${payload.config.secret}`)

const isDuplicatePhone = (error: unknown): boolean =>
  /phoneKey|unique|constraint|duplicate/i.test(`${(error as Error)?.message} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`)

function duplicate(req: PayloadRequest, activity: PublicActivity): Response {
  const message = '这个手机号已经报名了这项活动，无需重复报名。如需取消，请使用报名成功时得到的取消链接。'
  return answer(req, {
    status: 409,
    title: '已经报过名了',
    blocks: [{ kind: 'p', text: message }, backToActivity(activity)],
    json: { ok: false, duplicate: true, message },
  })
}

export async function storeSignup(req: PayloadRequest, activity: PublicActivity, input: SignupInput, now: Date): Promise<Response> {
  const { payload } = req
  const key = volunteerKey(payload)
  const phone = phoneKey(key, activity.id, input.phone)
  if (
    (await payload.count({ collection: slugs.volunteerSignups, where: { phoneKey: { equals: phone } }, overrideAccess: true })).totalDocs >
    0
  )
    return duplicate(req, activity)
  const rule = placesRule(activity.places)
  const place = await takeSlot(payload, rule, String(activity.id), PLACES_AT)
  if (!place.allowed) {
    const message = '这项活动的名额已经报满，谢谢您的支持。欢迎报名其他志愿活动。'
    return answer(req, {
      status: 409,
      title: '名额已满',
      blocks: [{ kind: 'p', text: message }, backToActivity(activity)],
      json: { ok: false, full: true, message },
    })
  }
  let id: number | string
  try {
    const doc = await payload.create({
      collection: slugs.volunteerSignups,
      data: {
        activity: activity.id,
        unit: activity.unit,
        status: 'signed',
        roster: rosterLabel(input.name, input.phone),
        contact: { name: input.name, phone: input.phone },
        publicName: input.showName ? input.name : null,
        phoneKey: phone,
        slot: place.slot,
      } as never,
      overrideAccess: true,
      disableTransaction: true,
      depth: 0,
    })
    id = doc.id
  } catch (error) {
    await giveBack(payload, rule, String(activity.id), place.slot, PLACES_AT)
    if (isDuplicatePhone(error)) return duplicate(req, activity)
    throw error
  }
  const cancelUrl = `/api/volunteer-activities/${activity.id}/cancel?token=${encodeURIComponent(cancelToken(key, id))}`
  return answer(req, {
    status: 201,
    title: '报名成功，谢谢您！',
    blocks: [
      { kind: 'p', text: `您已报名“${activity.title}”。请按时到达活动地点，活动如有变动，工作人员会打电话通知您。` },
      { kind: 'p', text: '如不能参加，请用下面的取消链接取消报名，把名额让给其他志愿者（链接只显示这一次，请收藏或截图保存）：' },
      { kind: 'link', href: cancelUrl, text: '取消报名' },
      { kind: 'p', text: '您的姓名和手机号只有工作人员能看到，活动结束后按规定期限删除。' },
      backToActivity(activity),
    ],
    json: { ok: true, cancelUrl, at: now.toISOString() },
  })
}
