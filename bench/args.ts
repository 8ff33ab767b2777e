/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util'

export const STAGES = ['build', 'publish', 'api', 'images', 'weights'] as const
export type Stage = (typeof STAGES)[number]

export type BenchArgs = { items: number; only: Set<Stage>; edits: number; duration: number; keep: boolean }

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback
  const number = Number(value.replaceAll(/[_,]/g, ''))
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got ${value}`)
  return number
}

export function parseBenchArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      items: { type: 'string' },
      only: { type: 'string' },
      edits: { type: 'string' },
      duration: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  })
  const only = values.only ? values.only.split(',').map((stage) => stage.trim()) : [...STAGES]
  for (const stage of only)
    if (!(STAGES as readonly string[]).includes(stage)) throw new Error(`--only: unknown stage ${stage} (${STAGES.join(',')})`)
  return {
    items: positive(values.items, 1000, 'items'),
    only: new Set(only as Stage[]),
    edits: positive(values.edits, 20, 'edits'),
    duration: positive(values.duration, 10, 'duration'),
    keep: values.keep ?? false,
  }
}
