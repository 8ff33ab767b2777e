import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded a file, set by the server on create (a liaison may later change only their own uploads). */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.uploadedBy = req.user.id
  return data
}
