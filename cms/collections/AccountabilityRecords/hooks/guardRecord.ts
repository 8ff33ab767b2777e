import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

const PERMANENT = '已确认的问责记录永久保留，不能修改。 / A confirmed accountability record cannot be changed.'

/**
 * A person's record is confirmed at once; the rule's (no user) is a proposal. Confirming a proposal
 * records who and when; a confirmed record refuses every change.
 */
export const guardRecord: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (originalDoc?.status === 'confirmed') {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'status', message: PERMANENT }] }, req.t)
  }
  const byRule = !req.user || req.context?.accountabilityRule === true
  const status = operation === 'create' ? (byRule ? 'proposed' : 'confirmed') : (data.status ?? originalDoc?.status)
  data.status = status
  if (status === 'confirmed') {
    data.confirmedBy = req.user?.id
    data.confirmedAt = new Date().toISOString()
  }
  return data
}
