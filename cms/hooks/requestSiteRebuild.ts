import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { changesWhatSiteShows } from '../domain/mediaReview.ts'
import { requestPublish } from '../publishPort.ts'

const affectsPublicSite = (doc: { _status?: string } | undefined): boolean =>
  !doc || doc._status === undefined || doc._status === 'published'

/**
 * Publishing, unpublishing, deleting or a scheduled publish firing asks for a site rebuild naming
 * the document. Draft saves do not (the live site cannot change). Seed and import switch it off via context.
 */
export const requestSiteRebuild: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context?.skipRebuild) return doc
  if (affectsPublicSite(doc) || (previousDoc && previousDoc._status === 'published'))
    await requestPublish(
      req.payload,
      { reason: `${collection.slug}:${doc.id}`, changed: [{ collection: collection.slug, id: doc.id }] },
      req,
    )
  return doc
}

export const requestSiteRebuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!req.context?.skipRebuild)
    await requestPublish(
      req.payload,
      { reason: `${collection.slug}:${doc.id}:deleted`, changed: [{ collection: collection.slug, id: doc.id }] },
      req,
    )
  return doc
}

/**
 * Media: a changed alt text or replaced file, or a deleted file, changes every page that shows it (a new
 * upload changes none, nor does a change that only waits for review: cms/domain/mediaReview.ts).
 */
export const requestSiteRebuildForMedia: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req, collection }) => {
  if (operation === 'update' && !req.context?.skipRebuild && changesWhatSiteShows(previousDoc, doc))
    await requestPublish(
      req.payload,
      { reason: `${collection.slug}:${doc.id}`, changed: [{ collection: collection.slug, id: doc.id }] },
      req,
    )
  return doc
}
