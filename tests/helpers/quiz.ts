/** 应知应会测试 as a resident's browser meets it: quiz items, the page the server fills, a filled form. */
import fs from 'node:fs'
import path from 'node:path'
import { challengeKey } from '../../cms/domain/challenge.ts'
import { QUIZ_PLACEHOLDER, QUIZ_POOL_PATH } from '../../cms/domain/quiz/form.ts'
import { fillQuizPage } from '../../publisher/quizPage.ts'
import { richText } from '../../seed/lexical.ts'
import { send } from './residents.ts'
import type { TempPayload } from './tempPayload.ts'

let seq = 0

/** A knowledge item marked as a quiz question with three options, option 2 right. */
export async function quizItem(ctx: TempPayload, status: 'published' | 'draft' = 'published') {
  const n = ++seq
  return ctx.payload.create({
    collection: 'knowledge',
    data: {
      question: `测试知识${n}`,
      answer: richText(['答案']),
      topic: 'traffic',
      kind: 'qa',
      order: 1,
      quiz: {
        enabled: true,
        question: `测试题${n}？`,
        options: [{ text: '甲' }, { text: '乙' }, { text: '丙' }],
        correct: 2,
        explanation: `解析${n}`,
      },
      _status: status,
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}

/** A build folder holding the quiz page (with its placeholder) and the pool of these items. */
export function quizBuild(ctx: TempPayload, items: { id: number | string; quiz?: { question?: string | null } | null }[]): string {
  const root = fs.mkdtempSync(path.join(ctx.dir, 'build-'))
  fs.mkdirSync(path.join(root, 'quiz'))
  fs.writeFileSync(path.join(root, 'quiz/index.html'), `<form>${QUIZ_PLACEHOLDER}</form>`)
  const questions = items.map((item) => ({ id: String(item.id), question: String(item.quiz?.question), options: ['甲', '乙', '丙'] }))
  fs.writeFileSync(path.join(root, QUIZ_POOL_PATH), JSON.stringify({ questions }))
  return root
}

/** What GET /quiz/ gives a visitor: the token and the ids of the questions drawn. */
export async function drawQuiz(ctx: TempPayload, root: string, now = Date.now()): Promise<{ token: string; ids: string[]; html: string }> {
  const html = await fillQuizPage(fs.readFileSync(path.join(root, 'quiz/index.html'), 'utf8'), {
    root,
    key: challengeKey(ctx.payload.config.secret),
    now,
    questions: ctx.settings.limits.quizQuestions,
  })
  if (html === null) throw new Error('no quiz placeholder')
  const token = /name="quizToken" value="([^"]+)"/.exec(html)?.[1] ?? ''
  const ids = [...html.matchAll(/name="a-([^"]+)" value="1"/g)].map((match) => match[1] as string)
  return { token, ids, html }
}

export function quizForm(token: string, answers: Record<string, string>): FormData {
  const form = new FormData()
  form.append('quizToken', token)
  for (const [id, value] of Object.entries(answers)) form.append(`a-${id}`, value)
  return form
}

export const postQuiz = (
  ctx: TempPayload,
  form: FormData | string,
  options: { ip?: string; json?: boolean; headers?: Record<string, string> } = {},
) => send(ctx, 'POST', '/knowledge/quiz', { body: form, ip: options.ip, json: options.json ?? true, headers: options.headers })

export const answerRows = async (ctx: TempPayload, where: Record<string, unknown> = {}) =>
  (await ctx.payload.count({ collection: 'quiz-answers', where: where as never, overrideAccess: true })).totalDocs

/** The quiz suites' settings: 4 questions a quiz, 5 counted quizzes per network an hour, 120 overall. */
export const QUIZ_TEST_SETTINGS = { questions: 4, networkCap: 5, hourlyCap: 120 } as const

/** A temporary Payload with those settings, eight published quiz items and a build folder holding their pool. */
export async function startQuizSuite(prefix: string) {
  const { startTempPayload } = await import('./tempPayload.ts')
  const ctx = await startTempPayload(prefix, {
    QUIZ_QUESTIONS: String(QUIZ_TEST_SETTINGS.questions),
    QUIZ_NETWORK_HOURLY_CAP: String(QUIZ_TEST_SETTINGS.networkCap),
    QUIZ_HOURLY_CAP: String(QUIZ_TEST_SETTINGS.hourlyCap),
  })
  const items: Awaited<ReturnType<typeof quizItem>>[] = []
  for (let i = 0; i < 8; i++) items.push(await quizItem(ctx))
  return { ctx, items, root: quizBuild(ctx, items) }
}

/** Answer every question of a drawn quiz with option `pick` (2 is right). */
export const answerAll = (ids: string[], pick: string): Record<string, string> => Object.fromEntries(ids.map((id) => [id, pick]))
