/**
 * Polls the live site through nginx for the whole drill and checks every answer is a complete, finished
 * build: the home page nginx sent must be byte for byte the index.html of the build the live link pointed
 * to just before or just after the request (builds never change once live), and end with </html>.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ask } from './client.ts'

export type PollStats = { answers: number; complete: number; notComplete: number; failed: number; builds: number; problems: string[] }

export function startLivePoller(base: string, liveLink: string, from: string): { stop: () => Promise<PollStats> } {
  const pages = new Map<string, string>()
  const stats: PollStats = { answers: 0, complete: 0, notComplete: 0, failed: 0, builds: 0, problems: [] }
  const pageOf = (target: string | null): string | null => {
    if (!target) return null
    if (!pages.has(target)) {
      const file = path.join(path.resolve(path.dirname(liveLink), target), 'index.html')
      pages.set(target, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
    }
    return pages.get(target) ?? null
  }
  const target = (): string | null => {
    try {
      return fs.readlinkSync(liveLink)
    } catch {
      return null
    }
  }
  let running = true
  const loop = (async () => {
    while (running) {
      const before = target()
      pageOf(before)
      const answer = await ask(`${base}/`, { from, timeoutMs: 30_000 })
      const after = target()
      stats.answers++
      if (answer.status !== 200) {
        stats.failed++
        if (stats.problems.length < 5) stats.problems.push(`${new Date().toISOString()} status ${answer.status} ${answer.error ?? ''}`)
      } else if (answer.text.trimEnd().endsWith('</html>') && [pageOf(before), pageOf(after)].includes(answer.text)) stats.complete++
      else {
        stats.notComplete++
        if (stats.problems.length < 5)
          stats.problems.push(`${new Date().toISOString()} an answer matching no finished build (live ${before} → ${after})`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      stats.builds = pages.size
      return stats
    },
  }
}
