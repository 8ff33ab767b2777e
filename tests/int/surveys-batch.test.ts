/**
 * 问卷 answers written in batches (a group commit, cms/collections/Surveys/endpoints/commit.ts), on
 * real Payload and SQLite: 200 parallel answers from distinct browsers are 200 rows with exact
 * results; one browser posting several times into the same batch is stored once (409 for the rest);
 * a network's daily cap holds exactly under a parallel burst on two Payload instances on one SQLite
 * file (two API processes); a batch whose write throws answers 503 to its requests and stores none.
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PendingResponse, writeResponses } from '../../cms/collections/Surveys/endpoints/commit.ts'
import { surveyResults } from '../../cms/collections/Surveys/results.ts'
import { browserCookieValue } from '../../cms/domain/endorsements.ts'
import { type Answer, addResponses, emptyTally, SURVEY_COOKIE } from '../../cms/domain/surveys/index.ts'
import { answerForm, answerSurvey, makeSurvey, QUESTIONS, responsesOf } from '../helpers/surveys.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

const CAP = 5
let ctx: TempPayload
let second: Payload
let seq = 0
const secondKey = () => `${ctx.key}-second`
/** A signed browser id cookie for a new browser, as the page's script would hold it. */
const newBrowser = () =>
  `${SURVEY_COOKIE.name}=${browserCookieValue(ctx.payload.secret, { id: `batch-browser-${String(++seq).padStart(8, '0')}`, issuedAt: Date.now() })}`
const run = (query: string) =>
  (ctx.payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle.run(sql.raw(query))

beforeAll(async () => {
  ctx = await startTempPayload('surveys-batch', { SURVEY_IP_DAILY_CAP: String(CAP) })
  second = await getPayload({ config: ctx.config, key: secondKey() })
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await ctx?.close()
})

describe('answers written in batches', () => {
  it('should store 200 parallel answers from 200 browsers as exactly 200 rows with exact results', async () => {
    const survey = await makeSurvey(ctx, null)
    const sheet = (i: number): Answer[] => [i % 2, [0, 1 + (i % 2)], 1 + (i % 5), null]
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const [single, multiple, scale] = sheet(i) as [number, number[], number]
        const form = answerForm({
          q0: String(single),
          q1o0: '1',
          q1o1: multiple[1] === 1 ? '1' : null,
          q1o2: multiple[1] === 2 ? '1' : null,
          q2: String(scale),
          q3: null,
        })
        return answerSurvey(ctx, survey.id, { cookie: newBrowser(), ip: `10.1.${i >> 6}.${i + 1}`, form }).then((r) => r.status)
      }),
    )
    expect(statuses.filter((status) => status !== 201)).toEqual([])
    expect(await responsesOf(ctx, survey.id)).toBe(200)
    const { tally } = await surveyResults(ctx.payload, survey.id, QUESTIONS as never)
    const sent = Array.from({ length: 200 }, (_, i) => ({ answers: sheet(i) }))
    expect(tally.all).toEqual(addResponses(emptyTally(QUESTIONS as never), QUESTIONS as never, sent).all)
  }, 120_000)

  it('should store one browser once when it posts several times into the same batch, and answer the rest 409', async () => {
    const survey = await makeSurvey(ctx, null)
    const cookie = newBrowser()
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => answerSurvey(ctx, survey.id, { cookie, ip: `10.2.0.${i + 1}` }).then((r) => r.status)),
    )
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409])
    expect(await responsesOf(ctx, survey.id)).toBe(1)
  })

  it('should tell each response of one batch what became of it: stored, duplicate (also within the batch) or full', async () => {
    const survey = await makeSurvey(ctx, null)
    const pending = (browserKey: string, network: string): PendingResponse => ({
      survey: survey.id,
      browserKey,
      network,
      district: null,
      answers: [0, [0], 3, null],
      cap: 2,
    })
    const first = await writeResponses(ctx.payload, [pending(`k-a-${survey.id}`, 'net-1'), pending(`k-a-${survey.id}`, 'net-2')])
    expect(first).toEqual(['stored', 'duplicate'])
    const batch = [
      pending(`k-a-${survey.id}`, 'net-1'), // answered in an earlier batch
      pending(`k-b-${survey.id}`, 'net-1'), // the second and last slot of net-1
      pending(`k-c-${survey.id}`, 'net-1'), // net-1 is full
      pending(`k-c-${survey.id}`, 'net-3'), // follows its first post: full too, not a duplicate
      pending(`k-d-${survey.id}`, 'net-3'),
      pending(`k-d-${survey.id}`, 'net-3'), // same browser twice in the batch
    ]
    expect(await writeResponses(ctx.payload, batch)).toEqual(['duplicate', 'stored', 'full', 'full', 'stored', 'duplicate'])
    expect(await responsesOf(ctx, survey.id)).toBe(3)
  })

  it('should hold one network to its daily cap exactly under a parallel burst on two Payload instances', async () => {
    const survey = await makeSurvey(ctx, null)
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        answerSurvey(ctx, survey.id, { cookie: newBrowser(), ip: '10.3.0.1', instance: i % 2 ? secondKey() : ctx.key }),
      ),
    )
    const statuses = burst.map((response) => response.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(CAP)
    expect(statuses.filter((status) => status === 429)).toHaveLength(30 - CAP)
    expect(await responsesOf(ctx, survey.id)).toBe(CAP)
  }, 60_000)
})

describe('a batch whose write fails', () => {
  it('should answer 503 to its requests and store none of them; the same browsers may answer afterwards', async () => {
    const survey = await makeSurvey(ctx, null)
    const cookies = Array.from({ length: 10 }, newBrowser)
    await run(`CREATE TRIGGER refuse_answers BEFORE INSERT ON survey_responses BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END`)
    try {
      const failed = await Promise.all(cookies.map((cookie, i) => answerSurvey(ctx, survey.id, { cookie, ip: `10.4.0.${i + 1}` })))
      expect(failed.map((response) => response.status)).toEqual(Array(10).fill(503))
      expect(failed[0]?.headers.get('retry-after')).toBe('5')
      expect(await failed[0]?.json()).toMatchObject({ ok: false, retry: true })
    } finally {
      await run('DROP TRIGGER refuse_answers')
    }
    expect(await responsesOf(ctx, survey.id)).toBe(0)
    const again = await Promise.all(cookies.map((cookie, i) => answerSurvey(ctx, survey.id, { cookie, ip: `10.4.0.${i + 1}` })))
    expect(again.map((response) => response.status)).toEqual(Array(10).fill(201))
  })

  it('should store no row of a batch when one of its rows makes the write throw', async () => {
    const survey = await makeSurvey(ctx, null)
    await run(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON survey_responses WHEN NEW.browser_key = 'poison' BEGIN SELECT RAISE(ABORT, 'poison'); END`,
    )
    try {
      const batch = ['ok-1', 'ok-2', 'poison', 'ok-3'].map((key) => ({
        survey: survey.id,
        browserKey: `${key === 'poison' ? '' : `${survey.id}-`}${key}`,
        network: `net-${key}`,
        district: null,
        answers: [0, [0], 3, null] as Answer[],
        cap: CAP,
      }))
      await expect(writeResponses(ctx.payload, batch)).rejects.toThrow(/poison/)
    } finally {
      await run('DROP TRIGGER refuse_poison')
    }
    expect(await responsesOf(ctx, survey.id)).toBe(0)
  })
})
