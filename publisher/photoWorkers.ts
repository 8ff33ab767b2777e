/**
 * The photo worker processes a ROLE=all or ROLE=builder server keeps running (PHOTO_WORKERS, default 1;
 * 0 starts none and the accepting process re-encodes, as before). Each is publisher/photoWorker.ts in
 * its own process (node with tsx's loader, like the build process), restarted a few seconds after it
 * dies; a photo it was working on when it died is picked up again by the sweep. Their output goes to
 * this process's log, prefixed.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Settings } from '../cms/config/settings.ts'
import type { PhotoWorkerStart } from './photoWorker.ts'
import { workerEnv } from './runners.ts'

const RESTART_AFTER_MS = 5000

export type PhotoWorkers = { pids: () => number[]; close: () => Promise<void> }

function prefixed(stream: NodeJS.ReadableStream | null, into: NodeJS.WriteStream): void {
  stream?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) into.write(`[photos] ${line}\n`)
  })
}

export function startPhotoWorkers(settings: Settings): PhotoWorkers {
  const root = settings.paths.projectRoot
  const children = new Set<ChildProcess>()
  let closing = false
  const start = (): void => {
    const preload = ['--import', pathToFileURL(path.join(root, 'publisher/compileCache.mjs')).href, '--import', 'tsx']
    const child = spawn(process.execPath, [...preload, path.join(root, 'publisher/photoWorker.ts')], {
      cwd: root,
      env: workerEnv(settings.source, root),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    children.add(child)
    prefixed(child.stdout, process.stdout)
    prefixed(child.stderr, process.stderr)
    child.send({ settings } satisfies PhotoWorkerStart)
    child.on('exit', (code, signal) => {
      children.delete(child)
      if (closing) return
      console.error(`✖ 照片处理进程退出（${signal ?? code}），${RESTART_AFTER_MS / 1000} 秒后重启 / photo worker exited, restarting`)
      setTimeout(() => closing || start(), RESTART_AFTER_MS).unref()
    })
  }
  for (let n = 0; n < settings.limits.photoWorkers; n++) start()
  return {
    pids: () => [...children].flatMap((child) => (child.pid === undefined ? [] : [child.pid])),
    close: async () => {
      closing = true
      await Promise.all(
        [...children].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve()
              child.once('exit', () => resolve())
              child.kill('SIGTERM')
            }),
        ),
      )
    },
  }
}
