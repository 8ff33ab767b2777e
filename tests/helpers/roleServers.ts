/**
 * publisher/server.ts started with a ROLE, several processes on ONE temp database, data and site folder —
 * the steps of `npm start` (cms/cli/start.ts) done once here: migrate and seed (`prepare`), the admin
 * build (under its lock), then each server spawned directly with its role and port.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureAdminBuilt } from '../../cms/cli/adminBuild.ts'
import { runTool } from '../../cms/cli/processes.ts'
import { freePort } from './ports.ts'
import { makeTempDir } from './tempPayload.ts'
import { childEnv, testSettings } from './testEnv.ts'

export type RoleServer = {
  role: string
  base: string
  output: () => string
  /** SIGTERM: a clean shutdown (a builder releases its lease). */
  stop: () => Promise<void>
  /** SIGKILL: the process dies mid-work and releases nothing. */
  kill: () => Promise<void>
}
export type Cluster = {
  dir: string
  admin: { email: string; password: string }
  start: (role: 'all' | 'api' | 'builder') => Promise<RoleServer>
  stop: () => Promise<void>
}

/** `extraEnv`: more variables for every process of the cluster (e.g. SMTP_*). */
export async function prepareCluster(prefix: string, extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const dir = makeTempDir(prefix)
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
  const env: NodeJS.ProcessEnv = childEnv({
    DATABASE_URL: `file:${path.join(dir, 'cluster.db')}`,
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    SITE_OUT_DIR: path.join(dir, 'site'),
    ...extraEnv,
  })
  const prepared = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cms/cli/prepare.ts'], { env, encoding: 'utf8' })
  if (prepared.status !== 0) throw new Error(`prepare failed:\n${prepared.stdout}\n${prepared.stderr}`)
  const root = testSettings().paths.projectRoot
  await ensureAdminBuilt(
    root,
    () => runTool(root, 'admin build', 'next', ['build', 'cms'], { ...env, NEXT_TELEMETRY_DISABLED: '1' }),
    () => undefined,
  )
  const admin = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8')) as Cluster['admin']
  const servers: RoleServer[] = []

  const start = async (role: 'all' | 'api' | 'builder'): Promise<RoleServer> => {
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    let output = ''
    // One process (node with tsx's loader, not the tsx wrapper), so a SIGKILL really kills the server.
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'publisher/server.ts'], {
      env: { ...env, ROLE: role, PORT: String(port), SITE_URL: `http://localhost:${port}`, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      child.on('message', (message: { ready?: boolean }) => message.ready && resolve())
      child.on('exit', (code) => reject(new Error(`ROLE=${role} server exited with ${code}:\n${output}`)))
    })
    const signal = async (name: NodeJS.Signals) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill(name)
      await exited
    }
    const server: RoleServer = { role, base, output: () => output, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') }
    servers.push(server)
    return server
  }

  return {
    dir,
    admin,
    start,
    stop: async () => {
      await Promise.all(servers.map((server) => server.stop()))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
