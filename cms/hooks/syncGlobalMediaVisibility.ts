import type { GlobalAfterChangeHook } from 'payload'
import { mediaIdsOf, refreshMediaVisibility } from '../media/visibility.ts'

/**
 * After a public global is saved (网站设置's WeChat QR code), recompute the visibility of the
 * uploads it used before and uses now: the new one becomes public, a replaced one private again
 * unless a published document still uses it. Same transaction as the save.
 */
export const syncGlobalMediaVisibility: GlobalAfterChangeHook = async ({ global, doc, previousDoc, req }) => {
  const ids = [...mediaIdsOf(req.payload, global.slug, previousDoc), ...mediaIdsOf(req.payload, global.slug, doc)]
  if (ids.length > 0) await refreshMediaVisibility(req.payload, [...new Set(ids)], req)
  return doc
}
