/**
 * A throwaway PostgreSQL server for the tests: Debian's binaries (/usr/lib/postgresql/<major>/bin,
 * installed by `npm test`'s bootstrap like Chromium), a cluster in a temp folder (run as the `postgres`
 * system user when we are root: PostgreSQL refuses to run as root), listening on 127.0.0.1 on a free
 * port with fsync off, one database per caller, stopped and deleted by stop(). A server whose starting
 * process died (a crashed test file) is stopped by tests/pgGlobalTeardown.ts (stopOrphanedClusters).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from './ports.ts'

const DEBIAN_BASE = '/usr/lib/postgresql'
const PREFIX = 'campaign-pg-'
const OWNER_FILE = 'owner.pid'

export type TestPostgres = {
  port: number
  dir: string
  /** A new empty database; answers its postgres:// URL. */
  createDatabase: (name: string) => Promise<string>
  stop: () => void
}

/** The newest Debian PostgreSQL server's bin folder, or a clear error naming the install command. */
export function postgresBinDir(): string {
  const majors = fs.existsSync(DEBIAN_BASE) ? fs.readdirSync(DEBIAN_BASE).filter((major) => /^\d+$/.test(major)) : []
  const found = majors
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(DEBIAN_BASE, major, 'bin'))
    .find((bin) => fs.existsSync(path.join(bin, 'initdb')))
  if (!found)
    throw new Error(
      '缺少 PostgreSQL 服务器 / PostgreSQL server binaries not found under /usr/lib/postgresql: run `apt-get install postgresql` (npm test does it as root)',
    )
  return found
}

const isRoot = (): boolean => process.getuid?.() === 0

/** Run a server binary, as the `postgres` user when we are root. */
function runAsServerUser(bin: string, args: string[]): string {
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  try {
    return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: '/' })
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string; message: string }
    throw new Error(`${path.basename(bin)} failed: ${failed.stderr || failed.stdout || failed.message}`)
  }
}

function stopCluster(bin: string, dir: string): void {
  const data = path.join(dir, 'data')
  if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
    try {
      runAsServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {
      // already gone
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX))
  fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.pid))
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    fs.chownSync(dir, uid, gid)
  }
  const data = path.join(dir, 'data')
  runAsServerUser(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'])
  const port = await freePort()
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  try {
    runAsServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'])
  } catch (error) {
    const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : ''
    stopCluster(bin, dir)
    throw new Error(`${(error as Error).message}\n${log}`)
  }
  const base = `postgres://postgres@127.0.0.1:${port}`
  return {
    port,
    dir,
    createDatabase: async (name) => {
      const safe = name.toLowerCase().replace(/[^a-z0-9_]/g, '_')
      const client = new pg.Client({ connectionString: `${base}/postgres` })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE "${safe}"`)
      } finally {
        await client.end()
      }
      return `${base}/${safe}`
    },
    stop: () => stopCluster(bin, dir),
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stop and delete every test cluster whose starting process is gone (a crashed or killed test file). */
export function stopOrphanedClusters(): number {
  let stopped = 0
  const bin = fs.existsSync(DEBIAN_BASE) ? postgresBinDirOrNull() : null
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(PREFIX)) continue
    const dir = path.join(os.tmpdir(), name)
    const owner = Number(fs.readFileSync(path.join(dir, OWNER_FILE), { encoding: 'utf8', flag: 'a+' }) || 0)
    if (owner > 0 && alive(owner)) continue
    if (bin) stopCluster(bin, dir)
    else fs.rmSync(dir, { recursive: true, force: true })
    stopped += 1
  }
  return stopped
}

function postgresBinDirOrNull(): string | null {
  try {
    return postgresBinDir()
  } catch {
    return null
  }
}
