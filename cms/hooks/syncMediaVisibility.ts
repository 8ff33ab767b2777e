import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { mediaIdsOf, refreshMediaVisibility } from '../media/visibility.ts'

/**
 * After any save, publish, unpublish or scheduled change of a content document, recompute which of
 * the files it used before or uses now are in a published document (so a draft's attachments stay
 * private and an unpublished document's files leave the public API). Same transaction as the save.
 */
export const syncMediaVisibility: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const ids = [...mediaIdsOf(req.payload, collection.slug, previousDoc), ...mediaIdsOf(req.payload, collection.slug, doc)]
  if (ids.length > 0) await refreshMediaVisibility(req.payload, [...new Set(ids)], req)
  return doc
}

export const syncMediaVisibilityOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const ids = mediaIdsOf(req.payload, collection.slug, doc)
  if (ids.length > 0) await refreshMediaVisibility(req.payload, ids, req)
  return doc
}
