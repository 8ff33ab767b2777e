/**
 * POST /api/volunteer-activities/:id/signup — 志愿活动报名 without an account (a plain form POST from
 * the activity's page, /volunteering/<slug>/, which the server fills with a one-time challenge:
 * cms/domain/formPages.ts). Guarded like 随手拍 (ARCHITECTURE rule 19): same-site only, attempt and
 * sign-up limits per client network counted in the database, a byte cap (also cms/http/rules/bodyCaps.ts),
 * a honeypot, the one-time challenge, one sign-up per phone per activity, and the places counted in
 * the database (a parallel burst never gets more than the places, in any number of processes).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import {
  SIGNUP_ATTEMPT_LIMIT,
  SIGNUP_BODY_MAX_BYTES,
  SIGNUP_CHALLENGE,
  SIGNUP_LIMIT,
  signupState,
  validateSignup,
} from '../../../domain/volunteering/index.ts'
import { checkChallenge, redeemChallenge } from '../../../limits/challenges.ts'
import { challengeRefused, refuseCrossSite, takeLimit } from '../../ResidentReports/endpoints/guard.ts'
import { answer, badInput } from '../../ResidentReports/endpoints/page.ts'
import { BodyTooLarge, readForm } from '../../ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../../ResidentReports/endpoints/submit.ts'
import { backToActivity, NOT_FOUND, type PublicActivity, publishedActivity } from './activity.ts'
import { storeSignup } from './storeSignup.ts'

const CLOSED = { closed: '活动已经开始，报名已截止。', ended: '活动已经结束，报名已截止。' } as const

async function signUp(req: PayloadRequest, activity: PublicActivity, now: Date): Promise<Response> {
  const back = backToActivity(activity)
  let fields: Record<string, string>
  try {
    fields = (await readForm(req, { maxBytes: SIGNUP_BODY_MAX_BYTES, fileFields: [], maxFields: 12 })).fields
  } catch (error) {
    const message = error instanceof BodyTooLarge ? '提交的内容过大。' : '表单无法读取，请从网站的活动页面报名。'
    return badInput(req, [{ field: 'form', message }], '报名信息需要修改', back)
  }
  const challenge = await checkChallenge(req.payload, {
    purpose: SIGNUP_CHALLENGE,
    token: fields.challengeToken,
    answer: fields.challengeAnswer,
    now: now.getTime(),
  })
  const checked = validateSignup(fields)
  const errors = [
    ...(fields[HONEYPOT_FIELD] ? [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }] : []),
    ...(challenge.ok ? [] : [{ field: 'challengeAnswer', message: challenge.message }]),
    ...(checked.ok ? [] : checked.errors),
  ]
  if (!challenge.ok && errors.length === 1) return challengeRefused(req, challenge, back)
  if (errors.length > 0 || !checked.ok || !challenge.ok) return badInput(req, errors, '报名信息需要修改', back)
  const used = await redeemChallenge(req.payload, challenge)
  if (!used.ok) return challengeRefused(req, used, back)
  return storeSignup(req, activity, checked.value, now)
}

export const signupEndpoint: Endpoint = {
  path: '/:id/signup',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const activity = await publishedActivity(req.payload, req.routeParams?.id)
    if (!activity) return answer(req, NOT_FOUND)
    const state = signupState(activity, now)
    if (state !== 'open')
      return answer(req, {
        status: 403,
        title: '报名已截止',
        blocks: [{ kind: 'p', text: CLOSED[state] }, backToActivity(activity)],
        json: { ok: false, state, message: CLOSED[state] },
      })
    const attempt = await takeLimit(req, SIGNUP_ATTEMPT_LIMIT, '报名志愿活动', now.getTime())
    if (!attempt.ok) return attempt.response
    const slot = await takeLimit(req, SIGNUP_LIMIT, '报名志愿活动', now.getTime())
    if (!slot.ok) return slot.response
    const response = await signUp(req, activity, now).catch(async (error: unknown) => {
      req.payload.logger.error({ err: error, msg: 'volunteer sign-up not saved' })
      return answer(req, {
        status: 500,
        title: '暂时无法报名',
        blocks: [{ kind: 'p', text: '系统暂时无法保存您的报名，没有保存任何内容。请稍后重试。' }, backToActivity(activity)],
        json: { ok: false, message: '暂时无法保存，请稍后重试。' },
      })
    })
    if (response.status !== 201) await slot.giveBack()
    return response
  },
}
