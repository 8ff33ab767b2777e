/**
 * Command-line options for every operator command, one way: `--help`/`-h` prints the usage and exits
 * 0; an unknown, missing or malformed option prints ONE line naming it and exits 2 (no stack trace).
 * `interpretArgs` is the pure part (tests/unit/cliArgs.test.ts); `parseCliArgs` prints and exits.
 */
import { parseArgs } from 'node:util'

export type CliOption = {
  type: 'string' | 'boolean'
  /** One line for --help, Chinese first. */
  description: string
  /** Shown after the option in --help: `--round <id|slug>`. */
  valueName?: string
  short?: string
  default?: string | boolean
  required?: boolean
  /** The only values allowed (string options). */
  choices?: readonly string[]
}
export type CliOptions = Record<string, CliOption>

type ValueOf<O extends CliOption> = O['type'] extends 'boolean' ? boolean : O['choices'] extends readonly (infer C)[] ? C : string
/** Booleans (false when absent), required options and options with a default always have a value. */
type Always<O extends CliOption> = O['type'] extends 'boolean'
  ? true
  : O['required'] extends true
    ? true
    : O['default'] extends string
      ? true
      : false
export type CliValues<T extends CliOptions> = {
  [K in keyof T as Always<T[K]> extends true ? K : never]: ValueOf<T[K]>
} & { [K in keyof T as Always<T[K]> extends true ? never : K]?: ValueOf<T[K]> }

export type CliSpec<T extends CliOptions> = {
  /** The synopsis and a sentence or two on what the command does; the option list is appended. */
  usage: string
  options: T
  allowPositionals?: boolean
}
export type CliArgs<T extends CliOptions> = { values: CliValues<T>; positionals: string[] }
export type ArgsOutcome<T extends CliOptions> =
  | ({ kind: 'ok' } & CliArgs<T>)
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string }

const HINT = '（用 --help 查看用法 / see --help）'
const flag = (name: string, option: CliOption): string =>
  option.type === 'string' ? `--${name} <${option.valueName ?? 'value'}>` : `--${name}`

/** The --help text: the caller's usage, then every option with its description. */
export function helpText(spec: CliSpec<CliOptions>): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : '    '}${flag(name, option)}`,
    `${option.description}${option.required ? '（必填 / required）' : ''}${option.choices ? `: ${option.choices.join(' | ')}` : ''}`,
  ])
  rows.push(['-h, --help', '显示本帮助 / show this help'])
  const width = Math.max(...rows.map(([left]) => left.length))
  return `${spec.usage.trim()}\n\n选项 / Options:\n${rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n')}\n`
}

/** The first problem with the command line as a one-line message, walking the tokens in order. */
function firstProblem(spec: CliSpec<CliOptions>, argv: readonly string[]): string | undefined {
  const { tokens } = parseArgs({ args: argv, options: nodeOptions(spec.options), strict: false, allowPositionals: true, tokens: true })
  for (const token of tokens) {
    if (token.kind === 'positional' && !spec.allowPositionals) return `多余的参数 / unexpected argument: ${token.value}`
    if (token.kind !== 'option') continue
    const option = spec.options[token.name]
    if (!option) return `未知选项 / unknown option: ${token.rawName}`
    if (option.type === 'boolean' && token.value !== undefined) return `选项不带值 / option takes no value: --${token.name}`
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      return `选项缺少值 / option needs a value: ${flag(token.name, option)}`
    if (option.choices && token.value !== undefined && !option.choices.includes(token.value))
      return `--${token.name} 只能是 / must be one of: ${option.choices.join(', ')}（收到 / got “${token.value}”）`
  }
  return undefined
}

function missingRequired(options: CliOptions, values: Record<string, unknown>): string | undefined {
  const missing = Object.entries(options).filter(([name, option]) => option.required && values[name] === undefined)
  if (missing.length === 0) return undefined
  return `缺少选项 / missing option: ${missing.map(([name, option]) => flag(name, option)).join(', ')}`
}

/** What node:util's parseArgs accepts: type, short, default (booleans default to false). */
function nodeOptions(options: CliOptions) {
  return Object.fromEntries(
    Object.entries(options).map(([name, { type, short, default: fallback }]) => [
      name,
      {
        type,
        ...(short ? { short } : {}),
        ...(fallback !== undefined ? { default: fallback } : type === 'boolean' ? { default: false } : {}),
      },
    ]),
  )
}

/** Pure: what the command line asks for. */
export function interpretArgs<const T extends CliOptions>(spec: CliSpec<T>, argv: readonly string[]): ArgsOutcome<T> {
  const terminator = argv.indexOf('--')
  const beforeTerminator = terminator === -1 ? argv : argv.slice(0, terminator)
  if (beforeTerminator.includes('--help') || beforeTerminator.includes('-h')) return { kind: 'help', text: helpText(spec) }
  const problem = firstProblem(spec, argv)
  if (problem) return { kind: 'error', message: problem }
  try {
    const parsed = parseArgs({
      args: argv,
      options: nodeOptions(spec.options),
      strict: true,
      allowPositionals: spec.allowPositionals ?? false,
    })
    const missing = missingRequired(spec.options, parsed.values)
    if (missing) return { kind: 'error', message: missing }
    return { kind: 'ok', values: parsed.values as CliValues<T>, positionals: parsed.positionals }
  } catch (error) {
    return { kind: 'error', message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid arguments' }
  }
}

/** A usage mistake found after parsing (a bad value): one line on stderr, exit 2. */
export function failUsage(message: string): never {
  console.error(`✖ ${message}${HINT}`)
  process.exit(2)
}

/** Read the options of this process (or `argv`): prints and exits on --help (0) and on a usage mistake (2). */
export function parseCliArgs<const T extends CliOptions>(spec: CliSpec<T>, argv: readonly string[] = process.argv.slice(2)): CliArgs<T> {
  const outcome = interpretArgs(spec, argv)
  if (outcome.kind === 'help') {
    process.stdout.write(outcome.text)
    process.exit(0)
  }
  if (outcome.kind === 'error') failUsage(outcome.message)
  return { values: outcome.values, positionals: outcome.positionals }
}
