import type { Access } from 'payload'
import { liaisonScope, unitInScope } from '../../access/unitScope.ts'
import { hasRole } from '../../domain/roles.ts'

/** Staff and liaisons may ask (a liaison only for their own unit's items: checked by checkExtension); the public never. */
export const mayAskExtension: Access = ({ req }) => hasRole(req.user, 'admin', 'reviewer', 'editor', 'unitLiaison')

/** Staff read every request; a liaison those of their unit and the units below it; nobody else. */
export const extensionReaders: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  const scope = await liaisonScope(req)
  return scope === undefined ? false : unitInScope(scope)
}

/** Reviewers and admins decide, and only a request still waiting; a decided one is kept as it is. */
export const pendingForReviewers: Access = ({ req }) => (hasRole(req.user, 'admin', 'reviewer') ? { status: { equals: 'pending' } } : false)
