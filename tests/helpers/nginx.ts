/**
 * Debian's nginx run with the shipped front (deploy/nginx.ts) as an unprivileged foreground process
 * in a temp folder: its own prefix, pid, logs and temp paths, listening on a free local port. Used by
 * tests/e2e/nginx.test.ts and the bench (bench/apiServers.ts).
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { readSettings } from '../../cms/config/settings.ts'
import { DEFAULT_EMBED_HOSTS } from '../../cms/domain/embeds.ts'
import { maxBodyBytes } from '../../deploy/defaults.ts'
import { renderNginxConf } from '../../deploy/nginx.ts'
import { freePort } from './ports.ts'
import { childEnv } from './testEnv.ts'

export const NGINX = '/usr/sbin/nginx'
const TEMPS = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']

export type NginxFront = { base: string; dir: string; stop: () => Promise<void> }
export type NginxFrontOptions = {
  /** A folder of its own: config, pid, logs and temp files go there. */
  dir: string
  /** The site folder (or the live symlink) nginx serves. */
  siteRoot: string
  /** `host:port` of each Node process behind it. */
  upstreams: readonly string[]
  frameHosts?: readonly string[]
  workers?: number
}

/** Debian's nginx, installed when missing and allowed (root); otherwise an error saying how. */
export function ensureNginx(): void {
  if (fs.existsSync(NGINX)) return
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' })
    spawnSync('apt-get', ['install', '-y', 'nginx'], { stdio: 'ignore', env: childEnv({ DEBIAN_FRONTEND: 'noninteractive' }) })
  }
  if (!fs.existsSync(NGINX))
    throw new Error('nginx is not installed: run `apt-get update && apt-get install -y nginx` (as root), then try again')
}

async function waitForPort(base: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${fs.readFileSync(log, 'utf8')}`)
    const answered = await fetch(base).then(
      () => true,
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not answer:\n${fs.readFileSync(log, 'utf8')}`)
}

function mainConf(dir: string, front: string, log: string, workers: number): string {
  return [
    'daemon off;',
    // Temp folders are private to their owner: run as root, the workers stay root too.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `worker_processes ${workers};`,
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${log} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    // A load generator keeps its connections for the whole run; at nginx's default of 1000 requests a
    // connection closes under it now and then, and the request already on its way counts as an error.
    '    keepalive_requests 1000000;',
    ...TEMPS.map((temp) => `    ${temp === 'body' ? 'client_body' : temp}_temp_path ${path.join(dir, 'tmp', temp)};`),
    `    include ${front};`,
    '}',
  ].join('\n')
}

/** nginx with deploy/nginx.ts's front (plain HTTP on 127.0.0.1), answering once this resolves. */
export async function startNginxFront(options: NginxFrontOptions): Promise<NginxFront> {
  ensureNginx()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const { dir } = options
  for (const temp of TEMPS) fs.mkdirSync(path.join(dir, 'tmp', temp), { recursive: true })
  const front = path.join(dir, 'campaign.conf')
  fs.writeFileSync(
    front,
    renderNginxConf({
      serverName: 'localhost',
      siteRoot: options.siteRoot,
      upstreams: options.upstreams,
      tls: null,
      listen: `127.0.0.1:${port}`,
      frameHosts: options.frameHosts ?? DEFAULT_EMBED_HOSTS,
      maxBodyBytes: maxBodyBytes(readSettings({})),
    }),
  )
  const log = path.join(dir, 'error.log')
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, front, log, options.workers ?? 1))
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', log]
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`)
  const nginx = spawn(NGINX, args, { stdio: 'ignore' })
  await waitForPort(base, nginx, log)
  const stop = async () => {
    if (nginx.exitCode !== null || nginx.signalCode !== null) return
    const exited = new Promise((resolve) => nginx.once('exit', resolve))
    nginx.kill('SIGQUIT')
    await exited
  }
  return { base, dir, stop }
}
