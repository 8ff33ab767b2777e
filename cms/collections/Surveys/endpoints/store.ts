/**
 * Keep one response: the network's daily slot first (shared limits), then the row, whose unique
 * browser digest refuses a second response from the same browser, even a parallel one; a refused
 * row gives its slot back. One insert per answer: the results add the rows up (../results.ts).
 */
import { createHmac } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import type { BrowserId } from '../../../domain/endorsements.ts'
import { chinaDayClock } from '../../../domain/endorsements.ts'
import { type Parsed, surveyRules } from '../../../domain/surveys/index.ts'
import { giveBack, takeSlot } from '../../../limits/sharedLimits.ts'
import { slugs } from '../../../slugs.ts'
import { networkOf } from '../../GoodPeople/endpoints/browserId.ts'
import { answer } from '../../ResidentReports/endpoints/page.ts'
import { backToSurvey, type PublicSurvey } from './survey.ts'

/** The stored digest of (survey, browser id): one per browser per survey, not linkable across surveys. */
export const browserKey = (secret: string, survey: number | string, browser: BrowserId): string =>
  createHmac('sha256', secret).update(`survey|${survey}|${browser.id}`).digest('base64url').slice(0, 32)

export const rulesOf = (req: PayloadRequest) => surveyRules(settingsOf(req.payload).limits.surveyIpDailyCap)

const isDuplicate = (error: unknown): boolean =>
  /browserKey|unique|constraint|duplicate/i.test(
    `${(error as Error)?.message} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`,
  )

function already(req: PayloadRequest, survey: PublicSurvey): Response {
  const message = '这个浏览器已经填写过这份问卷了，每份问卷每人只填一次。谢谢您的参与！'
  return answer(req, {
    status: 409,
    title: '已经填写过了',
    blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
    json: { ok: false, duplicate: true, message },
  })
}

export async function storeResponse(
  req: PayloadRequest,
  survey: PublicSurvey,
  parsed: Parsed,
  browser: BrowserId,
  now: Date,
): Promise<Response> {
  const { payload } = req
  const rule = rulesOf(req).answers
  const subject = `${survey.id}|${networkOf(req)}`
  const clock = chinaDayClock(now.getTime())
  const slot = await takeSlot(payload, rule, subject, clock)
  if (!slot.allowed) {
    const message = '同一网络今天填写这份问卷的次数已达上限，请明天再来。'
    return answer(req, {
      status: 429,
      title: '今天的填写次数已达上限',
      blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
      json: { ok: false, message, retryAfterSeconds: slot.retryAfterSeconds },
      headers: { 'retry-after': String(slot.retryAfterSeconds) },
    })
  }
  try {
    await payload.create({
      collection: slugs.surveyResponses,
      data: {
        survey: survey.id,
        browserKey: browserKey(payload.secret, survey.id, browser),
        district: parsed.district === null ? null : Number.isNaN(Number(parsed.district)) ? parsed.district : Number(parsed.district),
        answers: parsed.answers,
      } as never,
      overrideAccess: true,
      disableTransaction: true,
      depth: 0,
    })
  } catch (error) {
    await giveBack(payload, rule, subject, slot.slot, clock)
    if (isDuplicate(error)) return already(req, survey)
    throw error
  }
  return answer(req, {
    status: 201,
    title: '提交成功，谢谢您！',
    blocks: [
      { kind: 'p', text: `您对“${survey.title}”的答卷已经收到。答卷匿名统计，不记录您的姓名、电话或网络地址。` },
      backToSurvey(survey),
    ],
    json: { ok: true, at: now.toISOString() },
  })
}
