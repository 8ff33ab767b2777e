import type { Payload } from 'payload'
import { type BuildStatus, INITIAL_STATUS } from './builder.ts'

/** The last saved status (so a restarted server keeps showing the last build). */
export async function loadBuildStatus(payload: Payload): Promise<BuildStatus> {
  const saved = await payload.findGlobal({ slug: 'site-status', overrideAccess: true })
  return {
    ...INITIAL_STATUS,
    ...Object.fromEntries(Object.entries(saved).filter(([key]) => key in INITIAL_STATUS)),
    state: saved.state === 'failed' || saved.state === 'retrying' ? 'failed' : 'idle',
    retryAt: null,
    pending: false,
  }
}

/** Save the builder's status into the site-status global. */
export async function saveBuildStatus(payload: Payload, status: BuildStatus): Promise<void> {
  await payload.updateGlobal({ slug: 'site-status', data: status, overrideAccess: true, context: { skipRebuild: true } })
}
