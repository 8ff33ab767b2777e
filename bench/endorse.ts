/**
 * 11. 点赞 alone (issue 26: ≥ 2,000/s, p95 ≤ 50 ms, stored count exact, 50 clients, one process):
 * publisher/server.ts in production as ROLE=api (one serving process; no builder competing for the
 * CPU), 50 clients on 50 loopback networks with a keep-alive connection each. A "pair" is one vote as
 * the page's script (site/public/js/endorse.js) makes it from a NEW browser: ONE POST with its header
 * `x-endorse: 1` (the id is issued and the vote counted in that request). `--two-step` times
 * the script's other way instead (where it has no localStorage): GET the signed id, then POST with it.
 * A short warm-up (other networks, not timed) loads the route first. Reports the server's CPU time
 * (its whole process group, from /proc) per 1,000 pairs and the load average around the timed run;
 * `--profile` writes the server's CPU profile (node --cpu-prof) next to the results.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Settings } from '../cms/config/settings.ts'
import { rawRequest } from '../tests/helpers/residents.ts'
import { ensureAdminBuild, startServer, stopServer } from './apiServers.ts'
import type { Goal } from './report.ts'
import { CLIENTS, type DriveResult, drive, openNominee } from './residents.ts'

/** Pairs per client in the timed run (50 × 40 = 2,000); the server's daily cap per network is raised to fit. */
const PER_CLIENT = 40
const WARM_UP_PER_CLIENT = 4
const CAP = String(PER_CLIENT + WARM_UP_PER_CLIENT)

export type EndorseResult = DriveResult & {
  stored: number
  answered: number
  serverCpuMs: number
  /** Of serverCpuMs: the kernel's part (system time). */
  serverSystemMs: number
  cpuMsPerThousand: number
  loadAverage: { before: number[]; after: number[] }
  profile: string | null
  /** Timed the two-request way (GET the id, then POST) instead of one POST. */
  twoStep: boolean
}

const TICK_MS = 10 // Linux USER_HZ = 100

/** CPU time (user + system, ms) of every process in a process group (the server and the tsx launcher). */
export const groupCpuMs = (pgid: number): number => groupCpu(pgid).user + groupCpu(pgid).system

/** User and system CPU time (ms) of every process in a process group: system time is mostly SQLite's fsync and the sockets. */
export function groupCpu(pgid: number): { user: number; system: number } {
  let user = 0
  let system = 0
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const fields = fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      if (Number(fields[2]) === pgid) {
        user += Number(fields[11])
        system += Number(fields[12])
      }
    } catch {
      // gone between readdir and read
    }
  }
  return { user: user * TICK_MS, system: system * TICK_MS }
}

const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100)

