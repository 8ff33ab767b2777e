import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { accountabilityChanges, type ExposureItem, threeStrikes } from '../../../domain/exposureRules.ts'
import { slugs } from '../../../slugs.ts'
import { proposeRecord } from '../../AccountabilityRecords/proposeRecord.ts'
import { clockOf, writeSystemStatus } from '../writeSystemStatus.ts'

type Id = number | string
/** The items whose status the rule changed: id → new status. */
type Changed = Map<string, string>

/** Runs nested Local API calls, then gives the request its own context back (Payload replaces req.context with the nested one). */
async function keepingContext<T>(req: PayloadRequest | undefined, run: () => Promise<T>): Promise<T> {
  const saved = req?.context
  try {
    return await run()
  } finally {
    if (req && saved) req.context = saved
  }
}

async function publishedItems(payload: Payload, unit: Id, req?: PayloadRequest): Promise<ExposureItem[]> {
  const { docs } = await payload.find({
    collection: slugs.exposures,
    where: { and: [{ unit: { equals: unit } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    unit,
    title: doc.title,
    foundAt: doc.foundAt,
    deadline: doc.deadline ?? doc.foundAt,
    status: doc.rectification?.status ?? 'pending',
    rectifiedAt: doc.rectification?.rectifiedAt,
  }))
}

/**
 * Recompute the three-strikes flag (曝光三次仍未整改 → 问责) of one unit, store it on the unit, and
 * bring the items' status into line: the counted items read 问责, no other item does. An item with
 * an unreviewed newer draft gets the status on its published document only (writeSystemStatus).
 */
export async function refreshUnitAccountability(payload: Payload, unit: Id, now: Date, req?: PayloadRequest): Promise<Changed> {
  const items = await publishedItems(payload, unit, req)
  const flagged = threeStrikes(items, now, settingsOf(payload).terms.accountabilityWindowDays)[0]
  const ids = flagged?.items.map((item) => item.id) ?? []
  // isRestoringVersion: a restore's context would otherwise leak into these nested saves and skip their defaults.
  const context = { skipRebuild: true, skipAccountability: true, accountabilityRule: true, isRestoringVersion: false }
  const changed: Changed = new Map()
  await keepingContext(req, async () => {
    for (const change of accountabilityChanges(items, ids, now)) {
      const status = await writeSystemStatus(payload, change.id, change.status, now, { req, context })
      if (status) changed.set(String(change.id), status)
    }
    const accountability = { flagged: ids.length > 0, items: ids as number[], checkedAt: now.toISOString() }
    await payload.update({ collection: slugs.units, id: unit, data: { accountability }, overrideAccess: true, req, context })
    // A lasting record: the flag above clears itself; the proposed 问责记录 waits for a reviewer.
    await proposeRecord(payload, unit, flagged?.items ?? [], now, req)
  })
  return changed
}

/** After an exposure is saved, its unit's accountability flag and its items' 问责 status are brought up to date. */
export const refreshAccountability: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context?.skipAccountability) return doc
  const unit = typeof doc.unit === 'object' && doc.unit ? doc.unit.id : doc.unit
  if (unit === undefined || unit === null) return doc
  const status = (await refreshUnitAccountability(req.payload, unit, clockOf(req.context), req)).get(String(doc.id))
  return status ? { ...doc, rectification: { ...doc.rectification, status } } : doc
}
