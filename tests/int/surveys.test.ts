/**
 * 问卷 as residents and attackers send it, through Payload's REST handler (ARCHITECTURE rule 19): an
 * answer with a signed browser id, the no-JavaScript confirmation that keeps the answers, the same
 * browser twice (also in parallel), forged and absent cookies, floods from one network and from many,
 * a cross-site post, option values not in the survey, an oversize body, closed / not yet open /
 * unpublished surveys, and exact results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { surveyResults } from '../../cms/collections/Surveys/results.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { send } from '../helpers/residents.ts'
import { answerForm, answerSurvey, browserCookie, makeSurvey, QUESTIONS, responsesOf } from '../helpers/surveys.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

const CAP = 3
let ctx: TempPayload
let refs: Refs
const json = async (response: Response) => (await response.json()) as Record<string, unknown>
const hiddenFields = (html: string) => [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]])

beforeAll(async () => {
  ctx = await startTempPayload('surveys', { SURVEY_IP_DAILY_CAP: String(CAP) })
  refs = await makeRefs(ctx.payload)
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('a resident answering', () => {
  it('should store one compact response with a signed browser id and count it in the results', async () => {
    const survey = await makeSurvey(ctx, refs)
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.1')
    expect(cookie).toMatch(/^sv_browser=[\w-]+\.[0-9a-z]+\.[\w-]+$/)
    const response = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.1' })
    expect(response.status).toBe(201)
    const { docs } = await ctx.payload.find({
      collection: 'survey-responses',
      where: { survey: { equals: survey.id } },
      overrideAccess: true,
    })
    expect(docs[0]?.answers).toEqual([0, [0, 1], 4, '多建几个垃圾分类亭'])
    expect(JSON.stringify(docs[0])).not.toContain('198.51.100.1')
    const { tally } = await surveyResults(ctx.payload, survey.id, QUESTIONS as never)
    expect(tally.all.responses).toBe(1)
    expect(tally.all.questions.map((q) => q.correct)).toEqual([1, 1, 0, 0])
    expect(tally.all.questions[2]?.options).toEqual([0, 0, 0, 1, 0])
  })

  it('should keep the answers of a first post without JavaScript on the confirmation page and count them on confirming', async () => {
    const survey = await makeSurvey(ctx, refs)
    const first = await answerSurvey(ctx, survey.id, { ip: '198.51.100.2', json: false })
    expect(first.status).toBe(200)
    const html = await first.text()
    expect(html).toContain('请确认提交问卷')
    const fields = hiddenFields(html)
    expect(fields).toEqual([
      ['q0', '0'],
      ['q1o0', '1'],
      ['q1o1', '1'],
      ['q2', '4'],
      ['q3', '多建几个垃圾分类亭'],
    ])
    expect(await responsesOf(ctx, survey.id)).toBe(0)
    const cookie = String(first.headers.get('set-cookie')).split(';')[0] ?? ''
    const form = new FormData()
    for (const [name, value] of fields) form.append(String(name), String(value))
    const confirmed = await answerSurvey(ctx, survey.id, { form, cookie, ip: '198.51.100.2', query: '?step=2', json: false })
    expect(confirmed.status).toBe(201)
    expect(await confirmed.text()).toContain('提交成功')
    expect(await responsesOf(ctx, survey.id)).toBe(1)
  })

  it('should name each unanswered required question and each bad value in Chinese, and store nothing', async () => {
    const survey = await makeSurvey(ctx, refs)
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.3')
    const response = await answerSurvey(ctx, survey.id, {
      cookie,
      ip: '198.51.100.3',
      form: answerForm({ q0: null, q1o0: null, q1o1: null, q2: '9', q3: '长'.repeat(201) }),
    })
    expect(response.status).toBe(400)
    const { errors } = (await json(response)) as { errors: { field: string; message: string }[] }
    expect(errors.map((error) => error.field)).toEqual(['q0', 'q1', 'q2', 'q3'])
    expect(errors[0]?.message).toContain('第 1 题')
    expect(errors[3]?.message).toContain('最多 200 个字')
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })

  it('should ask the district when the survey does, accept only district units, and split the results', async () => {
    const survey = await makeSurvey(ctx, refs, { askDistrict: true })
    const district = await ctx.payload.create({
      collection: 'units',
      data: { name: '测试区', kind: 'district', code: `d-${Date.now()}` },
      overrideAccess: true,
    })
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.4')
    const missing = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.4' })
    expect(((await json(missing)).errors as { field: string }[]).map((e) => e.field)).toEqual(['district'])
    const street = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.4', form: answerForm({ district: String(refs.unit) }) })
    expect(street.status).toBe(400)
    const ok = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.4', form: answerForm({ district: String(district.id) }) })
    expect(ok.status).toBe(201)
    const { tally } = await surveyResults(ctx.payload, survey.id, QUESTIONS as never)
    expect(tally.districts[String(district.id)]?.responses).toBe(1)
  })
})

describe('an attacker answering', () => {
  it('should count one browser once per survey, also when it posts in parallel', async () => {
    const survey = await makeSurvey(ctx, refs)
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.10')
    const statuses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => answerSurvey(ctx, survey.id, { cookie, ip: `198.51.100.${11 + i}` }).then((r) => r.status)),
    )
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409])
    expect(await responsesOf(ctx, survey.id)).toBe(1)
  })

  it('should not count a forged or absent cookie (a confirmation page instead)', async () => {
    const survey = await makeSurvey(ctx, refs)
    const forged = await answerSurvey(ctx, survey.id, {
      cookie: 'sv_browser=AAAAAAAAAAAAAAAAAAAA.lx0.forgedmacforgedmacforgedmac1',
      ip: '198.51.100.20',
    })
    expect(await json(forged)).toMatchObject({ ok: false, confirm: true })
    const endorseCookie = await answerSurvey(ctx, survey.id, { cookie: 'gp_browser=whatever', ip: '198.51.100.20' })
    expect(await json(endorseCookie)).toMatchObject({ confirm: true })
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })

  it('should hold one network to SURVEY_IP_DAILY_CAP responses per survey a day (429 with Retry-After)', async () => {
    const survey = await makeSurvey(ctx, refs)
    const ip = '198.51.100.30'
    const statuses: number[] = []
    for (let i = 0; i < CAP + 2; i++)
      statuses.push((await answerSurvey(ctx, survey.id, { ip, cookie: await browserCookie(ctx, survey.id, ip) })).status)
    expect(statuses).toEqual([...Array(CAP).fill(201), 429, 429])
    expect(await responsesOf(ctx, survey.id)).toBe(CAP)
  })

  it('should cap new browser ids per network, so a flood of fresh browsers runs dry', async () => {
    const survey = await makeSurvey(ctx, refs)
    const ip = '198.51.100.31'
    const statuses: number[] = []
    for (let i = 0; i < 2 * CAP + 1; i++) statuses.push((await send(ctx, 'GET', `/surveys/${survey.id}/answer`, { ip, json: true })).status)
    expect(statuses).toEqual([...Array(2 * CAP).fill(200), 429])
  })

  it('should store nothing from a flood of many networks without browser ids', async () => {
    const survey = await makeSurvey(ctx, refs)
    const flood = await Promise.all(
      Array.from({ length: 20 }, (_, i) => answerSurvey(ctx, survey.id, { ip: `203.0.113.${100 + i}` }).then((r) => json(r))),
    )
    expect(flood.every((body) => body.confirm === true)).toBe(true)
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })

  it('should refuse a cross-site post with 403 before reading or counting anything', async () => {
    const survey = await makeSurvey(ctx, refs)
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.40')
    const response = await answerSurvey(ctx, survey.id, {
      cookie,
      ip: '198.51.100.40',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(response.status).toBe(403)
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })

  it('should refuse option values and questions not in the survey', async () => {
    const survey = await makeSurvey(ctx, refs)
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.41')
    for (const overrides of [{ q0: '7' }, { q1o5: '1' }, { q9: '0' }, { q0o1: '1' }, { q2: '-1' }, { q0: '1e0' }] as Record<
      string,
      string
    >[]) {
      const response = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.41', form: answerForm(overrides) })
      expect(response.status, JSON.stringify(overrides)).toBe(400)
    }
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })

  it('should refuse an oversize body and a honeypot', async () => {
    const survey = await makeSurvey(ctx, refs)
    const cookie = await browserCookie(ctx, survey.id, '198.51.100.42')
    const big = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.42', form: answerForm({ padding: 'x'.repeat(70 * 1024) }) })
    expect(big.status).toBe(400)
    expect(JSON.stringify(await json(big))).toContain('过大')
    const bot = await answerSurvey(ctx, survey.id, { cookie, ip: '198.51.100.42', form: answerForm({ website: 'http://spam.example' }) })
    expect(bot.status).toBe(400)
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })

  it('should refuse a closed, a not yet open and an unpublished survey', async () => {
    const closed = await makeSurvey(ctx, refs, { opensInHours: -48, hours: 24 })
    const later = await makeSurvey(ctx, refs, { opensInHours: 24 })
    const draft = await makeSurvey(ctx, refs, { status: 'draft' })
    const ip = '198.51.100.43'
    expect(await json(await answerSurvey(ctx, closed.id, { ip }))).toMatchObject({ state: 'after' })
    expect((await answerSurvey(ctx, later.id, { ip })).status).toBe(403)
    expect((await answerSurvey(ctx, draft.id, { ip })).status).toBe(404)
    expect((await send(ctx, 'GET', `/surveys/${closed.id}/answer`, { ip, json: true })).status).toBe(403)
    for (const id of [closed.id, later.id, draft.id]) expect(await responsesOf(ctx, id)).toBe(0)
  })
})
