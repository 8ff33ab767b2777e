/**
 * Feeds per unit (issue 25): a district's or any unit's exposures, the bulletins naming it and the TV
 * issues put to it (and the other items naming it), with the units below it, as the unit page counts
 * them. /units/<slug>/rss.xml and /units/<slug>/feed.json; the 媒体合作 page lists them.
 */
import type { FeedSource } from './feeds.ts'
import { offerNewest } from './feeds.ts'

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
  return unitFeedLists([slug], units, [sources]).get(slug) ?? []
}

/**
 * The feed of each unit of `slugs` (unitFeedSources), from every section's items (`sections`, in the order
 * their items are taken) in one pass: each item is offered to the feeds of the units it names and of the units
 * above them, and each feed keeps only its UNIT_FEED_SIZE newest (issue 26: at 100,000 items sorting every
 * matching item once per unit was most of listing the unit feeds' paths). The same items, in the same order, as
 * newestFirst(matching items).slice(0, UNIT_FEED_SIZE): ties keep the order the items came in.
 */
export function unitFeedLists(
  slugs: readonly string[],
  units: readonly UnitNode[],
  sections: readonly (readonly FeedSource[])[],
): Map<string, FeedSource[]> {
  // Each unit slug → the feeds (of `slugs`) it counts in: the unit's own and those of every unit above it.
  const feedsOf = new Map<string, string[]>()
  for (const feed of slugs) for (const unit of unitsUnder(feed, units)) feedsOf.set(unit, [...(feedsOf.get(unit) ?? []), feed])
  const lists = new Map<string, FeedSource[]>(slugs.map((slug) => [slug, []]))
  for (const sources of sections) {
    for (const source of sources) {
      if (!source.units?.length) continue
      const feeds =
        source.units.length === 1
          ? feedsOf.get(source.units[0] as string)
          : [...new Set(source.units.flatMap((unit) => feedsOf.get(unit) ?? []))]
      for (const feed of feeds ?? []) offerNewest(lists.get(feed) as FeedSource[], source, UNIT_FEED_SIZE)
    }
  }
  return lists
}
