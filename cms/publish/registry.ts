/**
 * The bridge between Payload hooks and the site builder. The builder lives in the server process
 * (cms/server.ts); hooks may run in the Next bundle of the same process, which has its own module
 * instances, so the one shared place is globalThis. Where no builder runs (tests, CLI, seed), a
 * request does nothing.
 */
export type RebuildRequester = { request: (reason: string) => void }

const KEY = '__campaignSiteBuilder'

export function registerBuilder(builder: RebuildRequester | undefined): void {
  ;(globalThis as Record<string, unknown>)[KEY] = builder
}

export function currentBuilder(): RebuildRequester | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as RebuildRequester | undefined
}

/** Ask for a rebuild; returns false when no builder is running in this process. */
export function requestRebuild(reason: string): boolean {
  const builder = currentBuilder()
  builder?.request(reason)
  return Boolean(builder)
}
