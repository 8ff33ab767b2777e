import type { Access, Where } from 'payload'
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

/** Staff change any file; a liaison only their own uploads that no published page uses yet. */
export const mediaWritable: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  if (hasRole(req.user, 'unitLiaison') && req.user) {
    const own: Where = { uploadedBy: { equals: req.user.id } }
    const notPublic: Where = { publicUse: { not_equals: true } }
    return { and: [own, notPublic] }
  }
  return false
}
