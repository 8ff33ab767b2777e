import type { Payload } from 'payload'
import { PHOTO_QUEUE, photoJobsIdle } from '../../cms/jobs/processPhotos.ts'

/** Waits for this instance's background photo run, then runs what is still queued (as the cron would). */
export async function settlePhotos(payload: Payload): Promise<void> {
  await photoJobsIdle(payload)
  await payload.jobs.run({ queue: PHOTO_QUEUE, limit: 100, overrideAccess: true } as never)
  await photoJobsIdle(payload)
}
