import type { Access, FieldAccess, Where } from 'payload'
import { idOf } from '../domain/ids.ts'
import { hasRole } from '../domain/roles.ts'

const publicMedia: Where = { publicUse: { equals: true } }

/**
 * Uploads are private until a published document uses them (the `publicUse` flag the server keeps).
 * Staff read every file; a unit liaison reads public files and their own uploads; anyone else
 * (API, GraphQL, /api/media/file/…) only files a published document uses.
 */
export const mediaReadable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  if (hasRole(req.user, 'unitLiaison') && req.user) return { or: [publicMedia, { uploadedBy: { equals: req.user.id } }] }
  return publicMedia
}

/** Staff upload; a liaison uploads rectification photos. */
export const mediaCreatable: Access = ({ req }) => hasRole(req.user, 'admin', 'reviewer', 'editor', 'unitLiaison')

/**
 * Staff change any file; a liaison only their own uploads. For a file that published content uses,
 * editors and liaisons only propose alt text and credit for review and never replace the file
 * (cms/collections/Media/hooks/holdChangeForReview.ts, refuseLiveFileChange.ts).
 */
export const mediaUpdatable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  if (hasRole(req.user, 'unitLiaison') && req.user) return { uploadedBy: { equals: req.user.id } }
  return false
}

/** Reviewers and admins delete any file; editors and liaisons (their own uploads) only files no published document uses. */
export const mediaDeletable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer')) return true
  const notPublic: Where = { publicUse: { not_equals: true } }
  if (hasRole(req.user, 'editor')) return notPublic
  if (hasRole(req.user, 'unitLiaison') && req.user) return { and: [{ uploadedBy: { equals: req.user.id } }, notPublic] }
  return false
}

/** A change awaiting review is not public: staff read it, and a liaison on their own uploads. */
export const pendingChangeReadable: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  return hasRole(req.user, 'unitLiaison') && Boolean(req.user) && String(idOf(doc?.uploadedBy)) === String(req.user?.id)
}
