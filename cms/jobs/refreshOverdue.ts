import type { Payload, TaskConfig } from 'payload'
import { hasNewerDraft } from '../collections/Exposures/hooks/hasNewerDraft.ts'
import { chinaDay, chinaDayStart } from '../domain/dates.ts'
import { slugs } from '../slugs.ts'

/**
 * Hourly: an exposure whose deadline day has ended in China (after 24:00 Beijing time) without
 * rectification becomes 逾期 (overdue) on its own, and its unit's three-strikes flag is recomputed
 * (by the exposure's afterChange hook). Items with an unreviewed newer draft are left alone, so the
 * job never publishes anything nobody approved.
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
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let changed = 0
  for (const doc of docs) {
    if (await hasNewerDraft(payload, doc.id)) continue
    await payload.update({ collection: slugs.exposures, id: doc.id, data: {}, overrideAccess: true, context: { job: 'refreshOverdue' } })
    changed++
  }
  return changed
}

export const refreshOverdueTask: TaskConfig = {
  slug: 'refreshOverdue',
  label: '刷新逾期曝光事项 / Refresh overdue exposures',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'changed', type: 'number' }],
  handler: async ({ req }) => ({ output: { changed: await refreshOverdueExposures(req.payload) } }),
}
