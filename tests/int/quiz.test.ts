/**
 * 应知应会测试 as residents take it and staff read it, through Payload's REST handler: a quiz judged and
 * counted per question, the result page without JavaScript, a question unpublished meanwhile, anonymous
 * reads of the counts and of the right option through REST, a unit liaison editing the quiz fields, the
 * validation naming each field, and the workbench numbers. Attacks on the endpoint: quiz-attacks.test.ts.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { challengeKey } from '../../cms/domain/challenge.ts'
import { makeQuizToken, quizKey } from '../../cms/domain/quiz/token.ts'
import { quizTallies, tallyOf } from '../../cms/quiz/stats.ts'
import { makeRefs } from '../helpers/fixtures.ts'
import { answerAll, answerRows, drawQuiz, postQuiz, QUIZ_TEST_SETTINGS, quizForm, quizItem, startQuizSuite } from '../helpers/quiz.ts'
import { send } from '../helpers/residents.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import type { TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

const QUESTIONS = QUIZ_TEST_SETTINGS.questions
let ctx: TempPayload
let items: Awaited<ReturnType<typeof quizItem>>[]
let root: string
let net = 0
/** A fresh client network per call, so the per-network cap only bites where a test wants it. */
const ip = () => `198.51.100.${++net}`
const json = async (response: Response) => (await response.json()) as Record<string, unknown>
const all = answerAll

