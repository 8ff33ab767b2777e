/**
 * npm run drill [-- --short] [--s3-outage-seconds N]: three hosts that fail (README "Hosts that fail: the drill").
 * Builds its own namespaces, starts the hosts, nginx, s3rver and the shared database, runs the three
 * scenarios while a poller checks every live answer through nginx, prints a summary table, and removes
 * everything it made. Exit code 0 only when every check passed. Needs root (ip netns).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCliArgs } from '../../cms/cli/args.ts'
import { stopOrphanedClusters } from '../../tests/helpers/postgres.ts'
import { type Drill, startDrill, undoDrill } from './cluster.ts'
import { removeLeftovers } from './net.ts'
import { killAllNow } from './processes.ts'
import { type Check, printSummary, Recorder } from './report.ts'
import { VOTE_CAP } from './scenarioCut.ts'
import { runScenarios } from './scenarios.ts'

const { values } = parseCliArgs({
  usage: `用法 / Usage: npm run drill [-- --short] [--s3-outage-seconds 60]

演练三台主机的故障（须以 root 运行）/ drills three failing hosts (run as root).`,
  options: {
    short: { type: 'boolean', description: '短时版本（测试用）/ short timings (the test)' },
    's3-outage-seconds': { type: 'string', valueName: 'n', description: '对象存储中断秒数 / how long S3 is down (default 60, --short 15)' },
  },
})

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const short = values.short === true
const s3OutageMs = Number(values['s3-outage-seconds'] ?? (short ? 15 : 60)) * 1000
const recorder = new Recorder()
let drill: Drill | null = null
let cleaning: Promise<void> | null = null

/** Once, whoever asks first (the end of the run or a signal); everyone else waits for the same promise. */
const cleanUp = (): Promise<void> => {
  cleaning ??= undoDrill()
  return cleaning
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    recorder.log(`${signal}: removing everything the drill made`)
    void cleanUp().finally(() => process.exit(130))
  })
process.once('exit', () => {
  if (cleaning) return
  killAllNow()
  drill?.net.remove()
  drill?.db.stop()
})

if (process.getuid?.() !== 0) {
  console.error('✖ 演练需要 root（ip netns）/ the drill needs root (ip netns)')
  process.exit(2)
}
let checks: Check[] = []
try {
  const leftovers = removeLeftovers()
  const orphans = stopOrphanedClusters()
  if (orphans > 0) recorder.log(`stopped ${orphans} PostgreSQL test cluster(s) of crashed runs`)
  if (leftovers.length > 0) recorder.log(`removed leftovers of an earlier run: ${leftovers.join(', ')}`)
  drill = await startDrill(root, (line) => recorder.log(line), { ENDORSE_IP_DAILY_CAP: String(VOTE_CAP) })
  checks = await runScenarios(drill, recorder, { short, s3OutageMs })
} catch (error) {
  recorder.log(`drill stopped by an error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  checks.push({
    scenario: 'drill',
    check: 'ran to the end',
    pass: false,
    detail: String(error instanceof Error ? error.message : error).slice(0, 300),
  })
} finally {
  await cleanUp()
}
printSummary(checks, recorder)
process.exit(checks.length > 0 && checks.every((check) => check.pass) ? 0 : 1)
