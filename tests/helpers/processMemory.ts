/**
 * The memory of the process that serves a port, read from /proc (Linux): `npm start`'s server runs
 * a few processes below the test (tsx, start.ts, tsx again), so it is found by its listening socket.
 */
import fs from 'node:fs'

/** The inode of the socket listening on `port` (IPv4 or IPv6), or null. */
function listeningInode(port: number): string | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local_address is "ADDR:PORT"; state 0A is LISTEN; the inode is the tenth field.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') return fields[9] ?? null
    }
  }
  return null
}

/** The pid of the process listening on `port`. */
export function listeningPid(port: number): number {
  const inode = listeningInode(port)
  if (!inode) throw new Error(`nothing listens on port ${port}`)
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds: string[] = []
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid)
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  throw new Error(`no process found for the socket on port ${port}`)
}

/** VmRSS of a process, in bytes. */
export function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1]) * 1024
}
