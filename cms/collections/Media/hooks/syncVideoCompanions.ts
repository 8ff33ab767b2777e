import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { refreshMediaVisibility, VIDEO_COMPANIONS } from '../../../media/visibility.ts'

type Id = number | string

/** A published video's new poster or captions become public with it; the ones it no longer uses are checked again. */
export const syncVideoCompanions: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const changed = VIDEO_COMPANIONS.flatMap((key) => {
    const now = idOf(doc[key])
    const before = idOf(previousDoc?.[key])
    return String(now) === String(before) ? [] : [now, before]
  }).filter((id): id is Id => id !== null)
  if (changed.length > 0) await refreshMediaVisibility(req.payload, changed, req)
  return doc
}
