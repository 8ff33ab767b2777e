import type { Access } from 'payload'
import { hasRole } from '../../domain/roles.ts'

/** Staff read every record; anyone else (the public site) only confirmed ones. */
export const confirmedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  return { status: { equals: 'confirmed' } }
}

/** A confirmed record is permanent; reviewers and admins may discard only a proposal. */
export const proposedOnlyForReviewers: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'reviewer') ? { status: { equals: 'proposed' } } : false
