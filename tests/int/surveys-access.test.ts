/**
 * 问卷 results and answers are staff-only: anonymous callers and unit liaisons get 403 for the CSV
 * export and nothing through REST (responses, tallies, correct answers); only staff build surveys;
 * editors' checks name the field; the shape locks once answered; results stay exact when tally runs
 * are stored (also when two API processes store the same run).
 */
import { getPayload, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { surveyResults } from '../../cms/collections/Surveys/results.ts'
import { FOLD_AT } from '../../cms/domain/surveys/index.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { makeSurvey, QUESTIONS } from '../helpers/surveys.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser, TEST_PASSWORD } from '../helpers/users.ts'

let ctx: TempPayload
let second: Payload
let refs: Refs
let tokens: Record<'editor' | 'reviewer' | 'liaison', string>

const csv = (id: number | string, token?: string) =>
  handleEndpoints({
    config: ctx.config as never,
    request: new Request(`http://localhost/api/surveys/${id}/results.csv`, { headers: token ? { authorization: `JWT ${token}` } : {} }),
    payloadInstanceCacheKey: ctx.key,
  })

const addResponses = async (survey: number | string, count: number, answers: unknown[] = [0, [0, 1], 5, '=HYPERLINK("x")']) => {
  for (let i = 0; i < count; i++)
    await ctx.payload.create({
      collection: 'survey-responses',
      data: { survey, browserKey: `k-${survey}-${i}-${Math.random()}`, netSlot: `t-${survey}-${i}-${Math.random()}`, answers } as never,
      overrideAccess: true,
      disableTransaction: true,
    })
}

