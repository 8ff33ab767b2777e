/**
 * Keep one response (README "Performance"): queued for this process's next batch (./commit.ts), one
 * multi-row insert per batch. The row is its own counted event for the per-network daily cap — slot
 * n of its network's digest for the day (unique `netSlot`) — and its unique browser digest refuses a
 * second response from the same browser, even a parallel one or one in the same batch (409). A batch
 * whose write fails stores none of its rows and answers each of its requests 503. Nothing else is
 * written: the results add the rows up (../results.ts).
 */
import { createHmac } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { chinaDay } from '../../../domain/dates.ts'
import { type BrowserId, chinaDayClock, ipDigest } from '../../../domain/endorsements.ts'
import { retryAfterSeconds } from '../../../domain/sharedLimits.ts'
import { type Parsed, surveyRules } from '../../../domain/surveys/index.ts'
import { BatchFailed } from '../../../groupCommit.ts'
import { networkOf } from '../../GoodPeople/endpoints/browserId.ts'
import { answer } from '../../ResidentReports/endpoints/page.ts'
import { commitResponse } from './commit.ts'
import { backToSurvey, type PublicSurvey } from './survey.ts'

/** The stored digest of (survey, browser id): one per browser per survey, not linkable across surveys. */
export const browserKey = (secret: string, survey: number | string, browser: BrowserId): string =>
  createHmac('sha256', secret).update(`survey|${survey}|${browser.id}`).digest('base64url').slice(0, 32)

export const rulesOf = (req: PayloadRequest) => surveyRules(settingsOf(req.payload).limits.surveyIpDailyCap)

function already(req: PayloadRequest, survey: PublicSurvey): Response {
  const message = '这个浏览器已经填写过这份问卷了，每份问卷每人只填一次。谢谢您的参与！'
  return answer(req, {
    status: 409,
    title: '已经填写过了',
    blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
    json: { ok: false, duplicate: true, message },
  })
}

function full(req: PayloadRequest, survey: PublicSurvey, now: Date): Response {
  const seconds = retryAfterSeconds(rulesOf(req).answers, chinaDayClock(now.getTime()))
  const message = '同一网络今天填写这份问卷的次数已达上限，请明天再来。'
  return answer(req, {
    status: 429,
    title: '今天的填写次数已达上限',
    blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
    json: { ok: false, message, retryAfterSeconds: seconds },
    headers: { 'retry-after': String(seconds) },
  })
}

function busy(req: PayloadRequest, survey: PublicSurvey): Response {
  const message = '系统繁忙，您的答卷这次没有保存（没有保存任何内容）。请稍后再提交一次。'
  return answer(req, {
    status: 503,
    title: '暂时无法提交',
    blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
    json: { ok: false, retry: true, message },
    headers: { 'retry-after': '5' },
  })
}

const asId = (value: string | null): number | string | null => (value === null ? null : /^\d+$/.test(value) ? Number(value) : value)

export async function storeResponse(
  req: PayloadRequest,
  survey: PublicSurvey,
  parsed: Parsed,
  browser: BrowserId,
  now: Date,
): Promise<Response> {
  const { payload } = req
  const outcome = await commitResponse(payload, {
    survey: survey.id,
    browserKey: browserKey(payload.secret, survey.id, browser),
    network: ipDigest(payload.secret, networkOf(req), chinaDay(now) as string),
    district: asId(parsed.district),
    answers: parsed.answers,
    cap: rulesOf(req).answers.max,
  }).catch((error: unknown) => {
    if (!(error instanceof BatchFailed)) throw error
    payload.logger.error({ err: error, msg: 'survey responses not saved (batch failed)' })
    return 'failed' as const
  })
  if (outcome === 'failed') return busy(req, survey)
  if (outcome === 'duplicate') return already(req, survey)
  if (outcome === 'full') return full(req, survey, now)
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