async function pair(base: string, nominee: number | string, agent: import('node:http').Agent, twoStep: boolean) {
  const url = `${base}/api/good-people/${nominee}/endorse`
  if (!twoStep) return rawRequest(url, { method: 'POST', agent, headers: { accept: 'application/json', 'x-endorse': '1' } })
  const ready = await rawRequest(url, { agent, headers: { accept: 'application/json' } })
  const cookie = String([ready.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? ''
  const vote = await rawRequest(url, { method: 'POST', agent, headers: { accept: 'application/json', cookie } })
  return { ...vote, ms: ready.ms + vote.ms }
}

const storedFor = async (payload: Payload, nominee: number | string): Promise<number> =>
  (await payload.count({ collection: 'endorsements', where: { nominee: { equals: nominee } }, overrideAccess: true })).totalDocs

export async function benchEndorse(
  payload: Payload,
  settings: Settings,
  tmp: string,
  log: (line: string) => void,
  profile = false,
  twoStep = false,
): Promise<EndorseResult> {
  await ensureAdminBuild(settings, log)
  if (!fs.existsSync(settings.paths.siteOutDir)) fs.mkdirSync(settings.paths.siteOutDir, { recursive: true })
  const nominee = await openNominee(payload)
  // Outside the bench's temp folder (removed at the end): read it with bench/profileSummary.ts.
  const profileDir = path.join(path.dirname(tmp), `endorse-profile-${path.basename(tmp)}`)
  const env: Record<string, string> = { ENDORSE_IP_DAILY_CAP: CAP }
  if (profile) env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profileDir}`
  log('  starting publisher/server.ts (production, ROLE=api)')
  const server = await startServer(settings, path.join(tmp, 'server-endorse.log'), 'api', env)
  let result: Omit<EndorseResult, 'profile' | 'twoStep'>
  try {
    log(`  warm-up: ${CLIENTS} clients × ${WARM_UP_PER_CLIENT} pairs (not timed, other networks)`)
    await drive(WARM_UP_PER_CLIENT, 170, 200, (_c, _i, agent) => pair(server.base, nominee, agent, twoStep))
    const before = await storedFor(payload, nominee)
    const pgid = server.child.pid as number
    const cpuBefore = groupCpu(pgid)
    const loadBefore = load()
    log(
      `  点赞: ${CLIENTS} clients × ${PER_CLIENT} pairs, each from a new browser (${twoStep ? 'GET its signed id, then POST' : 'one POST: id and vote'})`,
    )
    const timed = await drive(PER_CLIENT, 130, 200, (_c, _i, agent) => pair(server.base, nominee, agent, twoStep))
    const cpuAfter = groupCpu(pgid)
    const serverSystemMs = cpuAfter.system - cpuBefore.system
    const serverCpuMs = cpuAfter.user - cpuBefore.user + serverSystemMs
    const stored = (await storedFor(payload, nominee)) - before
    const answered = timed.statuses['200'] ?? 0
    result = {
      ...timed,
      stored,
      answered,
      serverCpuMs,
      serverSystemMs,
      cpuMsPerThousand: Math.round((serverCpuMs / timed.requests) * 1000),
      loadAverage: { before: loadBefore, after: load() },
    }
    log(
      `  ${timed.requestsPerSecond} pairs/s, p50 ${timed.p50} p95 ${timed.p95} max ${timed.max} ms, ${stored} stored for ${answered} answered, server CPU ${serverCpuMs} ms (system ${serverSystemMs} ms), load ${loadBefore.join('/')} → ${result.loadAverage.after.join('/')}`,
    )
  } finally {
    await stopServer(server)
  }
  const profiles = profile && fs.existsSync(profileDir) ? fs.readdirSync(profileDir).map((name) => path.join(profileDir, name)) : []
  // The server's own profile is the largest (the tsx launcher's is tiny).
  const largest = profiles.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0] ?? null
  return { ...result, profile: largest, twoStep }
}

export function endorseGoals(result: EndorseResult): Goal[] {
  const { requestsPerSecond, p95, stored, answered, errors } = result
  return [
    {
      goal: '点赞 alone, 50 clients, one process: ≥ 2,000 pairs/s, p95 ≤ 50 ms, stored count exact',
      value: `${requestsPerSecond}/s, p95 ${p95} ms, ${stored} stored for ${answered} answered 200, ${errors} errors`,
      pass: requestsPerSecond >= 2000 && p95 <= 50 && stored === answered && errors === 0,
      note: `server CPU ${result.cpuMsPerThousand} ms per 1,000 pairs; load ${result.loadAverage.before.join('/')} → ${result.loadAverage.after.join('/')}`,
    },
  ]
}

export function endorseRows(result: EndorseResult): [string, string][] {
  return [
    [
      `点赞 alone (${result.twoStep ? 'GET id + POST' : 'one POST: id and vote'}), ${result.clients} clients, ROLE=api`,
      `**${result.requestsPerSecond} pairs/s** · p50 ${result.p50} · **p95 ${result.p95}** · max ${result.max} ms · ${result.requests} pairs in ${(result.wallMs / 1000).toFixed(1)} s · errors ${result.errors} · stored ${result.stored} for ${result.answered} answered · server CPU ${(result.serverCpuMs / 1000).toFixed(2)} s (${result.cpuMsPerThousand} ms per 1,000 pairs; system ${result.serverSystemMs} ms) · load ${result.loadAverage.before.join('/')} → ${result.loadAverage.after.join('/')}`,
    ],
  ]
}
