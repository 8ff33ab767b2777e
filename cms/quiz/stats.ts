/**
 * Per-question quiz numbers, counted from the answer rows (cms/collections/QuizAnswers.ts): shown
 * (in a counted quiz), right, wrong, left open, and how often each option was chosen. Counts are
 * exact (each row is one answer, written once); read by the workbench and the knowledge edit view.
 */
import type { Payload, Where } from 'payload'
import { optionTexts, type QuestionTally, type QuizMark } from '../domain/quiz/rules.ts'
import { slugs } from '../slugs.ts'

type Db = Pick<Payload, 'count' | 'find'>
type QuizItem = { id: number | string; question?: string | null; quiz?: QuizMark | null }

const count = async (payload: Db, where: Where): Promise<number> =>
  (await payload.count({ collection: slugs.quizAnswers, where, overrideAccess: true })).totalDocs

/** The numbers of one knowledge item marked as a quiz question. */
export async function tallyOf(payload: Db, item: QuizItem, withOptions = true): Promise<QuestionTally> {
  const mine: Where = { knowledge: { equals: item.id } }
  const outcome = (value: string): Where => ({ and: [mine, { outcome: { equals: value } }] })
  const options = withOptions ? optionTexts(item.quiz) : []
  const [right, wrong, skipped, ...byOption] = await Promise.all([
    count(payload, outcome('right')),
    count(payload, outcome('wrong')),
    count(payload, outcome('skipped')),
    ...options.map((_, i) => count(payload, { and: [mine, { chosen: { equals: i + 1 } }] })),
  ])
  return {
    id: String(item.id),
    title: item.quiz?.question || item.question || String(item.id),
    shown: (right ?? 0) + (wrong ?? 0) + (skipped ?? 0),
    right: right ?? 0,
    wrong: wrong ?? 0,
    skipped: skipped ?? 0,
    byOption,
  }
}

/** Every knowledge item marked as a quiz question (published or not: editors see all), with its numbers. */
export async function quizTallies(payload: Db): Promise<QuestionTally[]> {
  const { docs } = await payload.find({
    collection: slugs.knowledge,
    where: { 'quiz.enabled': { equals: true } },
    select: { question: true, quiz: true },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  return Promise.all(docs.map((doc) => tallyOf(payload, doc as QuizItem, false)))
}
