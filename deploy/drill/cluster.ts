/**
 * The drill's three hosts and their services on the drill's network (deploy/drill/net.ts):
 * - api1, api2: ROLE=api on port 3000 each; api2 also runs a standby ROLE=builder (port 3100), which takes
 *   the builder lease when the builder host dies;
 * - build: ROLE=builder (port 3100);
 * - s3: s3rver (media), in a namespace of its own so it can be stopped alone;
 * - the root namespace: nginx in front (deploy/nginx.ts, both API hosts upstream) on the bridge address,
 *   the shared database and the shared site folder (one file system: the "shared disk").
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureAdminBuilt } from '../../cms/cli/adminBuild.ts'
import { runTool } from '../../cms/cli/processes.ts'
import { childEnv } from '../../tests/helpers/testEnv.ts'
import { type Database, openDatabase } from './database.ts'
import { type Front, startFront } from './front.ts'
import { createNetwork, type Network } from './net.ts'
import { type HostProcess, startIn, stopAll } from './processes.ts'

export const API_PORT = 3000
export const BUILDER_PORT = 3100
const S3_PORT = 4569
export const BUCKET = 'drill-media'
const HOSTS = ['api1', 'api2', 'build', 's3'] as const

export type Drill = {
  root: string
  dir: string
  net: Network
  db: Database
  front: Front
  admin: { email: string; password: string }
  siteUrl: string
  procs: Record<'api1' | 'api2' | 'builder' | 'standby' | 's3', HostProcess>
  startS3: () => Promise<HostProcess>
  env: NodeJS.ProcessEnv
  liveDir: string
}

/** What startDrill made so far, undone in order by undoDrill (also when startDrill itself failed half-way). */
const undo: (() => unknown)[] = []

export async function undoDrill(): Promise<void> {
  await stopAll()
  for (const step of undo.splice(0)) await Promise.resolve(step()).catch(() => undefined)
}

async function waitFor(url: string, proc: HostProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (!proc.running()) throw new Error(`${proc.label} exited:\n${proc.output().slice(-4000)}`)
    if (
      await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
        () => true,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${proc.label} did not answer ${url}:\n${proc.output().slice(-4000)}`)
}

export async function startDrill(root: string, log: (line: string) => void, extraEnv: Record<string, string>): Promise<Drill> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-drill-'))
  for (const sub of ['media', 'data', 's3']) fs.mkdirSync(path.join(dir, sub), { recursive: true })
  undo.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  const net = createNetwork(HOSTS, 12)
  undo.push(() => net.remove())
  log(
    `network ${net.subnet}: ${Object.values(net.hosts)
      .map((h) => `${h.name}=${h.address} (${h.ns})`)
      .join(', ')}`,
  )
  const db = await openDatabase(dir, net.gateway)
  undo.unshift(() => db.stop())
  log(`database: ${db.kind}`)
  const s3Address = net.hosts.s3?.address as string
  const tsx = [process.execPath, '--import', 'tsx']
  const startS3 = async () => {
    const proc = startIn(
      net.hosts.s3?.ns ?? null,
      's3rver',
      [...tsx, 'deploy/drill/s3rverMain.ts', path.join(dir, 's3'), s3Address, String(S3_PORT), BUCKET],
      childEnv(),
      root,
    )
    await waitFor(`http://${s3Address}:${S3_PORT}/`, proc, 30_000)
    return proc
  }
  const s3 = await startS3()
  const siteUrl = `http://${net.gateway}:8080`
  const env = childEnv({
    PAYLOAD_SECRET: 'drill-secret-not-for-production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: db.url,
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    SITE_OUT_DIR: path.join(dir, 'site'),
    SITE_URL: siteUrl,
    TRUSTED_PROXIES: net.gateway,
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: `http://${s3Address}:${S3_PORT}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    ...extraEnv,
  })
  log('preparing the shared database (migrate + demo content)…')
  // Not spawnSync: the database is reached through this process's forwarder (database.ts).
  const prepare = startIn(null, 'prepare', [process.execPath, 'node_modules/tsx/dist/cli.mjs', 'cms/cli/prepare.ts'], env, root)
  if ((await prepare.exited) !== 0)
    throw new Error(`prepare failed:
${prepare.output().slice(-4000)}`)
  await ensureAdminBuilt(
    root,
    () => runTool(root, 'admin build', 'next', ['build', 'cms'], env),
    () => undefined,
  )
  const admin = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'demo-admin.json'), 'utf8')) as Drill['admin']
  const server = (host: string, role: string, port: number) =>
    startIn(
      net.hosts[host]?.ns ?? null,
      `${role}@${host}`,
      [...tsx, 'publisher/server.ts'],
      { ...env, ROLE: role, PORT: String(port), NODE_ENV: 'production' },
      root,
    )
  const builder = server('build', 'builder', BUILDER_PORT)
  await waitFor(`http://${net.hosts.build?.address}:${BUILDER_PORT}/health`, builder, 120_000)
  const standby = server('api2', 'builder', BUILDER_PORT)
  const api1 = server('api1', 'api', API_PORT)
  const api2 = server('api2', 'api', API_PORT)
  await Promise.all([
    waitFor(`http://${net.hosts.api2?.address}:${BUILDER_PORT}/health`, standby, 120_000),
    waitFor(`http://${net.hosts.api1?.address}:${API_PORT}/api/site-identity`, api1, 180_000),
    waitFor(`http://${net.hosts.api2?.address}:${API_PORT}/api/site-identity`, api2, 180_000),
  ])
  const liveDir = path.join(dir, 'site')
  const front = await startFront(
    path.join(dir, 'nginx'),
    net.gateway,
    8080,
    liveDir,
    [API_PORT].flatMap(() => [`${net.hosts.api1?.address}:${API_PORT}`, `${net.hosts.api2?.address}:${API_PORT}`]),
  )
  undo.unshift(() => front.stop())
  log(`nginx on ${front.base}; hosts up`)
  return { root, dir, net, db, front, admin, siteUrl, procs: { api1, api2, builder, standby, s3 }, startS3, env, liveDir }
}