beforeAll(async () => {
  ;({ ctx, items, root } = await startQuizSuite('quiz'))
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('a resident taking the quiz', () => {
  it('should draw the configured number of distinct questions from the pool, with a token', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    expect(ids).toHaveLength(QUESTIONS)
    expect(new Set(ids).size).toBe(QUESTIONS)
    expect(token).toMatch(/^q1\./)
  })

  it('should give the score and every right answer and explanation, and count each question once', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    const [first, second, third] = ids as [string, string, string]
    const before = await tallyOf(ctx.payload, items.find((item) => String(item.id) === first) as never)
    const response = await postQuiz(ctx, quizForm(token, { [first]: '2', [second]: '3' }), { ip: ip() })
    expect(response.status).toBe(200)
    const body = await json(response)
    expect(body).toMatchObject({ ok: true, score: 1, total: QUESTIONS, counted: true })
    const questions = body.questions as { id: string; outcome: string; correct: number; explanation: string }[]
    expect(questions.map((q) => q.id)).toEqual(ids)
    expect(questions.map((q) => q.outcome)).toEqual(['right', 'wrong', 'skipped', 'skipped'])
    expect(questions[0]).toMatchObject({ correct: 2, explanation: expect.stringMatching(/^解析/) })
    expect(await answerRows(ctx, { knowledge: { equals: Number(second) }, chosen: { equals: 3 } })).toBeGreaterThanOrEqual(1)
    expect(await answerRows(ctx, { knowledge: { equals: Number(third) }, outcome: { equals: 'skipped' } })).toBeGreaterThanOrEqual(1)
    const after = await tallyOf(ctx.payload, items.find((item) => String(item.id) === first) as never)
    expect(after).toMatchObject({ shown: before.shown + 1, right: before.right + 1, wrong: before.wrong })
    expect(after.byOption[1]).toBe((before.byOption[1] ?? 0) + 1)
  })

  it('should answer a form without JavaScript with a Chinese result page listing right answers and explanations', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    const response = await postQuiz(ctx, quizForm(token, all(ids, '1')), { ip: ip(), json: false })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain('您答对了 0 题，共 4 题')
    expect(html.match(/正确答案：B\. 乙/g)).toHaveLength(QUESTIONS)
    expect(html).toContain('解析：解析')
    expect(html).toContain('href="/quiz/"')
  })

  it('should leave out, and not count, a question unpublished after the page was drawn', async () => {
    const gone = await quizItem(ctx)
    const token = makeQuizToken({
      key: quizKey(challengeKey(ctx.payload.config.secret)),
      ids: [gone.id, items[0]?.id as number],
      now: Date.now(),
      nonce: randomBytes(16).toString('base64url'),
    })
    await ctx.payload.update({
      collection: 'knowledge',
      id: gone.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    await ctx.payload.update({
      collection: 'knowledge',
      id: gone.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      draft: false,
      context: { skipRebuild: true },
    })
    const body = await json(await postQuiz(ctx, quizForm(token, { [gone.id]: '2', [String(items[0]?.id)]: '2' }), { ip: ip() }))
    expect(body).toMatchObject({ ok: true, score: 1, total: 1 })
    expect((body.questions as { gone?: boolean }[])[0]?.gone).toBe(true)
    expect(await answerRows(ctx, { knowledge: { equals: gone.id } })).toBe(0)
  })
})

describe('who reads and edits the quiz', () => {
  it('should not let anyone anonymous read the per-question counts or the right option through REST', async () => {
    const answers = await rest(ctx, 'GET', '/quiz-answers')
    expect(answers.status).toBe(403)
    const item = await rest(ctx, 'GET', `/knowledge/${items[0]?.id}`)
    expect(item.status).toBe(200)
    const quiz = item.json.quiz as Record<string, unknown>
    expect(quiz.question).toMatch(/^测试题/)
    expect('correct' in quiz).toBe(false)
    const staff = await makeUser(ctx.payload, 'editor')
    const seen = await rest(ctx, 'GET', '/quiz-answers?limit=1', { token: await tokenFor(ctx, staff.email) })
    expect(seen.status).toBe(200)
    expect(Number(seen.json.totalDocs)).toBeGreaterThan(0)
  })

  it('should refuse a unit liaison editing the quiz fields of a knowledge item', async () => {
    const refs = await makeRefs(ctx.payload)
    const liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
    const id = items[1]?.id as number
    await expect(
      ctx.payload.update({
        collection: 'knowledge',
        id,
        data: { quiz: { enabled: true, correct: 1 } } as never,
        user: liaison,
        overrideAccess: false,
        draft: true,
        context: { skipRebuild: true },
      }),
    ).rejects.toThrow(/not allowed|Forbidden|不允许|无权/i)
    const response = await send(ctx, 'PATCH', `/knowledge/${id}?draft=true`, {
      body: JSON.stringify({ quiz: { correct: 1 } }),
      token: await tokenFor(ctx, liaison.email),
    })
    expect(response.status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'knowledge', id, overrideAccess: true })
    expect(stored.quiz?.correct).toBe(2)
  })

  it('should refuse publishing an incomplete quiz question, naming the fields', async () => {
    const editor = await makeUser(ctx.payload, 'admin')
    const error = await ctx.payload
      .update({
        collection: 'knowledge',
        id: items[2]?.id as number,
        data: { quiz: { enabled: true, question: '', options: [{ text: '只有一个' }], correct: 3, explanation: '' }, _status: 'published' },
        user: editor,
        overrideAccess: false,
        context: { skipRebuild: true },
      })
      .then(
        () => null,
        (caught: unknown) => caught as { data?: { errors?: { path: string; message: string }[] } },
      )
    const paths = (error?.data?.errors ?? []).map((entry) => entry.path).sort()
    expect(paths).toEqual(['quiz.correct', 'quiz.explanation', 'quiz.options', 'quiz.question'])
    expect((error?.data?.errors ?? []).find((entry) => entry.path === 'quiz.options')?.message).toContain('2–6')
  })

  it('should list every marked question with its numbers for the workbench', async () => {
    const tallies = await quizTallies(ctx.payload)
    expect(tallies.length).toBeGreaterThanOrEqual(items.length)
    const total = tallies.reduce((sum, tally) => sum + tally.shown, 0)
    expect(total).toBe(await answerRows(ctx))
  })
})
