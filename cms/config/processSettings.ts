/**
 * The settings of this process, read from its environment on first use and never again. Only for the
 * publisher (cms/publish, site/integrations) and the path helpers it uses (cms/paths.ts), which no
 * entry point hands settings to yet; everything else gets them as an argument or from the Payload config.
 */
import { readSettings, type Settings } from './settings.ts'

let settings: Settings | undefined

export const processSettings = (): Settings => {
  settings ??= readSettings(process.env)
  return settings
}
