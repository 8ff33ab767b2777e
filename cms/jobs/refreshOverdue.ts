import type { Payload, TaskConfig } from 'payload'
import { slugs } from '../slugs.ts'

/**
 * Hourly: an exposure whose deadline passed without rectification becomes 逾期 (overdue) on its own,
 * and its unit's three-strikes flag is recomputed (by the exposure's afterChange hook). Items with
 * an unreviewed newer draft are left alone, so the job never publishes anything nobody approved.
 */
export async function refreshOverdueExposures(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: slugs.exposures,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { 'rectification.status': { in: ['pending', 'in-progress'] } },
        { deadline: { less_than: now.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let changed = 0
  for (const doc of docs) {
    const latest = await payload.findVersions({
      collection: slugs.exposures,
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (latest.docs[0]?.version?._status === 'draft') continue
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
