/**
 * The short drill (README "Hosts that fail: the drill"): `npm run drill -- --short` as a child process —
 * its own namespaces, two API hosts and a builder, nginx, s3rver and the tests' PostgreSQL — and every
 * check of its summary must pass. Needs root (ip netns); CI runs as root.
 */
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { childEnv } from '../helpers/testEnv.ts'

type Result = { passed: number; failed: number; checks: { scenario: string; check: string; pass: boolean; detail: string }[] }

function runDrill(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'deploy/drill/run.ts', '--short'], {
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

describe.skipIf(process.getuid?.() !== 0)('the drill, short (as root)', () => {
  it('should pass every check of the three scenarios and exit 0', async () => {
    const { code, output } = await runDrill()
    const line = output.split('\n').find((text) => text.startsWith('DRILL-RESULT '))
    expect(line, output.slice(-6000)).toBeTruthy()
    const result = JSON.parse((line as string).slice('DRILL-RESULT '.length)) as Result
    const failed = result.checks.filter((check) => !check.pass).map((check) => `${check.scenario}: ${check.check} — ${check.detail}`)
    expect(failed).toEqual([])
    expect(new Set(result.checks.map((check) => check.scenario))).toEqual(new Set(['1 builder -9', '2 api1 cut', '3 S3 down', 'all']))
    expect(result.checks.map((check) => check.check)).toEqual(
      expect.arrayContaining([
        'another host took the lease',
        'every live answer was a complete build',
        'no request failed after nginx left it',
        'sign-in limit exact across hosts',
        'every upload answered 503 naming the cause',
        'publishing works after S3 returned',
      ]),
    )
    expect(code).toBe(0)
  }, 1_200_000)
})
