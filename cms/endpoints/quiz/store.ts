/** Keep one counted quiz: one row per judged question, all in one transaction (nothing half-written). */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import type { JudgedQuestion } from '../../domain/quiz/rules.ts'
import { slugs } from '../../slugs.ts'

export async function storeAnswers(req: PayloadRequest, questions: readonly JudgedQuestion[], day: string): Promise<void> {
  const numberIds = req.payload.db.defaultIDType === 'number'
  const ownTransaction = await initTransaction(req)
  try {
    for (const question of questions) {
      if (question.gone) continue
      await req.payload.create({
        collection: slugs.quizAnswers,
        data: {
          knowledge: numberIds ? Number(question.id) : question.id,
          outcome: question.outcome,
          chosen: question.chosen,
          day,
        } as never,
        req,
        overrideAccess: true,
        depth: 0,
      })
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
