/**
 * The processes the API stage measures: publisher/server.ts in production with a ROLE (admin build from
 * cms/.next, on the bench's temp database and live site), the nginx front (deploy/nginx.ts) in front
 * of one or several of them, and a staff token (a real editor account, logged in over HTTP).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import type { Payload } from 'payload'
import { ensureAdminBuilt } from '../cms/cli/adminBuild.ts'
import { runTool } from '../cms/cli/processes.ts'
import type { Settings } from '../cms/config/settings.ts'
import type { User } from '../cms/payload-types.ts'
import { freePort } from '../tests/helpers/ports.ts'
import { sleep } from './util.ts'

export type BenchServer = { base: string; port: number; child: ChildProcess }

/**
 * The admin build must match the sources (its bundle carries the migrations): rebuild as `npm start`
 * does, under the same lock, so a build another developer or test runs is waited for, not doubled.
 */
export async function ensureAdminBuild(settings: Settings, log: (line: string) => void): Promise<boolean> {
  const root = settings.paths.projectRoot
  let built = false
  await ensureAdminBuilt(
    root,
    async () => {
      log('  admin build missing or older than cms/ sources: next build cms (not timed)')
      await runTool(root, 'admin build', 'next', ['build', 'cms'], { ...settings.source, NEXT_TELEMETRY_DISABLED: '1' })
      built = true
    },
    log,
  )
  return built
}

/**
 * publisher/server.ts with the bench's environment (settings.source), NODE_ENV=production and this ROLE
 * (plus `env`), answering once this resolves; its output goes to `logFile`.
 */
export async function startServer(
  settings: Settings,
  logFile: string,
  role: 'all' | 'api',
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const port = await freePort()
  const out = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'publisher/server.ts'], {
    env: { ...settings.source, ...env, NODE_ENV: 'production', ROLE: role, PORT: String(port) },
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  const base = `http://127.0.0.1:${port}`
  const tail = () => fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${tail()}`)
    const response = await fetch(`${base}/api/users/me`).catch(() => undefined)
    if (response) return { base, port, child }
    await sleep(250)
  }
  throw new Error('server did not answer /api/users/me within 180 s')
}

export async function stopServer({ child }: BenchServer): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  const killed = await Promise.race([exited.then(() => true), sleep(8000).then(() => false)])
  if (!killed) process.kill(-child.pid, 'SIGKILL')
}

/** An editor account created for the bench and logged in over HTTP: the `Authorization` header its requests carry, and the user for the Local API. */
export async function staffLogin(payload: Payload, base: string): Promise<{ headers: Record<string, string>; user: User }> {
  const credentials = {
    email: `bench-editor-${randomBytes(4).toString('hex')}@example.gov.cn`,
    password: randomBytes(18).toString('base64url'),
  }
  const user = await payload.create({
    collection: 'users',
    data: { ...credentials, name: '压测编辑', role: 'editor' },
    overrideAccess: true,
  })
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!response.ok || !token) throw new Error(`editor login answered ${response.status}`)
  return { headers: { authorization: `JWT ${token}` }, user: { ...user, collection: 'users' } }
}
