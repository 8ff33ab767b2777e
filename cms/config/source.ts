/**
 * Reading one environment variable: the shared type of an environment, the one error every bad value
 * gives (naming the variable and what is allowed) and the parsers the readers in cms/config/ share. Pure.
 */
export type Env = Readonly<Record<string, string | undefined>>

export class InvalidEnvError extends Error {
  constructor(name: string, value: string, allowed: string) {
    super(`环境变量 ${name} 无效：${JSON.stringify(value)}，应为 ${allowed}。 / ${name} is invalid: expected ${allowed}.`)
    this.name = 'InvalidEnvError'
  }
}

/** The trimmed value, or undefined when unset or blank (blank means "use the default"). */
export function setValue(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/** A whole number in [min, max]; `fallback` when unset. */
export function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = setValue(env, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max)
    throw new InvalidEnvError(name, raw, `a whole number from ${min} to ${max}`)
  return value
}

/** Comma-separated items, blanks dropped. */
export const listOf = (env: Env, name: string): string[] =>
  (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
