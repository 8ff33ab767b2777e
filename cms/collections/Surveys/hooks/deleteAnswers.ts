import type { CollectionAfterDeleteHook } from 'payload'
import { slugs } from '../../../slugs.ts'

/** A deleted survey takes its responses and tallies with it (nothing of it is kept). */
export const deleteAnswers: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const collection of [slugs.surveyResponses, slugs.surveyTallies] as const)
    await req.payload.delete({ collection, where: { survey: { equals: doc.id } }, overrideAccess: true, req })
}
