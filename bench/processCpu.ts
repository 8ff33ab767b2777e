/**
 * CPU time (user + system, from /proc) of the processes under a bench server, summed by what they
 * are: the answering server (publisher/server.ts), its photo workers (publisher/photoWorker.ts) and
 * the rest (the build process, tsx's wrapper). Read before and after a drive, the difference says
 * where the machine's CPU went while residents waited. Linux only; zeros elsewhere.
 */
import fs from 'node:fs'
import { cpuTicks, descendants, TICK_MS } from './procWatch.ts'

export type CpuByRole = { serverMs: number; photoWorkersMs: number; otherMs: number }

function cpuMs(pid: number): { ms: number; command: string } {
  try {
    const ms = cpuTicks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) * TICK_MS
    return { ms, command: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') }
  } catch {
    return { ms: 0, command: '' }
  }
}

/** CPU used so far by each kind of process under `root` (those still running). */
export function cpuByRole(root: number | undefined): CpuByRole {
  const total: CpuByRole = { serverMs: 0, photoWorkersMs: 0, otherMs: 0 }
  if (root === undefined) return total
  for (const pid of fs.existsSync('/proc') ? [root, ...descendants(root)] : []) {
    const { ms, command } = cpuMs(pid)
    if (command.includes('photoWorker.ts')) total.photoWorkersMs += ms
    else if (command.includes('publisher/server.ts') && !command.includes('tsx/dist/cli')) total.serverMs += ms
    else total.otherMs += ms
  }
  return total
}

export const cpuSince = (before: CpuByRole, after: CpuByRole): CpuByRole => ({
  serverMs: after.serverMs - before.serverMs,
  photoWorkersMs: after.photoWorkersMs - before.photoWorkersMs,
  otherMs: after.otherMs - before.otherMs,
})
