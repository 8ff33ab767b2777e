/** What the drill prints: timestamped lines as it goes, then one summary table (and a JSON line for the test). */

export type Check = { scenario: string; check: string; pass: boolean; detail: string }

export class Recorder {
  readonly started = Date.now()
  readonly numbers: Record<string, number | string> = {}
  /** Seconds since the drill started, e.g. `+12.3s`. */
  since = (at = Date.now()): string => `+${((at - this.started) / 1000).toFixed(1)}s`
  log(line: string): void {
    console.log(`${new Date().toISOString().slice(11, 23)} ${this.since()} ${line}`)
  }
  number(name: string, value: number | string): void {
    this.numbers[name] = value
    this.log(`  ${name} = ${value}`)
  }
}

export function printSummary(checks: readonly Check[], recorder: Recorder): void {
  const width = Math.max(10, ...checks.map((check) => check.check.length))
  console.log('\n=== drill summary ===')
  console.log(`${'scenario'.padEnd(14)} ${'check'.padEnd(width)} result  detail`)
  for (const check of checks)
    console.log(`${check.scenario.padEnd(14)} ${check.check.padEnd(width)} ${check.pass ? 'PASS' : 'FAIL'}    ${check.detail}`)
  const failed = checks.filter((check) => !check.pass).length
  console.log(`${checks.length - failed} passed, ${failed} failed, ${((Date.now() - recorder.started) / 1000).toFixed(0)} s`)
  console.log(`DRILL-RESULT ${JSON.stringify({ passed: checks.length - failed, failed, checks, numbers: recorder.numbers })}`)
}
