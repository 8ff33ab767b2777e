/**
 * The drill's processes: each started in a namespace (`ip netns exec`) as the leader of its own process
 * group, so kill -9 reaches the whole host (a server and any build worker it started), and every one of
 * them is stopped when the drill ends, however it ends.
 */
import { type ChildProcess, spawn } from 'node:child_process'

export type HostProcess = {
  label: string
  output: () => string
  running: () => boolean
  /** SIGKILL to the whole process group: the host dies mid-work and releases nothing. */
  kill: () => Promise<void>
  /** SIGTERM, then SIGKILL after 10 s. */
  stop: () => Promise<void>
  /** The exit code (null after a signal). */
  exited: Promise<number | null>
}

const started: HostProcess[] = []

export function startIn(ns: string | null, label: string, command: string[], env: NodeJS.ProcessEnv, cwd: string): HostProcess {
  const argv = ns ? ['ip', 'netns', 'exec', ns, ...command] : command
  const child: ChildProcess = spawn(argv[0] as string, argv.slice(1), { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const running = () => child.exitCode === null && child.signalCode === null
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  const kill = async () => {
    signalGroup('SIGKILL')
    await exited
  }
  const stop = async () => {
    if (!running()) return signalGroup('SIGKILL')
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    signalGroup('SIGKILL')
  }
  const proc: HostProcess = { label, output: () => output, running, kill, stop, exited }
  started.push(proc)
  return proc
}

/** Every process the drill started, stopped (on success, error or signal). */
export const stopAll = (): Promise<void> => Promise.all(started.map((proc) => proc.stop())).then(() => undefined)

/** Synchronous last resort (process 'exit'): SIGKILL every group still there. */
export function killAllNow(): void {
  for (const proc of started) if (proc.running()) void proc.kill()
}
