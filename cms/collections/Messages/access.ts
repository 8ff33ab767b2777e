/**
 * Who reads 留言: staff everything; a unit liaison also the messages routed to their unit (or a unit
 * below it); anyone else only what a reviewer published AND the resident allowed to be published.
 * A message answered privately is published (its reply released) but never public: the resident
 * reads it through the tracking code only. Private fields have their own field access.
 */
import type { Access, Where } from 'payload'
import { liaisonScope, unitInScope } from '../../access/unitScope.ts'
import { hasRole } from '../../domain/roles.ts'

/** Published with the resident's consent: the one query the public API and the site read. */
export const PUBLIC_MESSAGES: Where = { and: [{ _status: { equals: 'published' } }, { allowPublic: { equals: true } }] }

export const publicOrOwnUnitMessages: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer', 'editor')) return true
  const scope = await liaisonScope(req)
  return scope === undefined ? PUBLIC_MESSAGES : { or: [PUBLIC_MESSAGES, unitInScope(scope)] }
}
