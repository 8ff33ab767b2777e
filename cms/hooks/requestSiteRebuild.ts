import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { requestRebuild } from '../publish/registry.ts'

const affectsPublicSite = (doc: { _status?: string } | undefined): boolean =>
  !doc || doc._status === undefined || doc._status === 'published'

/**
 * Publishing, unpublishing, deleting or a scheduled publish firing asks for a site rebuild.
 * Draft saves do not (the live site cannot change). Seed and import switch it off via context.
 */
export const requestSiteRebuild: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  if (req.context?.skipRebuild) return doc
  if (affectsPublicSite(doc) || (previousDoc && previousDoc._status === 'published')) requestRebuild(`${collection.slug}:${doc.id}`)
  return doc
}

export const requestSiteRebuildOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!req.context?.skipRebuild) requestRebuild(`${collection.slug}:${doc.id}:deleted`)
  return doc
}
