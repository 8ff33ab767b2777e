/**
 * The Payload config as Next (@payload-config), the payload CLI and the publisher load it: built from
 * this process's settings, read here once (the config's entry point). Tests and tools that need other
 * settings call payloadConfig(settings) from cms/payloadConfig.ts.
 */
import { readSettings } from './config/settings.ts'
import { payloadConfig } from './payloadConfig.ts'

export default payloadConfig(readSettings(process.env))
