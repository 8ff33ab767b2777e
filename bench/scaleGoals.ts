/** The goals of issue 26 at 100,000 items (full build, publish p95, builder memory, creating the site); only for runs of 100,000 or more. */
import type { Goal, Results } from './report.ts'

export const SCALE_ITEMS = 100_000

export function scaleGoals(results: Results, items: number): Goal[] {
  if (items < SCALE_ITEMS) return []
  const list: Goal[] = []
  const { build, publish, creation } = results
  if (creation)
    list.push({
      goal: 'creating the 100,000-item synthetic site ≤ 10 min',
      value: `${(creation.ms / 60_000).toFixed(1)} min${creation.cpuMs === undefined ? '' : ` (CPU ${(creation.cpuMs / 60_000).toFixed(1)} min)`}`,
      pass: creation.ms <= 10 * 60_000,
    })
  if (build) {
    list.push({ goal: '100,000 items: full build ≤ 2 ms/page', value: `${build.full.msPerPage} ms/page`, pass: build.full.msPerPage <= 2 })
    const peakMb = build.full.memory.peakTreeMb
    list.push({ goal: '100,000 items: builder peak memory ≤ 4 GB', value: `${peakMb} MB (whole tree)`, pass: peakMb <= 4096 })
  }
  if (publish)
    list.push({
      goal: '100,000 items: publish-to-live p95 ≤ 5 s',
      value: `${publish.p95} ms`,
      pass: publish.failures.length === 0 && publish.p95 <= 5000,
    })
  return list
}
