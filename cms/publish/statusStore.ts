import { getPayload, type Payload } from 'payload'
import type { BuildStatus } from './builder.ts'

let instance: Promise<Payload> | undefined

/** Save the builder's status into the site-status global, through the server process's own Payload. */
export async function saveBuildStatus(status: BuildStatus): Promise<void> {
  instance ??= import('../payload.config.ts').then(({ default: config }) => getPayload({ config, key: 'site-builder' }))
  const payload = await instance
  await payload.updateGlobal({ slug: 'site-status', data: status, overrideAccess: true, context: { skipRebuild: true } })
}
