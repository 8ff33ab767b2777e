/** Two ways to run one Astro build into a directory, writing its output to a log file. */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths.ts'

export type RunOptions = { skipSearchIndex?: boolean }

export interface AstroRunner {
  /** Resolves with the build's exit code (0 = success). */
  run(dir: string, logFile: string, options?: RunOptions): Promise<number | null>
  close(): void
}

const astroCli = () => path.join(projectRoot(), 'node_modules/astro/bin/astro.mjs')

/** A fresh `astro build` process per build: simple, slower (start-up every time). */
export function spawnRunner(env: NodeJS.ProcessEnv): AstroRunner {
  return {
    run: (dir, logFile) => {
      const log = fs.openSync(logFile, 'w')
      const child = spawn(process.execPath, [astroCli(), 'build'], {
        cwd: projectRoot(),
        env: { ...env, SITE_OUT_DIR: dir, NODE_ENV: 'production' },
        stdio: ['ignore', log, log],
      })
      return new Promise((resolve) => {
        child.on('exit', (code) => {
          fs.closeSync(log)
          resolve(code)
        })
        child.on('error', () => resolve(-1))
      })
    },
    close: () => undefined,
  }
}

type Reply = { id: number; ok: boolean; error?: string; ready?: boolean }

/** One long-lived build process (cms/publish/buildWorker.ts), restarted after it crashes or every 50 builds. */
export class WorkerRunner implements AstroRunner {
  #child: ChildProcess | undefined
  #builds = 0
  #next = 1
  #log: fs.WriteStream | undefined

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  #start(): ChildProcess {
    // One process (node with tsx's loader, not the tsx wrapper), so it sees its parent go away and exits.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot(), 'cms/publish/buildWorker.ts')], {
      cwd: projectRoot(),
      env: { ...this.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    child.stdout?.on('data', (chunk) => this.#log?.write(chunk))
    child.stderr?.on('data', (chunk) => this.#log?.write(chunk))
    child.on('exit', () => {
      if (this.#child === child) this.#child = undefined
    })
    this.#builds = 0
    return child
  }

  run(dir: string, logFile: string, options: RunOptions = {}): Promise<number | null> {
    if (this.#child && this.#builds >= 50) this.close()
    this.#child ??= this.#start()
    const child = this.#child
    const id = this.#next++
    this.#builds++
    this.#log = fs.createWriteStream(logFile)
    return new Promise((resolve) => {
      const finish = (code: number | null) => {
        child.off('message', onMessage)
        child.off('exit', onExit)
        this.#log?.end()
        this.#log = undefined
        resolve(code)
      }
      const onMessage = (reply: Reply) => {
        if (reply.id === id) finish(reply.ok ? 0 : 1)
      }
      const onExit = (code: number | null) => finish(code === 0 ? 1 : code)
      child.on('message', onMessage)
      child.on('exit', onExit)
      child.send({ id, dir, skipSearchIndex: Boolean(options.skipSearchIndex) })
    })
  }

  close(): void {
    this.#child?.kill()
    this.#child = undefined
  }
}
