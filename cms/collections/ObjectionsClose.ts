import type { CollectionBeforeChangeHook } from 'payload'

/** Closing an objection starts the contact-erasure clock; reopening stops it. */
export const closeObjection: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status === 'closed' && originalDoc?.status !== 'closed') data.closedAt = new Date().toISOString()
  if (status !== 'closed') data.closedAt = null
  return data
}
