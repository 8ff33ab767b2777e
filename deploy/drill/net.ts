/**
 * The drill's own network: one bridge in the root namespace and one namespace per simulated host, each
 * joined to the bridge by a veth pair, with addresses from a private /24 the drill picks (10.213.<n>.0/24,
 * <n> unused on this machine). Every name starts with `ccd<pid>` so a later run can remove the leftovers
 * of a crashed one (`removeLeftovers`), and `remove()` deletes exactly what `createNetwork` made.
 */
import { execFileSync, spawnSync } from 'node:child_process'

export const PREFIX = 'ccd'
export type Host = { name: string; ns: string; address: string; link: string }
export type Network = {
  tag: string
  subnet: string
  /** The bridge's own address: nginx, PostgreSQL and the drill's clients live in the root namespace. */
  gateway: string
  hosts: Record<string, Host>
  /** Extra addresses on the bridge for clients (one "network" each for the limits). */
  clientAddress: (n: number) => string
  cut: (host: string) => void
  restore: (host: string) => void
  remove: () => void
}

const ip = (...args: string[]): string => execFileSync('ip', args, { encoding: 'utf8' })
const quietIp = (...args: string[]): void => void spawnSync('ip', args, { stdio: 'ignore' })

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Namespaces and links named ccd<pid>… whose drill process is gone: removed (never anyone else's). */
export function removeLeftovers(): string[] {
  const removed: string[] = []
  const ours = (name: string) => {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)`).exec(name)?.[1] ?? 0)
    return pid > 0 && pid !== process.pid && !alive(pid)
  }
  for (const line of ip('netns', 'list').split('\n')) {
    const name = line.split(' ')[0] ?? ''
    if (!name || !ours(name)) continue
    quietIp('netns', 'delete', name)
    removed.push(name)
  }
  for (const line of ip('-o', 'link', 'show').split('\n')) {
    const name = (/^\d+: ([^:@]+)/.exec(line)?.[1] ?? '').trim()
    if (!name || !ours(name)) continue
    quietIp('link', 'delete', name)
    removed.push(name)
  }
  return removed
}

/** A /24 in 10.213.0.0/16 that no address or route on this machine uses. */
function freeSubnet(): number {
  const used = ip('-4', 'addr').concat(ip('-4', 'route'))
  for (let offset = 0; offset < 250; offset++) {
    const n = ((process.pid + offset) % 250) + 1
    if (!used.includes(`10.213.${n}.`)) return n
  }
  throw new Error('no free 10.213.<n>.0/24 on this machine')
}

export function createNetwork(hostNames: readonly string[], clients: number): Network {
  const tag = `${PREFIX}${process.pid}`
  const n = freeSubnet()
  const base = `10.213.${n}`
  const bridge = `${tag}br`
  const made: { namespaces: string[]; links: string[] } = { namespaces: [], links: [] }
  const remove = () => {
    for (const ns of made.namespaces) quietIp('netns', 'delete', ns)
    for (const link of made.links) quietIp('link', 'delete', link)
  }
  try {
    ip('link', 'add', bridge, 'type', 'bridge')
    made.links.push(bridge)
    ip('addr', 'add', `${base}.1/24`, 'dev', bridge)
    for (let i = 0; i < clients; i++) ip('addr', 'add', `${base}.${100 + i}/32`, 'dev', bridge)
    ip('link', 'set', bridge, 'up')
    const hosts: Record<string, Host> = {}
    hostNames.forEach((name, index) => {
      const ns = `${tag}-${name}`
      const link = `${tag}h${index}`
      ip('netns', 'add', ns)
      made.namespaces.push(ns)
      ip('link', 'add', link, 'type', 'veth', 'peer', 'name', `${link}p`)
      made.links.push(link)
      ip('link', 'set', `${link}p`, 'netns', ns)
      ip('link', 'set', link, 'master', bridge)
      ip('link', 'set', link, 'up')
      const address = `${base}.${11 + index}`
      ip('-n', ns, 'addr', 'add', `${address}/24`, 'dev', `${link}p`)
      ip('-n', ns, 'link', 'set', `${link}p`, 'up')
      ip('-n', ns, 'link', 'set', 'lo', 'up')
      ip('-n', ns, 'route', 'add', 'default', 'via', `${base}.1`)
      hosts[name] = { name, ns, address, link }
    })
    const hostOf = (name: string) => {
      const host = hosts[name]
      if (!host) throw new Error(`no host ${name}`)
      return host
    }
    return {
      tag,
      subnet: `${base}.0/24`,
      gateway: `${base}.1`,
      hosts,
      clientAddress: (i) => `${base}.${100 + i}`,
      cut: (name) => void ip('link', 'set', hostOf(name).link, 'down'),
      restore: (name) => void ip('link', 'set', hostOf(name).link, 'up'),
      remove,
    }
  } catch (error) {
    remove()
    throw error
  }
}
