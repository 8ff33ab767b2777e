/**
 * Memory of a child process tree, sampled from /proc every `intervalMs`: the largest per-process
 * peak (VmHWM, kept by the kernel, so exact up to the last sample before a process exits) and the
 * peak of the summed current RSS of all descendants (sampled). Optionally time-stamps the lines a
 * build appends to its log, to split the build into phases with millisecond resolution.
 */
import fs from 'node:fs'
import { stripVTControlCharacters } from 'node:util'

/** `cpuMs`: CPU time (user + system) of the tree's processes while watched (up to each one's last sample), less sensitive to load than wall time. */
export type TreeMemory = { peakProcessMb: number; peakTreeMb: number; processes: number; samples: number; cpuMs: number }
export type LogLine = { ms: number; text: string }

/** Clock ticks of /proc/<pid>/stat are 1/100 s on Linux. */
export const TICK_MS = 10
/** utime + stime of a /proc/<pid>/stat line (fields 14 and 15; the command name may hold spaces). */
export const cpuTicks = (stat: string): number => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12])
}
const kb = (status: string, key: string): number => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0)

export function descendants(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // gone between readdir and read
    }
  }
  const found: number[] = []
  const queue = [...(children.get(root) ?? [])]
  while (queue.length > 0) {
    const pid = queue.shift() as number
    found.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return found
}

export class TreeWatcher {
  #timer: NodeJS.Timeout | undefined
  #hwm = new Map<number, number>()
  /** CPU ticks of each process: first seen, last seen. */
  #ticks = new Map<number, { first: number; last: number }>()
  #peakTree = 0
  #samples = 0
  #started = performance.now()
  #log: { file: string | undefined; offset: number; partial: string; lines: LogLine[] }

  /** `findLog` names the log file to follow (called each tick; when it names a newer file, that one is followed from its start). */
  constructor(
    private readonly root = process.pid,
    private readonly intervalMs = 100,
    private readonly findLog?: () => string | undefined,
  ) {
    this.#log = { file: undefined, offset: 0, partial: '', lines: [] }
  }

  start(): this {
    this.#started = performance.now()
    this.#timer = setInterval(() => this.#sample(), this.intervalMs)
    return this
  }

  #sample(): void {
    this.#samples++
    let tree = 0
    for (const pid of descendants(this.root)) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
        tree += kb(status, 'VmRSS')
        this.#hwm.set(pid, Math.max(this.#hwm.get(pid) ?? 0, kb(status, 'VmHWM')))
        const ticks = cpuTicks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
        const seen = this.#ticks.get(pid)
        // A process first seen after the watch began counts from its start (it is new), one seen at once from now.
        this.#ticks.set(pid, { first: seen?.first ?? (this.#samples === 1 ? ticks : 0), last: ticks })
      } catch {
        // exited
      }
    }
    this.#peakTree = Math.max(this.#peakTree, tree)
    this.#readLog()
  }

  #readLog(): void {
    const log = this.#log
    // Follow the newest log: a build retried in a fresh process writes a second one.
    const file = this.findLog?.() ?? log.file
    if (file !== log.file) Object.assign(log, { file, offset: 0, partial: '', lines: [] })
    if (!log.file || !fs.existsSync(log.file)) return
    const size = fs.statSync(log.file).size
    if (size <= log.offset) return
    const fd = fs.openSync(log.file, 'r')
    const buffer = Buffer.alloc(size - log.offset)
    fs.readSync(fd, buffer, 0, buffer.length, log.offset)
    fs.closeSync(fd)
    log.offset = size
    const parts = (log.partial + buffer.toString('utf8')).split('\n')
    log.partial = parts.pop() ?? ''
    const ms = performance.now() - this.#started
    for (const text of parts) log.lines.push({ ms, text: stripVTControlCharacters(text) })
  }

  stop(): { memory: TreeMemory; lines: LogLine[] } {
    clearInterval(this.#timer)
    this.#readLog()
    const mb = (value: number) => Math.round(value / 1024)
    return {
      memory: {
        peakProcessMb: mb(Math.max(0, ...this.#hwm.values())),
        peakTreeMb: mb(this.#peakTree),
        processes: this.#hwm.size,
        samples: this.#samples,
        cpuMs: [...this.#ticks.values()].reduce((sum, { first, last }) => sum + (last - first) * TICK_MS, 0),
      },
      lines: this.#log.lines,
    }
  }
}
