import type { Access, FieldAccess, Where } from 'payload'
import { hasRole } from '../domain/roles.ts'
import { liaisonScope, unitInScope } from './unitScope.ts'

export { liaisonUnit } from './unitScope.ts'

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

export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'reviewer', 'editor')
export const isReviewerField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'reviewer')
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)
export const isAdminOrReviewer: Access = ({ req }) => hasRole(req.user, 'admin', 'reviewer')

/** Staff everything; a unit liaison only documents of their unit and the units below it; nobody else. */
export const staffOrOwnUnit: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  const scope = await liaisonScope(req)
  return scope === undefined ? false : unitInScope(scope)
}

/** Staff read everything; a liaison also reads drafts in their unit's subtree; anyone reads what is published. */
export const publishedOrOwnUnit: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  const scope = await liaisonScope(req)
  const published = { _status: { equals: 'published' } }
  return scope === undefined ? published : { or: [published, unitInScope(scope)] }
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Published ads within their validity: from `validFrom` on, until the end of the `validTo` day
 * (24 h after it) — the same instants the builder's clock rebuilds at (cms/domain/nextChange.ts), so an
 * ad appears and leaves the static site by itself.
 */
export const publishedAndValid: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  const now = Date.now()
  const started: Where = { or: [{ validFrom: { exists: false } }, { validFrom: { less_than_equal: new Date(now).toISOString() } }] }
  const notEnded: Where = { or: [{ validTo: { exists: false } }, { validTo: { greater_than: new Date(now - DAY_MS).toISOString() } }] }
  return { and: [{ _status: { equals: 'published' } }, started, notEnded] }
}

export const isStaffOrLiaisonField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'reviewer', 'editor', 'unitLiaison')

/** Nobody through the API (records only the system writes). */
export const nobody: Access = () => false
