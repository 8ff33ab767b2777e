/** 问卷 as a resident's browser answers it: a published survey, a filled form, the signed browser id cookie. */
import type { Refs } from './fixtures.ts'
import { send } from './residents.ts'
import type { TempPayload } from './tempPayload.ts'

const HOUR = 60 * 60 * 1000
let seq = 0

export const QUESTIONS = [
  {
    prompt: '您知道本市正在创建全国文明城市吗？',
    kind: 'single',
    required: true,
    options: [{ label: '知道', correct: true }, { label: '不知道' }],
  },
  {
    prompt: '以下哪些属于“九无一创”的要求？',
    kind: 'multiple',
    required: true,
    options: [{ label: '无卫生死角', correct: true }, { label: '无乱停乱放', correct: true }, { label: '无广场舞' }],
  },
  { prompt: '您对小区环境卫生的满意程度', kind: 'scale', required: true },
  { prompt: '您的建议', kind: 'text', required: false },
] as const

/** A survey open from `opensInHours` (negative: already open) for `hours`, published unless told otherwise. */
export async function makeSurvey(
  ctx: TempPayload,
  _refs: Refs | null,
  options: { opensInHours?: number; hours?: number; askDistrict?: boolean; publicResults?: boolean; status?: 'published' | 'draft' } = {},
) {
  const opensAt = Date.now() + (options.opensInHours ?? -1) * HOUR
  return ctx.payload.create({
    collection: 'surveys',
    data: {
      title: `测试问卷${++seq}`,
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(opensAt + (options.hours ?? 48) * HOUR).toISOString(),
      askDistrict: options.askDistrict ?? false,
      publicResults: options.publicResults ?? false,
      questions: QUESTIONS.map((question) => ({ ...question, options: 'options' in question ? [...question.options] : [] })) as never,
      _status: options.status ?? 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}

/** A filled answer form: single choice 0, multiple 0+1, scale 4, a short text. */
export function answerForm(overrides: Record<string, string | null> = {}): FormData {
  const fields: Record<string, string | null> = {
    q0: '0',
    q1o0: '1',
    q1o1: '1',
    q2: '4',
    q3: '多建几个垃圾分类亭',
    website: '',
    ...overrides,
  }
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value)
  return form
}

/** The browser id cookie (`sv_browser=…`) a GET of the answer endpoint hands out. */
export async function browserCookie(ctx: TempPayload, id: number | string, ip = '203.0.113.9'): Promise<string> {
  const response = await send(ctx, 'GET', `/surveys/${id}/answer`, { ip, json: true })
  return String(response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

export const answerSurvey = (
  ctx: TempPayload,
  id: number | string,
  options: {
    form?: FormData
    cookie?: string
    ip?: string
    json?: boolean
    headers?: Record<string, string>
    query?: string
    /** Another Payload instance on the same database (its getPayload key), as a second API process. */
    instance?: string
  } = {},
) =>
  send(ctx, 'POST', `/surveys/${id}/answer${options.query ?? ''}`, {
    body: options.form ?? answerForm(),
    cookie: options.cookie,
    ip: options.ip,
    json: options.json ?? true,
    headers: options.headers,
    instance: options.instance,
  })

export const responsesOf = async (ctx: TempPayload, id: number | string) =>
  (await ctx.payload.count({ collection: 'survey-responses', where: { survey: { equals: id } }, overrideAccess: true })).totalDocs
