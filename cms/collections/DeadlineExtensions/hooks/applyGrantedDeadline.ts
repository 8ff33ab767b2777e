import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { refreshUnitAccountability } from '../../Exposures/hooks/refreshAccountability.ts'
import { clockOf, writeSystemStatus } from '../../Exposures/writeSystemStatus.ts'

/**
 * A granted extension moves the exposure's deadline at once (the exposure's own rules read the
 * latest grant), on the published document, without publishing a draft waiting for review.
 */
export const applyGrantedDeadline: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'granted' || previousDoc?.status === 'granted') return doc
  const [exposure, unit, now] = [idOf(doc.exposure), idOf(doc.unit), clockOf(req.context)]
  if (exposure === null) return doc
  await writeSystemStatus(req.payload, exposure, undefined, now, { req, context: { extension: doc.id } })
  // An item out of 问责 by its new deadline: the unit's three-strikes flag follows (also when a draft waits).
  if (unit !== null) await refreshUnitAccountability(req.payload, unit, now, req)
  return doc
}
