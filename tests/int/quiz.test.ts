/**
 * 应知应会测试 as residents and attackers send it, through Payload's REST handler (ARCHITECTURE rule 19):
 * a quiz judged and counted per question (exact under parallel posts), the result page without
 * JavaScript, a cross-site post, a replayed token, forged tokens (ids swapped, another key, expired),
 * answers for questions not in the token, floods from one network and from many, an oversize body,
 * the hourly cap on counting, anonymous reads of the counts through REST, and a unit liaison
 * editing the quiz fields of a knowledge item.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { challengeKey } from '../../cms/domain/challenge.ts'
import { quizCountedRule } from '../../cms/domain/quiz/rules.ts'
import { makeQuizToken, QUIZ_TOKEN_LIFE_MS, quizKey } from '../../cms/domain/quiz/token.ts'
import { bodyCapFor } from '../../cms/http/rules/bodyCaps.ts'
import { takeSlot, usedSlots } from '../../cms/limits/sharedLimits.ts'
import { quizTallies, tallyOf } from '../../cms/quiz/stats.ts'
import { makeRefs } from '../helpers/fixtures.ts'
import { answerRows, drawQuiz, postQuiz, quizBuild, quizForm, quizItem } from '../helpers/quiz.ts'
import { send } from '../helpers/residents.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

const QUESTIONS = 4
const NETWORK_CAP = 5
const HOURLY_CAP = 120
let ctx: TempPayload
let items: Awaited<ReturnType<typeof quizItem>>[]
let root: string
let net = 0
/** A fresh client network per call, so the per-network cap only bites where a test wants it. */
const ip = () => `198.51.100.${++net}`
const json = async (response: Response) => (await response.json()) as Record<string, unknown>
/** Answer every question of a drawn quiz with option `pick` (2 is right). */
const all = (ids: string[], pick: string) => Object.fromEntries(ids.map((id) => [id, pick]))

