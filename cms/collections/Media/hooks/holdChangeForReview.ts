import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { PROPOSING_ROLES, proposeChange, type Texts } from '../../../domain/mediaReview.ts'
import { hasRole } from '../../../domain/roles.ts'

/**
 * An editor's or liaison's new alt text or credit for a file that published content uses is kept
 * as a proposal (`pendingChange`, with who and when) and the live texts stay as they were until a
 * reviewer approves it (cms/endpoints/mediaReview.ts). Files no published document uses change freely.
 */
export const holdChangeForReview: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.publicUse || !req.user || !hasRole(req.user, ...PROPOSING_ROLES)) return data
  const live: Texts = { alt: originalDoc.alt, credit: originalDoc.credit }
  const pending = originalDoc.pendingChange?.requestedAt ? (originalDoc.pendingChange as Texts) : null
  const proposal = proposeChange(live, { alt: data.alt, credit: data.credit }, pending)
  if (!proposal.ok) throw new ValidationError({ collection: collection.slug, errors: [{ path: proposal.path, message: proposal.message }] })
  if (!proposal.pending) return data
  data.alt = originalDoc.alt
  data.credit = originalDoc.credit ?? null
  data.pendingChange = { ...proposal.pending, requestedBy: req.user.id, requestedAt: new Date().toISOString(), rejectedReason: null }
  return data
}
