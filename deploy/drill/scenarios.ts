/** The three scenarios in order, with the live poller running through all of them. */
import { ask, signIn } from './client.ts'
import type { Drill } from './cluster.ts'
import { startLivePoller } from './livePoller.ts'
import type { Check, Recorder } from './report.ts'
import type { Site } from './residents.ts'
import { builderKilled } from './scenarioBuilder.ts'
import { apiHostCut } from './scenarioCut.ts'
import { s3Outage } from './scenarioS3.ts'

export type Timings = { short: boolean; s3OutageMs: number }

async function siteLive(base: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while ((await ask(`${base}/`, { timeoutMs: 10_000 })).status !== 200) {
    if (Date.now() > deadline) throw new Error('the live site did not answer through nginx')
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

async function nomineeId(base: string): Promise<number | string> {
  const answer = await ask(`${base}/api/good-people?where[slug][equals]=q3-yang-guifang&depth=0&limit=1`)
  const id = (JSON.parse(answer.text) as { docs: { id: number | string }[] }).docs[0]?.id
  if (id === undefined) throw new Error('the demo nominee q3-yang-guifang is missing')
  return id
}

export async function runScenarios(drill: Drill, recorder: Recorder, timings: Timings): Promise<Check[]> {
  const base = drill.front.base
  await siteLive(base, 600_000)
  recorder.log('the live site answers through nginx')
  const p = { base, token: await signIn(base, drill.admin) }
  const site: Site = { base, origin: drill.siteUrl, nominee: await nomineeId(base) }
  const poller = startLivePoller(base, drill.liveDir, drill.net.clientAddress(7))
  const checks: Check[] = []
  const run = async (label: string, scenario: () => Promise<Check[]>) => {
    recorder.log(`── scenario ${label}`)
    try {
      checks.push(...(await scenario()))
    } catch (error) {
      checks.push({
        scenario: label,
        check: 'ran to the end',
        pass: false,
        detail: String(error instanceof Error ? error.message : error).slice(0, 300),
      })
    }
  }
  await run('1 builder -9', () => builderKilled(drill, p, recorder))
  await run('2 api1 cut', () => apiHostCut(drill, site, recorder, timings.short ? 20_000 : 60_000))
  await run('3 S3 down', () => s3Outage(drill, p, recorder, timings.s3OutageMs))
  const stats = await poller.stop()
  recorder.number('live answers polled through nginx', stats.answers)
  recorder.number('builds seen live', stats.builds)
  checks.push({
    scenario: 'all',
    check: 'every live answer was a complete build',
    pass: stats.answers > 0 && stats.notComplete === 0 && stats.failed === 0,
    detail: `${stats.complete} complete, ${stats.notComplete} not, ${stats.failed} failed of ${stats.answers}; ${stats.builds} builds${stats.problems.length ? `; ${stats.problems.join(' | ')}` : ''}`,
  })
  return checks
}
