import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'
import { threeStrikes } from '../../../domain/exposureRules.ts'
import { slugs } from '../../../slugs.ts'

type Id = number | string
const windowDays = (): number => Number(process.env.ACCOUNTABILITY_WINDOW_DAYS ?? 90) || 90

/** Recompute the three-strikes flag (曝光三次仍未整改 → 问责) of one unit and store it on the unit. */
export async function refreshUnitAccountability(payload: Payload, unit: Id, now: Date, req?: PayloadRequest): Promise<boolean> {
  const { docs } = await payload.find({
    collection: slugs.exposures,
    where: { and: [{ unit: { equals: unit } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const items = docs.map((doc) => ({
    id: doc.id,
    unit,
    title: doc.title,
    foundAt: doc.foundAt,
    deadline: doc.deadline ?? doc.foundAt,
    status: doc.rectification?.status ?? 'pending',
    rectifiedAt: doc.rectification?.rectifiedAt,
  }))
  const flagged = threeStrikes(items, now, windowDays())[0]
  await payload.update({
    collection: slugs.units,
    id: unit,
    data: {
      accountability: {
        flagged: Boolean(flagged),
        items: (flagged?.items.map((item) => item.id) ?? []) as number[],
        checkedAt: now.toISOString(),
      },
    },
    overrideAccess: true,
    req,
    context: { skipRebuild: true },
  })
  return Boolean(flagged)
}

/** After an exposure is saved, its unit's accountability flag is brought up to date. */
export const refreshAccountability: CollectionAfterChangeHook = async ({ doc, req }) => {
  const unit = typeof doc.unit === 'object' && doc.unit ? doc.unit.id : doc.unit
  if (unit !== undefined && unit !== null) await refreshUnitAccountability(req.payload, unit, new Date(), req)
  return doc
}
