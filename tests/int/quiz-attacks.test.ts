import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { challengeKey } from '../../cms/domain/challenge.ts'
import { quizCountedRule } from '../../cms/domain/quiz/rules.ts'
import { makeQuizToken, QUIZ_TOKEN_LIFE_MS, quizKey } from '../../cms/domain/quiz/token.ts'
import { bodyCapFor } from '../../cms/http/rules/bodyCaps.ts'
import { takeSlot, usedSlots } from '../../cms/limits/sharedLimits.ts'
import { answerAll, answerRows, drawQuiz, postQuiz, QUIZ_TEST_SETTINGS, quizForm, type quizItem, startQuizSuite } from '../helpers/quiz.ts'
import type { TempPayload } from '../helpers/tempPayload.ts'

const { questions: QUESTIONS, networkCap: NETWORK_CAP, hourlyCap: HOURLY_CAP } = QUIZ_TEST_SETTINGS
let ctx: TempPayload
let items: Awaited<ReturnType<typeof quizItem>>[]
let root: string
let net = 0
/** A fresh client network per call, so the per-network cap only bites where a test wants it. */
const ip = () => `198.51.100.${++net}`
const json = async (response: Response) => (await response.json()) as Record<string, unknown>
const all = answerAll

beforeAll(async () => {
  ;({ ctx, items, root } = await startQuizSuite('quiz-attacks'))
}, 120_000)

afterAll(async () => {
  await ctx?.close()
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
