import { getPayload, type Payload } from 'payload'
import { type BuildStatus, INITIAL_STATUS } from './builder.ts'

let instance: Promise<Payload> | undefined

function builderPayload(): Promise<Payload> {
  instance ??= import('../payload.config.ts').then(({ default: config }) => getPayload({ config, key: 'site-builder' }))
  return instance
}

/** The last saved status (so a restarted server keeps showing the last build). */
export async function loadBuildStatus(): Promise<BuildStatus> {
  const saved = await (await builderPayload()).findGlobal({ slug: 'site-status', overrideAccess: true })
  return {
    ...INITIAL_STATUS,
    ...Object.fromEntries(Object.entries(saved).filter(([key]) => key in INITIAL_STATUS)),
    state: saved.state === 'failed' ? 'failed' : 'idle',
    pending: false,
  }
}

/** Save the builder's status into the site-status global, through the server process's own Payload. */
export async function saveBuildStatus(status: BuildStatus): Promise<void> {
  const payload = await builderPayload()
  await payload.updateGlobal({ slug: 'site-status', data: status, overrideAccess: true, context: { skipRebuild: true } })
}
