/**
 * 3. REST API: the real server (cms/server.ts, production, admin build from cms/.next) in a child
 * process, loaded by autocannon with 20 connections; every response time is recorded to get p95.
 * Then the Local API find in this process for comparison.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { adminBuildIsCurrent, recordAdminBuild } from '../cms/cli/adminBuild.ts'
import { siteDistDir } from '../cms/paths.ts'
import { liveTarget } from '../cms/publish/siteBuild.ts'
import { freePort } from '../tests/helpers/ports.ts'
import { type FindTimes, findTimes, type LoadResult, load, serial } from './load.ts'
import { sleep } from './util.ts'

export type ApiResult = {
  adminBuiltHere: boolean
  list: LoadResult
  detail: LoadResult
  /** Diagnostic: p50 ms with a single client (list, detail, and /api/users/me as the framework's floor). */
  serialP50: { list: number; detail: number; usersMe: number }
  localFind: FindTimes
  /** Diagnostic: the same find with access control on, as the REST endpoint runs it. */
  localFindAnonymous: FindTimes
}
/**
 * The admin build must match the sources (its bundle carries the migrations): rebuild as `npm start`
 * does. Another developer's build may hold Next's lock: wait and look again, up to 3 times.
 */
export async function ensureAdminBuild(log: (line: string) => void): Promise<boolean> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (adminBuildIsCurrent()) return attempt > 1
    log(`  admin build missing or older than cms/ sources: next build cms (not timed, attempt ${attempt})`)
    const built = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'cms'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (built.status === 0) {
      recordAdminBuild()
      return true
    }
    await sleep(30_000)
  }
  throw new Error('next build cms failed 3 times')
}

export async function startServer(port: number, logFile: string): Promise<ChildProcess> {
  const out = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cms/server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  const tail = () => fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${tail()}`)
    const response = await fetch(`http://127.0.0.1:${port}/api/users/me`).catch(() => undefined)
    if (response) return child
    await sleep(250)
  }
  throw new Error('server did not answer /api/users/me within 180 s')
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  const killed = await Promise.race([exited.then(() => true), sleep(8000).then(() => false)])
  if (!killed) process.kill(-child.pid, 'SIGKILL')
}

export async function benchApi(
  payload: Payload,
  tmp: string,
  detailId: number,
  duration: number,
  log: (line: string) => void,
): Promise<ApiResult> {
  const adminBuiltHere = await ensureAdminBuild(log)
  // The server serves the live site too; without a build (--only api) give it an empty one.
  if (!liveTarget()) fs.mkdirSync(siteDistDir(), { recursive: true })
  const port = await freePort()
  log(`  starting cms/server.ts (production) on port ${port}`)
  const server = await startServer(port, path.join(tmp, 'server.log'))
  let list: LoadResult
  let detail: LoadResult
  let serialP50: ApiResult['serialP50']
  try {
    const base = `http://127.0.0.1:${port}`
    const listUrl = `${base}/api/bulletins?limit=20&depth=1`
    const detailUrl = `${base}/api/bulletins/${detailId}?depth=1`
    serialP50 = { list: await serial(listUrl), detail: await serial(detailUrl), usersMe: await serial(`${base}/api/users/me`) }
    log(`  list endpoint: 20 connections × ${duration} s`)
    list = await load(listUrl, 20, duration)
    log(`  detail endpoint: 20 connections × ${duration} s`)
    detail = await load(detailUrl, 20, duration)
  } finally {
    await stopServer(server)
  }
  log('  Local API find × 500 (server stopped)')
  const localFind = await findTimes(() => payload.find({ collection: 'bulletins', limit: 20, depth: 1 }))
  const localFindAnonymous = await findTimes(() => payload.find({ collection: 'bulletins', limit: 20, depth: 1, overrideAccess: false }))
  return {
    adminBuiltHere,
    list,
    detail,
    serialP50,
    localFind,
    localFindAnonymous,
  }
}
