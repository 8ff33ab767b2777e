import type { CollectionBeforeDeleteHook } from 'payload'
import { slugs } from '../../../slugs.ts'
import { forgetTallies } from '../endpoints/endorseTally.ts'

/**
 * A nominee's 点赞 go with the nominee: without it they count for nobody, and they hold browser ids
 * and network digests (README "Privacy") that are kept no longer than they serve. One statement
 * (`DELETE … WHERE nominee_id = ?`) in the delete's own transaction (req), before the nominee row:
 * the vote rows' nominee cannot be emptied (required), which made such a delete fail before.
 * Only reviewers and admins delete nominees; unpublishing (撤下) keeps the votes.
 * Objections (异议反馈) stay: their nominee is optional and is emptied; editors still answer them.
 */
export const deleteEndorsements: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: slugs.endorsements, where: { nominee: { equals: id } }, req })
  forgetTallies(req.payload)
}
