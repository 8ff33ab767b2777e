/**
 * POST /api/knowledge/quiz — the answers of one 应知应会 quiz page (/quiz/, filled per GET by the
 * server with N questions and a signed token: cms/domain/quiz/token.ts). Anonymous and guarded like the
 * residents' forms (ARCHITECTURE rule 19): same-site only (403 before anything is read or counted),
 * QUIZ_NETWORK_HOURLY_CAP posts per client network per hour counted in the database (429), an 8 kB
 * body cap (also cms/http/rules/bodyCaps.ts), a honeypot; the token names exactly the questions
 * judged and counts once (useOnce), so a replayed, forged or expired token counts nothing. Beyond
 * QUIZ_HOURLY_CAP quizzes an hour from everyone, results are shown but not counted.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { refuseCrossSite, takeLimit } from '../../collections/ResidentReports/endpoints/guard.ts'
import { answer, badInput } from '../../collections/ResidentReports/endpoints/page.ts'
import { BodyTooLarge, readForm } from '../../collections/ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../../collections/ResidentReports/endpoints/submit.ts'
import { settingsOf } from '../../config/fromPayload.ts'
import { challengeKey } from '../../domain/challenge.ts'
import { chinaDay } from '../../domain/dates.ts'
import { judgeQuiz, QUIZ_BODY_MAX_BYTES, QUIZ_TOKEN_FIELD, quizCountedRule, quizNetworkRule, readAnswers } from '../../domain/quiz/rules.ts'
import { quizKey, readQuizToken } from '../../domain/quiz/token.ts'
import { useOnce as firstUse, giveBack, takeSlot } from '../../limits/sharedLimits.ts'
import { publishedQuestions } from './questions.ts'
import { AGAIN, quizResult } from './result.ts'
import { storeAnswers } from './store.ts'

const TOKEN_REFUSALS = {
  missing: '测试页面缺少题目凭证。请打开测试页面重新作答。',
  forged: '题目凭证无效。请打开测试页面重新作答。',
  expired: '测试页面已过期（每组题目 2 小时内有效）。请打开测试页面，换一组题目重新作答。',
  used: '这组题目已经提交过一次（每组题目只计一次）。请打开测试页面，换一组题目再测。',
} as const

function refusedToken(req: PayloadRequest, reason: keyof typeof TOKEN_REFUSALS): Response {
  const message = TOKEN_REFUSALS[reason]
  return answer(req, {
    status: 400,
    title: reason === 'used' ? '这组题目已提交过' : '请重新打开测试页面',
    blocks: [{ kind: 'p', text: message }, AGAIN],
    json: { ok: false, token: reason, errors: [{ field: QUIZ_TOKEN_FIELD, message }] },
  })
}

async function judge(req: PayloadRequest, now: Date): Promise<Response> {
  const settings = settingsOf(req.payload)
  let fields: Record<string, string>
  try {
    fields = (await readForm(req, { maxBytes: QUIZ_BODY_MAX_BYTES, fileFields: [], maxFields: settings.limits.quizQuestions + 6 })).fields
  } catch (error) {
    const message = error instanceof BodyTooLarge ? '提交的内容过大。' : '表单无法读取，请从网站的测试页面作答。'
    return badInput(req, [{ field: 'form', message }], '无法读取答案', AGAIN)
  }
  if (fields[HONEYPOT_FIELD])
    return badInput(req, [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新作答。' }], '无法读取答案', AGAIN)
  const key = quizKey(challengeKey(req.payload.config.secret))
  const ticket = readQuizToken({ key, token: fields[QUIZ_TOKEN_FIELD], now: now.getTime(), maxQuestions: settings.limits.quizQuestions })
  if (!ticket.ok) return refusedToken(req, ticket.reason)
  const answers = readAnswers(fields, ticket.ids)
  if (!answers.ok) return badInput(req, answers.errors, '答案与题目不符', AGAIN)
  if (!(await firstUse(req.payload, 'quiz', ticket.nonce, ticket.expiresAt))) return refusedToken(req, 'used')
  const result = judgeQuiz(ticket.ids, answers.chosen, await publishedQuestions(req.payload, ticket.ids))
  const rule = quizCountedRule(settings.limits.quizHourlyCap)
  const at = now.getTime()
  const slot = result.total > 0 ? await takeSlot(req.payload, rule, 'everyone', at) : null
  if (slot?.allowed) {
    try {
      await storeAnswers(req, result.questions, chinaDay(now) ?? '')
    } catch (error) {
      await giveBack(req.payload, rule, 'everyone', slot.slot, at)
      throw error
    }
  }
  return quizResult(req, result, Boolean(slot?.allowed))
}

export const quizEndpoint: Endpoint = {
  path: '/quiz',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const settings = settingsOf(req.payload)
    const attempt = await takeLimit(req, quizNetworkRule(settings.limits.quizNetworkHourlyCap), '提交应知应会测试', now.getTime())
    if (!attempt.ok) return attempt.response
    return judge(req, now).catch((error: unknown) => {
      req.payload.logger.error({ err: error, msg: 'quiz answers not counted' })
      return answer(req, {
        status: 500,
        title: '暂时无法评分',
        blocks: [{ kind: 'p', text: '系统暂时无法评分，没有保存任何内容。请稍后重试。' }, AGAIN],
        json: { ok: false, message: '暂时无法评分，请稍后重试。' },
      })
    })
  },
}