beforeAll(async () => {
  ctx = await startTempPayload('quiz', {
    QUIZ_QUESTIONS: String(QUESTIONS),
    QUIZ_NETWORK_HOURLY_CAP: String(NETWORK_CAP),
    QUIZ_HOURLY_CAP: String(HOURLY_CAP),
  })
  items = []
  for (let i = 0; i < 8; i++) items.push(await quizItem(ctx))
  root = quizBuild(ctx, items)
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

describe('an attacker posting quiz answers', () => {
  it('should refuse a cross-site post with 403 before counting anything', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    const rows = await answerRows(ctx)
    const response = await postQuiz(ctx, quizForm(token, all(ids, '2')), {
      ip: ip(),
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(response.status).toBe(403)
    expect(await answerRows(ctx)).toBe(rows)
    // The token was not used: the resident's own post still counts.
    expect((await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: ip() })).status).toBe(200)
  })

  it('should count a token once: a replay from another network counts nothing', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    expect((await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: ip() })).status).toBe(200)
    const rows = await answerRows(ctx)
    const replay = await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: ip() })
    expect(replay.status).toBe(400)
    expect(await json(replay)).toMatchObject({ ok: false, token: 'used' })
    expect(await answerRows(ctx)).toBe(rows)
  })

  it.each([
    ['ids swapped', (token: string, ids: string[]) => token.replace(ids.join('-'), [...ids].reverse().join('-')), 'forged'],
    [
      'signed with another key',
      (_t: string, ids: string[]) => makeQuizToken({ key: quizKey('another'), ids, now: Date.now(), nonce: 'n'.repeat(20) }),
      'forged',
    ],
    [
      'expired',
      (_t: string, ids: string[]) =>
        makeQuizToken({
          key: quizKey(challengeKey(ctx.payload.config.secret)),
          ids,
          now: Date.now() - QUIZ_TOKEN_LIFE_MS - 1000,
          nonce: 'e'.repeat(20),
        }),
      'expired',
    ],
    ['missing', () => '', 'missing'],
  ])('should count nothing for a token %s', async (_name, forge, reason) => {
    const { token, ids } = await drawQuiz(ctx, root)
    const rows = await answerRows(ctx)
    const response = await postQuiz(ctx, quizForm(forge(token, ids), all(ids, '2')), { ip: ip() })
    expect(response.status).toBe(400)
    expect(await json(response)).toMatchObject({ ok: false, token: reason })
    expect(await answerRows(ctx)).toBe(rows)
  })

  it('should refuse answers for questions not in the token, count nothing, and leave the token usable', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    const outside = items.map((item) => String(item.id)).find((id) => !ids.includes(id)) as string
    const rows = await answerRows(ctx)
    const response = await postQuiz(ctx, quizForm(token, { ...all(ids, '2'), [outside]: '2' }), { ip: ip() })
    expect(response.status).toBe(400)
    const body = (await json(response)) as { errors: { field: string; message: string }[] }
    expect(body.errors.map((error) => error.field)).toEqual([`a-${outside}`])
    expect(body.errors[0]?.message).toContain('不在本次测试中')
    expect(await answerRows(ctx)).toBe(rows)
    expect((await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: ip() })).status).toBe(200)
  })

  it('should hold one network to QUIZ_NETWORK_HOURLY_CAP posts an hour (429 with Retry-After)', async () => {
    const address = ip()
    const statuses: number[] = []
    for (let i = 0; i < NETWORK_CAP + 2; i++) {
      const { token, ids } = await drawQuiz(ctx, root)
      statuses.push((await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: address })).status)
    }
    expect(statuses).toEqual([...Array(NETWORK_CAP).fill(200), 429, 429])
    const { token, ids } = await drawQuiz(ctx, root)
    const refused = await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: address })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('should count a parallel flood of valid quizzes from many networks exactly, and forged ones not at all', async () => {
    const rows = await answerRows(ctx)
    const quizzes = await Promise.all(Array.from({ length: 20 }, () => drawQuiz(ctx, root)))
    const responses = await Promise.all(
      quizzes.map(({ token, ids }, i) => postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: `203.0.113.${i + 10}` })),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200))
    expect(await answerRows(ctx)).toBe(rows + 20 * QUESTIONS)
    const forged = await Promise.all(
      quizzes.map(({ token, ids }, i) => postQuiz(ctx, quizForm(`${token}x`, all(ids, '2')), { ip: `203.0.113.${i + 100}` })),
    )
    expect(forged.every((response) => response.status === 400)).toBe(true)
    expect(await answerRows(ctx)).toBe(rows + 20 * QUESTIONS)
  })

  it('should refuse an oversize body (8 kB cap, also at the server) and count nothing', async () => {
    const { token, ids } = await drawQuiz(ctx, root)
    const rows = await answerRows(ctx)
    const form = quizForm(token, all(ids, '2'))
    form.append('padding', 'x'.repeat(10_000))
    const response = await postQuiz(ctx, form, { ip: ip() })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await json(response))).toContain('过大')
    expect(await answerRows(ctx)).toBe(rows)
    expect(bodyCapFor('/api/knowledge/quiz', { mediaMaxBytes: 1, importMaxBytes: 1 }).maxBytes).toBe(8 * 1024)
  })

  it('should show but not count results beyond QUIZ_HOURLY_CAP quizzes an hour', async () => {
    const rule = quizCountedRule(HOURLY_CAP)
    const used = await usedSlots(ctx.payload, rule, 'everyone')
    for (let i = used; i < HOURLY_CAP - 1; i++) await takeSlot(ctx.payload, rule, 'everyone')
    const results = []
    for (let i = 0; i < 3; i++) {
      const { token, ids } = await drawQuiz(ctx, root)
      results.push(await json(await postQuiz(ctx, quizForm(token, all(ids, '2')), { ip: ip() })))
    }
    expect(results.map((result) => [result.ok, result.score, result.counted])).toEqual([
      [true, QUESTIONS, true],
      [true, QUESTIONS, false],
      [true, QUESTIONS, false],
    ])
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
