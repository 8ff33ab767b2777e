/**
 * 8. 问卷 answers under 50 concurrent clients against the real server (publisher/server.ts,
 * production), as 50 residents on 50 networks (own loopback source address and keep-alive connection
 * each, because the server caps responses per network per survey per day). Every answer comes from a
 * new browser holding a signed id (issued as the page's script gets it, before timing: a browser gets
 * its id once, when the page loads), answering a 20-question survey (single, multiple, 1–5 scale and
 * short text). Afterwards the stored responses and the results must match what was sent exactly.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { surveyResults } from '../cms/collections/Surveys/results.ts'
import type { Settings } from '../cms/config/settings.ts'
import { browserCookieValue } from '../cms/domain/endorsements.ts'
import { type Answer, addResponses, emptyTally, SURVEY_COOKIE, type SurveyQuestion } from '../cms/domain/surveys/index.ts'
import { liveTarget } from '../publisher/siteBuild.ts'
import { rawRequest } from '../tests/helpers/residents.ts'
import { ensureAdminBuild, startServer, stopServer } from './apiServers.ts'
import type { Goal } from './report.ts'
import { CLIENTS, type DriveResult, drive } from './residents.ts'

const PER_CLIENT = 20
const GOAL_PER_SECOND = 500

export type SurveysResult = DriveResult & { questions: number; stored: number; exact: boolean; answersPerSecond: number }

const options = (n: number, correct = 0) => Array.from({ length: n }, (_, i) => ({ label: `选项${i + 1}`, correct: i === correct }))
/** 20 questions: 10 single choice (知晓率), 4 multiple choice, 4 scales, 2 short texts. */
const QUESTIONS: SurveyQuestion[] = [
  ...Array.from({ length: 10 }, (_, i) => ({
    prompt: `单选题${i + 1}`,
    kind: 'single' as const,
    required: true,
    options: options(4, i % 4),
  })),
  ...Array.from({ length: 4 }, (_, i) => ({ prompt: `多选题${i + 1}`, kind: 'multiple' as const, required: true, options: options(5) })),
  ...Array.from({ length: 4 }, (_, i) => ({ prompt: `评分题${i + 1}`, kind: 'scale' as const, required: true })),
  ...Array.from({ length: 2 }, (_, i) => ({ prompt: `文字题${i + 1}`, kind: 'text' as const, required: false })),
]

/** The n-th answer sheet, different for each (so the exact counts check something). */
const sheet = (n: number): Answer[] =>
  QUESTIONS.map((question, q) => {
    if (question.kind === 'single') return (n + q) % 4
    if (question.kind === 'multiple') return [(n + q) % 5, (n + q + 2) % 5].sort()
    if (question.kind === 'scale') return 1 + ((n * 3 + q) % 5)
    return n % 3 === 0 ? null : `第${n}位居民的建议：希望小区垃圾分类点每天按时清运。`
  })

const body = (answers: Answer[]): string =>
  new URLSearchParams(
    answers.flatMap((answer, q): [string, string][] => {
      if (answer === null) return []
      if (Array.isArray(answer)) return answer.map((option) => [`q${q}o${option}`, '1'])
      return [[`q${q}`, String(answer)]]
    }),
  ).toString()

async function openSurvey(payload: Payload): Promise<number | string> {
  const now = Date.now()
  const doc = await payload.create({
    collection: 'surveys',
    data: {
      title: '压测问卷（20 题）',
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      questions: QUESTIONS.map((question) => ({ ...question, options: question.options ?? [] })) as never,
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  return doc.id
}

export async function benchSurveys(payload: Payload, settings: Settings, tmp: string, log: (line: string) => void): Promise<SurveysResult> {
  await ensureAdminBuild(settings, log)
  if (!liveTarget(settings.paths)) fs.mkdirSync(settings.paths.siteOutDir, { recursive: true })
  const survey = await openSurvey(payload)
  const issuedAt = Date.now()
  const cookies = Array.from(
    { length: CLIENTS * PER_CLIENT },
    (_, n) =>
      `${SURVEY_COOKIE.name}=${browserCookieValue(payload.secret, { id: `bench-browser-${String(n).padStart(8, '0')}`, issuedAt })}`,
  )
  const server = await startServer(settings, path.join(tmp, 'server-surveys.log'), 'all')
  try {
    log(`  问卷: ${CLIENTS} clients × ${PER_CLIENT} answers to a ${QUESTIONS.length}-question survey, each from its own browser`)
    const url = `${server.base}/api/surveys/${survey}/answer`
    const result = await drive(PER_CLIENT, 140, 201, (client, index, agent) => {
      const n = client * PER_CLIENT + index
      return rawRequest(url, {
        method: 'POST',
        agent,
        body: body(sheet(n)),
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', cookie: cookies[n] ?? '' },
      })
    })
    const stored = (await payload.count({ collection: 'survey-responses', where: { survey: { equals: survey } }, overrideAccess: true }))
      .totalDocs
    const sent = Array.from({ length: CLIENTS * PER_CLIENT }, (_, n) => ({ answers: sheet(n) }))
    const { tally } = await surveyResults(payload, survey, QUESTIONS)
    const exact =
      result.errors === 0 &&
      stored === sent.length &&
      JSON.stringify(tally.all) === JSON.stringify(addResponses(emptyTally(QUESTIONS), QUESTIONS, sent).all)
    return { ...result, questions: QUESTIONS.length, stored, exact, answersPerSecond: result.requestsPerSecond }
  } finally {
    await stopServer(server)
  }
}

export function surveysGoals(result: SurveysResult): Goal[] {
  return [
    {
      goal: '问卷 under 50 clients: errors = 0, stored counts exact',
      value: `${result.errors} errors; ${result.stored} stored of ${result.requests}; results ${result.exact ? 'exact' : 'NOT exact'}`,
      pass: result.errors === 0 && result.exact,
    },
    {
      goal: `问卷 answers ≥ ${GOAL_PER_SECOND}/s on one process`,
      value: `${result.answersPerSecond}/s (${result.answersPerSecond * result.questions} question answers/s), p95 ${result.p95} ms`,
      pass: result.answersPerSecond >= GOAL_PER_SECOND,
    },
  ]
}

export function surveysRows(result: SurveysResult): [string, string][] {
  return [
    [
      `问卷 answer (${result.questions} questions), ${result.clients} clients`,
      `**${result.answersPerSecond} answers/s** · p50 ${result.p50} · **p95 ${result.p95}** · max ${result.max} ms · ${result.requests} answers in ${(result.wallMs / 1000).toFixed(1)} s · errors ${result.errors} · stored ${result.stored} · ${result.exact ? 'counts exact' : 'counts NOT exact'}`,
    ],
  ]
}
