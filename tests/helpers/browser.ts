/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { type Browser, chromium } from 'playwright-core'
import { testOption } from './testEnv.ts'

export const CHROMIUM = testOption('CHROMIUM_PATH') ?? '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
