/**
 * Feeds per unit (issue 25): a district's or any unit's exposures, the bulletins naming it and the TV
 * issues put to it (and the other items naming it), with the units below it, as the unit page counts
 * them. /units/<slug>/rss.xml and /units/<slug>/feed.json; the 媒体合作 page lists them.
 */
import type { FeedSource } from './feeds.ts'
import { newestFirst } from './feeds.ts'

export const UNIT_FEED_SIZE = 50

type UnitNode = { slug: string; parent: string | null }

/** The unit and every unit below it (a cycle cannot loop: each unit is visited once). */
export function unitsUnder(slug: string, units: readonly UnitNode[]): Set<string> {
  const children = new Map<string, string[]>()
  for (const unit of units) if (unit.parent) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit.slug])
  const found = new Set<string>()
  const queue = [slug]
  while (queue.length > 0) {
    const next = queue.shift() as string
    if (found.has(next)) continue
    found.add(next)
    queue.push(...(children.get(next) ?? []))
  }
  return found
}

/** The newest items naming the unit or a unit below it. */
export function unitFeedSources(slug: string, units: readonly UnitNode[], sources: readonly FeedSource[]): FeedSource[] {
  const under = unitsUnder(slug, units)
  return newestFirst(sources.filter((source) => source.units?.some((unit) => under.has(unit)))).slice(0, UNIT_FEED_SIZE)
}
