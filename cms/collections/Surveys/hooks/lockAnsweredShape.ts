import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { surveyShape } from '../../../domain/surveys/index.ts'
import { slugs } from '../../../slugs.ts'

/**
 * Once residents have answered, the questions keep their shape (kinds, options, correct answers):
 * stored answers are option positions. Wording may still be corrected.
 */
export const lockAnsweredShape: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, operation }) => {
  if (operation !== 'update' || !originalDoc || !data.questions) return data
  if (surveyShape(data.questions) === surveyShape(originalDoc.questions)) return data
  const answered = await req.payload.count({
    collection: slugs.surveyResponses,
    where: { survey: { equals: originalDoc.id } },
    overrideAccess: true,
    req,
  })
  if (answered.totalDocs === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'questions',
        message: `题目：已有 ${answered.totalDocs} 份答卷，不能再增删题目、改题型、增删选项或改正确答案（可以修改文字）。如需调整请新建问卷。 / Questions: answers exist; kinds, options and correct answers can no longer change (wording can).`,
      },
    ],
  })
}
