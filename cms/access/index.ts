import type { Access, FieldAccess } from 'payload'
import { hasRole } from '../domain/roles.ts'

/** Named access functions, all composed from the single pure role check `hasRole`. */
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'reviewer', 'editor')
export const isAuthor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')

/** Admins see every account; everyone else sees only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** Staff read everything (drafts included); anyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  return { _status: { equals: 'published' } }
}

/** Files are public once uploaded (they are referenced by published pages). */
export const anyone: Access = () => true
