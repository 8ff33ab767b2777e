/**
 * Settings as hooks, endpoints and jobs get them: from the Payload config they were built from
 * (cms/payloadConfig.ts puts them in `custom.settings`).
 */
import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'
import type { Settings } from './settings.ts'

export function settingsOfConfig(config: Pick<SanitizedConfig, 'custom'>): Settings {
  const settings = (config.custom as { settings?: Settings } | undefined)?.settings
  if (!settings) throw new Error('Payload config has no custom.settings: build it with payloadConfig(settings) (cms/payloadConfig.ts)')
  return settings
}

export const settingsOf = (payload: Payload): Settings => settingsOfConfig(payload.config)
export const settingsOfRequest = (req: PayloadRequest): Settings => settingsOf(req.payload)
