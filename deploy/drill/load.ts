/**
 * A steady load through nginx while a host fails: workers reading pages and the API, and every fifth
 * request a resident's 点赞 (from the load's own client addresses, each below its daily cap). Every
 * request is kept: when it started, how it ended.
 */
import { ask } from './client.ts'
import { type Site, vote } from './residents.ts'

export type LoadRecord = { kind: string; started: number; ended: number; ok: boolean; status: number; error?: string }
export type Load = { stop: () => Promise<LoadRecord[]>; votesAccepted: () => number }

const READS = ['/', '/bulletins/', '/api/bulletins?limit=5&depth=0', '/api/good-people?limit=3&depth=0']

export function startLoad(site: Site, addresses: readonly string[], workers: number, votesPerAddress: number): Load {
  const records: LoadRecord[] = []
  const used = new Map<string, number>()
  let running = true
  let n = 0
  let accepted = 0
  const voteAddress = () => addresses.find((address) => (used.get(address) ?? 0) < votesPerAddress) ?? null
  const worker = async (w: number) => {
    while (running) {
      const i = n++
      const from = voteAddress()
      if (i % 5 === 4 && from) {
        used.set(from, (used.get(from) ?? 0) + 1)
        const answer = await vote(site, from)
        const ok = answer.status === 200 && /"ok":true/.test(answer.text)
        if (ok) accepted++
        records.push({
          kind: 'vote',
          started: answer.started,
          ended: Date.now(),
          ok,
          status: answer.status,
          error: answer.error ?? (ok ? undefined : answer.text.slice(0, 120)),
        })
      } else {
        const path = READS[i % READS.length] as string
        const answer = await ask(`${site.base}${path}`, { from: addresses[w % addresses.length], timeoutMs: 30_000 })
        records.push({
          kind: `GET ${path}`,
          started: answer.started,
          ended: Date.now(),
          ok: answer.status === 200,
          status: answer.status,
          error: answer.error,
        })
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const all = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)))
  return {
    stop: async () => {
      running = false
      await all
      return records
    },
    votesAccepted: () => accepted,
  }
}
