/**
 * CPU time (user + system, from /proc) of the processes under a bench server, summed by what they
 * are: the answering server (publisher/server.ts), its photo workers (publisher/photoWorker.ts) and
 * the rest (the build process, tsx's wrapper). Read before and after a drive, the difference says
 * where the machine's CPU went while residents waited. Linux only; zeros elsewhere.
 */
import fs from 'node:fs'

export type CpuByRole = { serverMs: number; photoWorkersMs: number; otherMs: number }

const TICK_MS = 10 // USER_HZ is 100 on Linux.

function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // gone between readdir and read
    }
  }
  const found = [root]
  for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index] as number) ?? []))
  return found
}

function cpuMs(pid: number): { ms: number; command: string } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return { ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS, command }
  } catch {
    return { ms: 0, command: '' }
  }
}

/** CPU used so far by each kind of process under `root` (those still running). */
export function cpuByRole(root: number | undefined): CpuByRole {
  const total: CpuByRole = { serverMs: 0, photoWorkersMs: 0, otherMs: 0 }
  if (root === undefined) return total
  for (const pid of processTree(root)) {
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
