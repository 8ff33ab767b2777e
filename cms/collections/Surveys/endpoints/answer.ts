/**
 * 问卷 answers without an account (README "Residents take part", "Security"), from the survey's page:
 * - POST /api/surveys/:id/answer — a plain form post (or fetch). Same-site only (403 before anything
 *   is read or counted), open surveys only, a byte cap (also cms/http/rules/bodyCaps.ts), a honeypot,
 *   every answer checked against the survey. A browser without a signed id (sv_browser cookie) gets
 *   one and a confirmation page that carries its answers back as hidden fields: the confirming post
 *   (`?step=2`) counts. One response per browser per survey (unique digest), at most
 *   SURVEY_IP_DAILY_CAP per client network per survey per China day, new browser ids capped too.
 * - GET /api/surveys/:id/answer → { ok, ready }: a signed browser id for the page's script.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import {
  answerFields,
  parseAnswers,
  STATE_MESSAGES,
  SURVEY_BODY_MAX_BYTES,
  SURVEY_COOKIE,
  SURVEY_MAX_FIELDS,
  surveyState,
} from '../../../domain/surveys/index.ts'
import { browserOf, issueBrowser } from '../../GoodPeople/endpoints/browserId.ts'
import { refuseCrossSite } from '../../ResidentReports/endpoints/guard.ts'
import { answer, badInput } from '../../ResidentReports/endpoints/page.ts'
import { BodyTooLarge, readForm } from '../../ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../../ResidentReports/endpoints/submit.ts'
import { rulesOf, storeResponse } from './store.ts'
import { backToSurvey, districtsOf, NOT_FOUND, type PublicSurvey, publishedSurvey } from './survey.ts'

const ID_EXHAUSTED = '同一网络今天新领取的答卷凭证已达上限，请明天再来。已经领取过凭证的浏览器不受影响。'

/** The open survey the request is for, or the refusal to send. */
async function openSurvey(req: PayloadRequest, now: Date): Promise<PublicSurvey | Response> {
  const crossSite = refuseCrossSite(req)
  if (crossSite) return crossSite
  const survey = await publishedSurvey(req.payload, req.routeParams?.id)
  if (!survey) return answer(req, NOT_FOUND)
  const state = surveyState(survey, now)
  if (state === 'open') return survey
  const message = STATE_MESSAGES[state]
  const title = state === 'before' ? '问卷尚未开始' : '问卷已经结束'
  return answer(req, {
    status: 403,
    title,
    blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
    json: { ok: false, state, message },
  })
}

async function confirmFirst(req: PayloadRequest, survey: PublicSurvey, fields: [string, string][], now: Date): Promise<Response> {
  const issued = await issueBrowser(req, rulesOf(req).browsers, now, SURVEY_COOKIE)
  if (!issued.ok) {
    const headers = { 'retry-after': String(issued.retryAfterSeconds) }
    const json = { ok: false, message: ID_EXHAUSTED, retryAfterSeconds: issued.retryAfterSeconds }
    return answer(req, {
      status: 429,
      title: '今天的答卷凭证已发完',
      blocks: [{ kind: 'p', text: ID_EXHAUSTED }, backToSurvey(survey)],
      json,
      headers,
    })
  }
  const noCookie =
    req.searchParams?.get('step') === '2'
      ? [{ kind: 'p' as const, text: '您的浏览器似乎没有保存本站的 Cookie：请允许本站使用 Cookie 后再确认。' }]
      : []
  return answer(req, {
    status: 200,
    title: '请确认提交问卷',
    blocks: [
      { kind: 'p', text: `为保证每人只填一次，第一次提交需要再确认一次：您的答案已经保留，请点击下面的“确认提交”。` },
      ...noCookie,
      { kind: 'form', action: `/api/surveys/${encodeURIComponent(String(survey.id))}/answer?step=2`, button: '确认提交', fields },
      backToSurvey(survey),
    ],
    json: { ok: false, confirm: true, message: '请再提交一次确认（第一次提交需要确认）。' },
    headers: { 'set-cookie': issued.setCookie },
  })
}

async function answerSurvey(req: PayloadRequest, survey: PublicSurvey, now: Date): Promise<Response> {
  const back = backToSurvey(survey)
  let fields: Record<string, string>
  try {
    fields = (await readForm(req, { maxBytes: SURVEY_BODY_MAX_BYTES, fileFields: [], maxFields: SURVEY_MAX_FIELDS })).fields
  } catch (error) {
    const message = error instanceof BodyTooLarge ? '提交的内容过大。' : '表单无法读取，请从网站的问卷页面填写。'
    return badInput(req, [{ field: 'form', message }], '答卷需要修改', back)
  }
  if (fields[HONEYPOT_FIELD])
    return badInput(req, [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }], '答卷需要修改', back)
  const parsed = parseAnswers(survey.questions, fields, survey.askDistrict ? await districtsOf(req.payload) : null)
  if (!parsed.ok) return badInput(req, parsed.errors, '答卷需要修改', back)
  const browser = browserOf(req, now, SURVEY_COOKIE.name)
  if (!browser) return confirmFirst(req, survey, answerFields(parsed.value), now)
  return storeResponse(req, survey, parsed.value, browser, now)
}

export const answerEndpoint: Endpoint = {
  path: '/:id/answer',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const survey = await openSurvey(req, now)
    if (survey instanceof Response) return survey
    return answerSurvey(req, survey, now).catch((error: unknown) => {
      req.payload.logger.error({ err: error, msg: 'survey response not saved' })
      const message = '系统暂时无法保存您的答卷，没有保存任何内容。请稍后重试。'
      return answer(req, {
        status: 500,
        title: '暂时无法提交',
        blocks: [{ kind: 'p', text: message }, backToSurvey(survey)],
        json: { ok: false, message },
      })
    })
  },
}

export const answerReadyEndpoint: Endpoint = {
  path: '/:id/answer',
  method: 'get',
  handler: async (req) => {
    const now = new Date()
    const survey = await openSurvey(req, now)
    if (survey instanceof Response) return survey
    const headers = { 'cache-control': 'no-store' }
    if (browserOf(req, now, SURVEY_COOKIE.name)) return Response.json({ ok: true, ready: true }, { headers })
    const issued = await issueBrowser(req, rulesOf(req).browsers, now, SURVEY_COOKIE)
    if (!issued.ok)
      return Response.json(
        { ok: false, message: ID_EXHAUSTED, retryAfterSeconds: issued.retryAfterSeconds },
        { status: 429, headers: { ...headers, 'retry-after': String(issued.retryAfterSeconds) } },
      )
    return Response.json({ ok: true, ready: true }, { headers: { ...headers, 'set-cookie': issued.setCookie } })
  },
}
