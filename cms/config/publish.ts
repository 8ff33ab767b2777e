/** Publishing settings (README "Configuration"): SITE_BUILD_TIMEOUT_SECONDS, 10–3600, default 300. */
import { type Env, wholeNumber } from './source.ts'

export type PublishConfig = { timeoutMs: number }

export const DEFAULT_BUILD_TIMEOUT_SECONDS = 300

export const readPublishConfig = (env: Env): PublishConfig => ({
  timeoutMs: wholeNumber(env, 'SITE_BUILD_TIMEOUT_SECONDS', DEFAULT_BUILD_TIMEOUT_SECONDS, 10, 3600) * 1000,
})
