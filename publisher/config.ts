import { DEFAULT_BUILD_TIMEOUT_MS } from './siteBuild.ts'

/** Publishing settings from the environment, read once by publisher/server.ts (README lists them). */
export type PublishConfig = { timeoutMs: number }

/** SITE_BUILD_TIMEOUT_SECONDS: time limit of one site build, default 300. */
export function readPublishConfig(source: Readonly<Record<string, string | undefined>>): PublishConfig {
  const raw = source.SITE_BUILD_TIMEOUT_SECONDS?.trim()
  if (!raw) return { timeoutMs: DEFAULT_BUILD_TIMEOUT_MS }
  const seconds = Number(raw)
  if (!Number.isFinite(seconds) || seconds < 10 || seconds > 3600)
    throw new Error(
      `环境变量 SITE_BUILD_TIMEOUT_SECONDS 无效："${raw}"，应为 10–3600 的秒数。 / SITE_BUILD_TIMEOUT_SECONDS must be 10–3600 seconds.`,
    )
  return { timeoutMs: seconds * 1000 }
}