beforeAll(async () => {
  ctx = await startTempPayload('surveys-access')
  second = await getPayload({ config: ctx.config, key: `${ctx.key}-second` })
  refs = await makeRefs(ctx.payload)
  const [editor, reviewer, liaison] = await Promise.all([
    makeUser(ctx.payload, 'editor'),
    makeUser(ctx.payload, 'reviewer'),
    makeUser(ctx.payload, 'unitLiaison', refs.unit),
  ])
  tokens = {
    editor: await tokenFor(ctx, editor.email, TEST_PASSWORD),
    reviewer: await tokenFor(ctx, reviewer.email, TEST_PASSWORD),
    liaison: await tokenFor(ctx, liaison.email, TEST_PASSWORD),
  }
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

describe('who reads the results', () => {
  it('should give the CSV to editors and reviewers, formula-escaped with short texts, and 403 to anonymous and a liaison', async () => {
    const survey = await makeSurvey(ctx, refs)
    await addResponses(survey.id, 2)
    expect((await csv(survey.id)).status).toBe(403)
    expect((await csv(survey.id, tokens.liaison)).status).toBe(403)
    const reviewer = await csv(survey.id, tokens.reviewer)
    expect(reviewer.status).toBe(200)
    const editor = await csv(survey.id, tokens.editor)
    expect(editor.headers.get('content-type')).toContain('text/csv')
    const lines = (await editor.text()).split('\r\n')
    expect(lines[0]).toContain('1. 您知道本市正在创建全国文明城市吗？')
    expect(lines[1]).toContain(`知道,无卫生死角；无乱停乱放,5 很满意,"'=HYPERLINK(""x"")",2`)
  })

  it('should show anonymous REST callers and liaisons no response, no tally and no correct answer', async () => {
    const survey = await makeSurvey(ctx, refs)
    await addResponses(survey.id, 1)
    for (const token of [undefined, tokens.liaison]) {
      expect((await rest(ctx, 'GET', '/survey-responses', { token })).status).toBe(403)
      expect((await rest(ctx, 'GET', '/survey-tallies', { token })).status).toBe(403)
      const read = await rest(ctx, 'GET', `/surveys/${survey.id}`, { token })
      expect(read.status).toBe(200)
      expect(JSON.stringify(read.json)).not.toContain('correct')
    }
    const staff = await rest(ctx, 'GET', `/surveys/${survey.id}`, { token: tokens.editor })
    expect(JSON.stringify(staff.json)).toContain('"correct":true')
  })

  it('should let nobody write responses through the API, and only staff build surveys', async () => {
    const survey = await makeSurvey(ctx, refs)
    for (const token of [undefined, tokens.liaison, tokens.editor])
      expect(
        (await rest(ctx, 'POST', '/survey-responses', { token, body: { survey: survey.id, browserKey: 'x', answers: [0] } })).status,
      ).toBe(403)
    const data = {
      title: '联络员的问卷',
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2099-01-01T00:00:00.000Z',
      questions: [{ prompt: '题', kind: 'text' }],
    }
    expect((await rest(ctx, 'POST', '/surveys', { token: tokens.liaison, body: data })).status).toBe(403)
    expect((await rest(ctx, 'POST', '/surveys', { body: data })).status).toBe(403)
    expect((await rest(ctx, 'PATCH', `/surveys/${survey.id}`, { token: tokens.liaison, body: { title: '改' } })).status).toBe(403)
  })

  it('should keep an editor from publishing a survey (a reviewer’s step)', async () => {
    const data = {
      title: '编辑的问卷',
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2099-01-01T00:00:00.000Z',
      questions: [{ prompt: '题', kind: 'text' }],
      _status: 'published',
    }
    const created = await rest(ctx, 'POST', '/surveys', { token: tokens.editor, body: data })
    const doc = (created.json.doc ?? {}) as { _status?: string }
    expect(created.status === 403 || created.status === 400 || doc._status !== 'published').toBe(true)
  })
})

describe('what an editor may build', () => {
  it('should name the field of a questionnaire that makes no sense', async () => {
    const bad = {
      title: '坏问卷',
      opensAt: '2026-02-01T00:00:00.000Z',
      closesAt: '2026-01-01T00:00:00.000Z',
      questions: [{ prompt: '单选', kind: 'single', options: [{ label: '只有一个' }] }],
    }
    const response = await rest(ctx, 'POST', '/surveys', { token: tokens.editor, body: bad })
    expect(response.status).toBe(400)
    const text = JSON.stringify(response.json)
    expect(text).toContain('截止时间')
    expect(text).toContain('第 1 题')
  })

  it('should lock kinds, options and correct answers once answered, but allow fixing the wording', async () => {
    const survey = await makeSurvey(ctx, refs, { status: 'draft' })
    await addResponses(survey.id, 1)
    const questions = (survey.questions ?? []).map((q) => ({ ...q, prompt: `${q.prompt}（修订）` }))
    const reworded = await rest(ctx, 'PATCH', `/surveys/${survey.id}?draft=true`, { token: tokens.editor, body: { questions } })
    expect(reworded.status).toBe(200)
    const reshaped = await rest(ctx, 'PATCH', `/surveys/${survey.id}?draft=true`, {
      token: tokens.editor,
      body: { questions: questions.slice(1) },
    })
    expect(reshaped.status).toBe(400)
    expect(JSON.stringify(reshaped.json)).toContain('已有 1 份答卷')
  })
})

describe('exact results', () => {
  it('should count every response exactly once across stored runs, also when two processes store the same run', async () => {
    const survey = await makeSurvey(ctx, refs)
    await addResponses(survey.id, FOLD_AT + 5)
    const [a, b] = await Promise.all([
      surveyResults(ctx.payload, survey.id, QUESTIONS as never),
      surveyResults(second, survey.id, QUESTIONS as never),
    ])
    expect(a.responses).toBe(FOLD_AT + 5)
    expect(b.responses).toBe(FOLD_AT + 5)
    const runs = await ctx.payload.count({ collection: 'survey-tallies', where: { survey: { equals: survey.id } }, overrideAccess: true })
    expect(runs.totalDocs).toBe(1)
    await addResponses(survey.id, 7, [1, [2], 1, null])
    const after = await surveyResults(ctx.payload, survey.id, QUESTIONS as never)
    expect(after.responses).toBe(FOLD_AT + 12)
    expect(after.tally.all.questions[0]).toMatchObject({ answered: FOLD_AT + 12, options: [FOLD_AT + 5, 7], correct: FOLD_AT + 5 })
    expect(after.tally.all.questions[3]?.answered).toBe(FOLD_AT + 5)
  })
})

describe('the workbench', () => {
  it('should list open surveys with their response counts for staff, and none for a liaison', async () => {
    const survey = await makeSurvey(ctx, refs)
    await addResponses(survey.id, 3)
    const closed = await makeSurvey(ctx, refs, { opensInHours: -48, hours: 24 })
    const listed = async (token: string) =>
      ((await rest(ctx, 'GET', '/workbench/summary', { token })).json.surveys ?? []) as { title: string; responses: number }[]
    expect((await listed(tokens.editor)).find((item) => item.title === survey.title)?.responses).toBe(3)
    expect((await listed(tokens.editor)).some((item) => item.title === closed.title)).toBe(false)
    expect(await listed(tokens.liaison)).toEqual([])
  })
})
