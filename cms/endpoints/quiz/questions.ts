/** The published knowledge items marked as quiz questions among `ids`, as the endpoint judges them. */
import type { Payload } from 'payload'
import { optionTexts, type QuizMark, type QuizQuestion, quizMarkErrors } from '../../domain/quiz/rules.ts'
import { slugs } from '../../slugs.ts'

export async function publishedQuestions(payload: Pick<Payload, 'find'>, ids: readonly string[]): Promise<QuizQuestion[]> {
  const { docs } = await payload.find({
    collection: slugs.knowledge,
    where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }, { 'quiz.enabled': { equals: true } }] },
    select: { quiz: true },
    limit: ids.length,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })
  return docs.flatMap((doc) => {
    const mark = (doc as { quiz?: QuizMark }).quiz
    if (!mark || quizMarkErrors(mark).length > 0) return []
    return [
      {
        id: String(doc.id),
        question: String(mark.question).trim(),
        options: optionTexts(mark),
        correct: Number(mark.correct),
        explanation: String(mark.explanation).trim(),
      },
    ]
  })
}
