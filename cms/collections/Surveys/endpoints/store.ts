/**
 * Keep one response with one insert (README "Performance"): the row is its own counted event for
 * the per-network daily cap — it takes slot n of its network's digest for the day (unique `netSlot`;
 * n from the count, the next one when a parallel answer took it) — and its unique browser digest
 * refuses a second response from the same browser, even a parallel one. Nothing else is written:
 * the results add the rows up (../results.ts).
 */
import { createHmac } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { insertFast } from '../../../db.ts'
import { chinaDay } from '../../../domain/dates.ts'
import { type BrowserId, chinaDayClock, ipDigest } from '../../../domain/endorsements.ts'
import { retryAfterSeconds } from '../../../domain/sharedLimits.ts'
import { type Parsed, surveyRules } from '../../../domain/surveys/index.ts'
import { slugs } from '../../../slugs.ts'
import { networkOf } from '../../GoodPeople/endpoints/browserId.ts'
import { answer } from '../../ResidentReports/endpoints/page.ts'
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

const asId = (value: string | null): number | string | null => (value === null ? null : /^\d+$/.test(value) ? Number(value) : value)

export async function storeResponse(
  req: PayloadRequest,
  survey: PublicSurvey,
  parsed: Parsed,
  browser: BrowserId,
  now: Date,
): Promise<Response> {
  const { payload } = req
  const cap = rulesOf(req).answers.max
  const network = ipDigest(payload.secret, networkOf(req), chinaDay(now) as string)
  const key = browserKey(payload.secret, survey.id, browser)
  const used = (
    await payload.count({
      collection: slugs.surveyResponses,
      where: { and: [{ survey: { equals: survey.id } }, { network: { equals: network } }] },
      overrideAccess: true,
    })
  ).totalDocs
  for (let slot = used; slot < cap; slot++) {
    const netSlot = `${survey.id}|${network}|${slot}`
    const district = asId(parsed.district)
    const row = {
      survey_id: survey.id,
      browser_key: key,
      district_id: district,
      answers: JSON.stringify(parsed.answers),
      network,
      net_slot: netSlot,
    }
    const fields = { survey: survey.id, browserKey: key, district, answers: parsed.answers, network, netSlot }
    const stored = await insertFast(payload, slugs.surveyResponses, 'survey_responses', row, fields)
    if (stored.ok)
      return answer(req, {
        status: 201,
        title: '提交成功，谢谢您！',
        blocks: [
          { kind: 'p', text: `您对“${survey.title}”的答卷已经收到。答卷匿名统计，不记录您的姓名、电话或网络地址。` },
          backToSurvey(survey),
        ],
        json: { ok: true, at: now.toISOString() },
      })
    if (/browser/i.test(stored.conflict)) return already(req, survey)
    if (!/slot/i.test(stored.conflict)) throw new Error(`survey response refused by the database: ${stored.conflict}`)
  }
  return full(req, survey, now)
}
