/**
 * The publishing service the server runs: the site builder, fed by the publish queue (inbox) and
 * the clock, saving its status in the site-status global. Everything it needs is passed in.
 */
import type { Payload } from 'payload'
import type { Settings } from '../cms/config/settings.ts'
import { SiteBuilder } from './builder.ts'
import { payloadClock } from './clock.ts'
import { PublishInboxPoller } from './inbox.ts'
import type { AstroRunner } from './runners.ts'
import { SiteRoutesMemory } from './siteRoutesMemory.ts'
import { loadBuildStatus, saveBuildStatus } from './statusStore.ts'

export type PublishingOptions = {
  /** The Payload instance the builder reads and writes with (its own, outside Next's bundle). */
  payload: Payload
  /** This process's settings (folders, storage; the build process gets them too). */
  settings: Settings
  /** Called with the new live directory after each switch. */
  onSwitch?: (dir: string) => void
  windowMs?: number
  timeoutMs?: number
  retryDelaysMs?: readonly number[]
  pollMs?: number
  cacheDir?: string
  env?: NodeJS.ProcessEnv
  /** Test hook: run builds with this instead of the long-lived Astro worker. */
  runner?: AstroRunner
  /** Targeted builds (default true; PublishConfig.targetedBuilds). */
  targeted?: boolean
}

export type Publishing = { builder: SiteBuilder; inbox: PublishInboxPoller; close: () => void }

export async function startPublishing(options: PublishingOptions): Promise<Publishing> {
  const { payload } = options
  // The routes file, read whole once and then only what changed since the last build (siteRoutesMemory.ts).
  const routes = new SiteRoutesMemory(payload)
  const builder = new SiteBuilder({
    settings: options.settings,
    initial: await loadBuildStatus(payload),
    save: (status) => saveBuildStatus(payload, status),
    onSwitch: (dir) => {
      options.onSwitch?.(dir)
      // An hourly whole read of the routes file runs now, in the background, not inside the next publish.
      void routes.refreshIfDue()
    },
    windowMs: options.windowMs,
    timeoutMs: options.timeoutMs,
    retryDelaysMs: options.retryDelaysMs,
    cacheDir: options.cacheDir,
    env: options.env,
    runner: options.runner,
    targeted: options.targeted,
    clock: payloadClock(payload),
    siteRoutes: () => routes.read(new Date()),
  })
  // Its first, whole read starts now rather than inside the first publish (reads wait for one another).
  void routes.warm()
  const inbox = new PublishInboxPoller(payload, (request) => builder.request(request), options.pollMs)
  inbox.start()
  void builder.armClock()
  return {
    builder,
    inbox,
    close: () => {
      inbox.stop()
      builder.close()
    },
  }
}
