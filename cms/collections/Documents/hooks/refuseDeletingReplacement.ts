import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { slugs } from '../../../slugs.ts'

/**
 * A document that another names as its replacement (替代文件) is not deleted: the other would be
 * 已修订 / 已废止 with nothing to point to. Unpublishing it stays possible (a takedown never waits);
 * the workbench then counts the documents left without a published replacement.
 */
export const refuseDeletingReplacement: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: slugs.documents,
    where: { replacedBy: { equals: id } },
    draft: true,
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return
  const titles = docs.map((doc) => `《${doc.title}》`).join('、')
  throw new APIError(
    `不能删除：本文件是${titles}的替代文件（replacedBy）。请先修改那些文件的效力或替代文件。 / ` +
      'Cannot delete: other documents name this one as their replacement (replacedBy); change them first.',
    400,
    null,
    true,
  )
}
