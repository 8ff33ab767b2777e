/**
 * The tests' one door to the environment (vitest.config.ts `env:` plus what the shell gave): the base
 * the tests' settings are read from, and the environment of the child processes tests start. Tests
 * never change process.env: they pass settings (readSettings) or build a child's environment here.
 */
import { readSettings, type Settings } from '../../cms/config/settings.ts'
import type { Env } from '../../cms/config/source.ts'

/** The environment the test run started with (a copy: changing it changes nothing else). */
export const testEnv = (): Env => ({ ...process.env })

/** Settings read from the test run's environment with `overrides` on top. */
export const testSettings = (overrides: Env = {}): Settings => readSettings({ ...testEnv(), ...overrides })

/** A child process's environment: the test run's, with `overrides` on top (undefined removes a variable). */
export function childEnv(overrides: Env = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/** An option of the test run itself (e.g. CHROMIUM_PATH, WORKBENCH_SHOTS), never a setting of the code under test. */
export const testOption = (name: string): string | undefined => process.env[name]
