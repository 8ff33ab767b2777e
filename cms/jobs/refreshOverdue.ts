import type { Payload, TaskConfig } from 'payload'
import { refreshUnitAccountability } from '../collections/Exposures/hooks/refreshAccountability.ts'
import { writeSystemStatus } from '../collections/Exposures/writeSystemStatus.ts'
import { chinaDay, chinaDayStart } from '../domain/dates.ts'
import { idOf } from '../domain/ids.ts'
import { requestPublish } from '../publishPort.ts'
import { slugs } from '../slugs.ts'

type Id = number | string
const system = { depth: 0, pagination: false, overrideAccess: true } as const

/** Units whose three-strikes flag may change with the clock alone: flagged ones, and those with an item in 问责. */
async function unitsToRecheck(payload: Payload): Promise<Id[]> {
  const flagged = await payload.find({ collection: slugs.units, where: { 'accountability.flagged': { equals: true } }, ...system })
  const held = await payload.find({
    collection: slugs.exposures,
    where: { and: [{ _status: { equals: 'published' } }, { 'rectification.status': { equals: 'accountability' } }] },
    select: { unit: true },
    ...system,
  })
  return [...flagged.docs.map((unit) => unit.id), ...held.docs.map((doc) => idOf(doc.unit) as Id)]
}

/**
 * Hourly, on the clock passed in: a published exposure whose deadline day has ended in China (after
 * 24:00 Beijing time) without rectification becomes 逾期; then the three-strikes flag of every unit
 * that is flagged, holds an item in 问责 or just got an overdue item is recomputed, so 问责 ends when
 * the rolling window (ACCOUNTABILITY_WINDOW_DAYS, China days) passes even if nobody saves anything.
 * An item with a pending draft gets the new status on its published document only; the draft is
 * neither published nor lost (writeSystemStatus). Returns how many exposures changed status.
 */
export async function refreshOverdueExposures(payload: Payload, now = new Date()): Promise<number> {
  const today = chinaDayStart(chinaDay(now) ?? now.toISOString().slice(0, 10))
  const { docs } = await payload.find({
    collection: slugs.exposures,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { 'rectification.status': { in: ['pending', 'in-progress'] } },
        { deadline: { less_than: today.toISOString() } },
      ],
    },
    ...system,
  })
  const context = { job: 'refreshOverdue', skipAccountability: true, skipRebuild: true }
  const changed = new Set<string>()
  for (const doc of docs) {
    const status = await writeSystemStatus(payload, doc.id, undefined, now, { context })
    if (status !== doc.rectification?.status) changed.add(String(doc.id))
  }
  const units = new Map<string, Id>()
  for (const unit of [...docs.map((doc) => idOf(doc.unit) as Id), ...(await unitsToRecheck(payload))]) units.set(String(unit), unit)
  for (const unit of units.values()) {
    for (const [key] of await refreshUnitAccountability(payload, unit, now)) changed.add(key)
  }
  if (changed.size > 0)
    await requestPublish(payload, {
      reason: 'refreshOverdue',
      changed: [...changed].map((id) => ({ collection: slugs.exposures, id })),
    })
  return changed.size
}

export const refreshOverdueTask: TaskConfig = {
  slug: 'refreshOverdue',
  label: '刷新逾期曝光事项 / Refresh overdue exposures',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'changed', type: 'number' }],
  handler: async ({ req }) => ({ output: { changed: await refreshOverdueExposures(req.payload) } }),
}
