import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest, Where } from 'payload'
import { changesWhatSiteShows } from '../domain/mediaReview.ts'
import { requestPublish } from '../publishPort.ts'

const affectsPublicSite = (doc: { _status?: string } | undefined): boolean =>
  !doc || doc._status === undefined || doc._status === 'published'

/**
 * A save that leaves a draft: did it take the document off the site? Not when the main document (the
 * version the site shows) is still published — a draft saved over it (issue 26: it asked for a build that
 * changed nothing). Yes when it was published before this save, or — unpublished after a draft was saved
 * over it, `previousDoc` is that draft — when it was ever published (read in the same transaction).
 */
async function tookOffSite(collection: CollectionSlug, id: number | string, previousDoc: unknown, req: PayloadRequest): Promise<boolean> {
  const main = await req.payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })
  if ((main as { _status?: string } | null)?._status === 'published') return false
  if ((previousDoc as { _status?: string } | undefined)?._status === 'published') return true
  const where: Where = { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] }
  return (await req.payload.findVersions({ collection, where, limit: 1, depth: 0, overrideAccess: true, req })).totalDocs > 0
}

/**
 * Publishing, unpublishing, deleting or a scheduled publish firing asks for a site rebuild naming
 * the document. Draft saves do not (the live site cannot change). Seed and import switch it off via context.
 */
export const requestSiteRebuild: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context?.skipRebuild) return doc
  if (affectsPublicSite(doc) || (await tookOffSite(collection.slug as CollectionSlug, doc.id, previousDoc, req)))
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
