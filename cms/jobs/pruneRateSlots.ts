import type { Payload, TaskConfig } from 'payload'
import { slugs } from '../slugs.ts'

/** Every ten minutes: rows of windows that have ended and one-time keys past their expiry are deleted. */
export async function pruneRateSlots(payload: Payload, now = new Date()): Promise<number> {
  const result = await payload.delete({
    collection: slugs.rateSlots,
    where: { expiresAt: { less_than: now.toISOString() } },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  return result.docs.length
}

export const pruneRateSlotsTask: TaskConfig = {
  slug: 'pruneRateSlots',
  label: '清理过期的限流记录 / Prune expired rate slots',
  schedule: [{ cron: '*/10 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: await pruneRateSlots(req.payload) } }),
}
