/** 志愿活动报名 as a resident's browser sends it: a published activity, a filled form, the REST handler. */
import { SIGNUP_CHALLENGE } from '../../cms/domain/volunteering/index.ts'
import { richText } from '../../seed/lexical.ts'
import type { Refs } from './fixtures.ts'
import { send, solvedChallenge } from './residents.ts'
import type { TempPayload } from './tempPayload.ts'

const HOUR = 60 * 60 * 1000
let seq = 0

/** A published activity of `unit` starting in `startsInHours` (negative: already started), lasting 3 hours. */
export async function publishedActivity(
  ctx: TempPayload,
  refs: Refs,
  options: { places?: number; startsInHours?: number; unit?: number } = {},
) {
  const startsAt = Date.now() + (options.startsInHours ?? 48) * HOUR
  return ctx.payload.create({
    collection: 'volunteer-activities',
    data: {
      title: `测试志愿活动${++seq}`,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 3 * HOUR).toISOString(),
      place: '测试广场',
      unit: options.unit ?? refs.unit,
      places: options.places ?? 10,
      body: richText(['活动介绍']),
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}

/** A distinct valid mobile number per n. */
export const phone = (n: number): string => `139${String(10_000_000 + n).slice(-8)}`

export function signupForm(ctx: TempPayload, overrides: Record<string, string> = {}): FormData {
  const form = new FormData()
  const fields = { name: '李志愿', phone: phone(++seq), ...solvedChallenge(ctx.payload.config.secret, SIGNUP_CHALLENGE), ...overrides }
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

export const signUp = (
  ctx: TempPayload,
  id: number | string,
  options: { ip?: string; form?: FormData; instance?: string; headers?: Record<string, string> } = {},
) =>
  send(ctx, 'POST', `/volunteer-activities/${id}/signup`, {
    body: options.form ?? signupForm(ctx),
    ip: options.ip,
    json: true,
    instance: options.instance,
    headers: options.headers,
  })

export const signupsOf = async (ctx: TempPayload, id: number | string, status = 'signed') =>
  (
    await ctx.payload.count({
      collection: 'volunteer-signups',
      where: { and: [{ activity: { equals: id } }, { status: { equals: status } }] },
      overrideAccess: true,
    })
  ).totalDocs
