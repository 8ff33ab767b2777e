import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError, type Where } from 'payload'
import { FILE_LOCKED, PROPOSING_ROLES, rewritesFile } from '../../../domain/mediaReview.ts'
import { hasRole } from '../../../domain/roles.ts'
import { slugs } from '../../../slugs.ts'

type UpdateArgs = { id?: number | string; where?: Where; data?: { focalX?: unknown; focalY?: unknown } }

/** Of the items this update targets, those a published document uses and this person may otherwise edit. */
async function liveTargets(req: PayloadRequest, args: UpdateArgs): Promise<number> {
  const target: Where | undefined = args.id !== undefined ? { id: { equals: args.id } } : args.where
  if (!target || !req.user) return 0
  const own: Where[] = hasRole(req.user, 'unitLiaison') ? [{ uploadedBy: { equals: req.user.id } }] : []
  const where: Where = { and: [target, { publicUse: { equals: true } }, ...own] }
  const { totalDocs } = await req.payload.count({ collection: slugs.media, where, overrideAccess: true, req })
  return totalDocs
}

/**
 * Editors and liaisons never replace, crop or re-focus the file of an item published content uses:
 * refused before Payload processes the upload or deletes the stored file. A liaison's request for
 * someone else's file goes on to the access rules, which refuse it.
 */
export const refuseLiveFileChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !hasRole(req.user, ...PROPOSING_ROLES)) return args
  const { data } = args as UpdateArgs
  const uploadEdits = (req.query as { uploadEdits?: unknown } | undefined)?.uploadEdits
  if (!rewritesFile({ hasFile: Boolean(req.file), uploadEdits, data })) return args
  if ((await liveTargets(req, args as UpdateArgs)) > 0)
    throw new ValidationError({ collection: slugs.media, errors: [{ path: 'file', message: FILE_LOCKED }] })
  return args
}
