/**
 * The builder part of publisher/server.ts (ROLE=all and ROLE=builder): its own Payload (this module
 * graph, not Next's bundle), the builder lease, and — only while this process holds the lease — the
 * publishing service (queue inbox, clock, builds). Losing the lease stops it; winning it back starts
 * it again, with a startup build that covers whatever waited meanwhile. The job cron of the default
 * queue runs in this instance too, only while it holds the lease (cronGate.ts).
 */
import { getPayload } from 'payload'
import type { Settings } from '../cms/config/settings.ts'
import { allowAutoRun } from '../cms/jobs/cronGate.ts'
import { BuilderLease, whileHolding } from './lease.ts'
import { startPublishing } from './service.ts'

export type LeasedBuilder = { holder: string; isBuilding: () => boolean; close: () => Promise<void> }

/** `settings`: the server's, read once at its start (its Payload config, the publish options, the builds' folders). */
export async function startLeasedBuilder(settings: Settings, onSwitch: (dir: string) => void): Promise<LeasedBuilder> {
  const { payloadConfig } = await import('../cms/payloadConfig.ts')
  // cron: this instance runs the jobs of the default queue, gated to while it holds the lease.
  const payload = await getPayload({ config: payloadConfig(settings), key: 'site-builder', cron: true })
  const lease = new BuilderLease(payload, { timing: settings.publish.lease })
  allowAutoRun(payload, () => lease.held)
  const running = whileHolding(lease, async () => {
    // Each switch gets a fresh file server: it remembers the files of one folder, and a live folder never changes.
    const publishing = await startPublishing({ payload, settings, ...settings.publish, onSwitch })
    // The first build starts the long-lived build process, so the first publish is as fast as later ones.
    publishing.builder.request({ reason: 'startup', changed: [] })
    return publishing
  })
  return { holder: lease.holder, isBuilding: () => lease.held, close: running.close }
}
