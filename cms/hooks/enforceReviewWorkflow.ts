import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { draftChanges } from '../domain/draftChanges.ts'
import { idOf } from '../domain/ids.ts'
import { isRole } from '../domain/roles.ts'
import type { FieldLike } from '../domain/sensitiveFields.ts'
import { decideTransition } from '../domain/workflow.ts'

type Log = { action: string; by?: number | string | null; at: string; comment?: string }[]

/**
 * Apply the review workflow to every save of a drafted collection: refuse what the role may not
 * do (naming the field), set the review state and append to the review log with who and when.
 * `data` holds the whole document here (Payload fills what the request left out), so comparing it
 * with the stored draft tells which content fields a save of a submitted draft changes.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const role = (req.user as { role?: unknown } | null)?.role
  const actor = req.user && isRole(role) ? { role } : null
  const before = originalDoc ? { status: originalDoc._status, reviewState: originalDoc.reviewState } : null
  const after = {
    status: data._status,
    reviewState: data.reviewState,
    reviewComment: data.reviewComment,
    publishReason: data.publishReason,
  }
  const submitted = originalDoc?.reviewState === 'submitted'
  const edited = submitted ? draftChanges(collection.fields as FieldLike[], originalDoc, data).map((change) => change.label) : []
  const decision = decideTransition({ actor, before, after, edited })
  if (!decision.ok) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: decision.path, message: decision.message }] }, req.t)
  }
  data.reviewState = decision.reviewState
  data.lastEditedBy = req.user?.id ?? idOf(originalDoc?.lastEditedBy)
  // The log is the server's record: whatever the request body carried, it is rebuilt from the stored one.
  const log: Log = [...((originalDoc?.reviewLog as Log | undefined) ?? [])]
  if (decision.log) {
    log.push({ action: decision.log.action, by: req.user?.id ?? null, at: new Date().toISOString(), comment: decision.log.comment })
  }
  data.reviewLog = log.map(({ action, by, at, comment }) => ({ action, by: idOf(by), at, comment }))
  if (decision.reviewState === 'approved') data.publishReason = null
  return data
}
