/**
 * Roll-ups (汇总) of the exposure board over the unit tree: a street's figures include its
 * communities and their grids. Each item counts once, under the unit the office names as
 * responsible (the exposure's 责任单位), and in every unit above it. Three strikes is NOT rolled up:
 * it counts per responsible unit only (cms/domain/exposureRules.ts threeStrikes). Pure.
 */
import { isRectified, type RectificationState, wasRectifiedLate } from './exposureRules.ts'
import { type Id, subtree } from './tree.ts'

export type RollupUnit = { id: Id; parent?: Id | null }
/** An item as the roll-up reads it; `overdue` is whether it is past its deadline unrectified now (computed by the caller with its clock). */
export type RollupItem = RectificationState & { unit: Id; overdue: boolean }

/** Items; unrectified past the deadline (逾期 or 问责); of which 问责; rectified; rectified on or before the deadline day (China). */
export type RollupCounts = { total: number; overdue: number; accountability: number; rectified: number; rectifiedOnTime: number }

export const emptyCounts = (): RollupCounts => ({ total: 0, overdue: 0, accountability: 0, rectified: 0, rectifiedOnTime: 0 })

/** The counts of a set of items. */
export function countItems(items: readonly RollupItem[]): RollupCounts {
  const counts = emptyCounts()
  for (const item of items) {
    counts.total++
    if (isRectified(item)) {
      counts.rectified++
      if (!wasRectifiedLate(item)) counts.rectifiedOnTime++
    } else if (item.status === 'accountability') {
      counts.overdue++
      counts.accountability++
    } else if (item.overdue || item.status === 'overdue') counts.overdue++
  }
  return counts
}

/** The ids of `root` and every unit below it (communities, grids). */
export const unitsUnder = (root: Id, units: readonly RollupUnit[]): Set<string> => new Set(subtree(root, units).map(String))

/** The items whose responsible unit is `root` or below it. */
export function itemsUnder<T extends { unit: Id }>(root: Id, units: readonly RollupUnit[], items: readonly T[]): T[] {
  const under = unitsUnder(root, units)
  return items.filter((item) => under.has(String(item.unit)))
}

export type Rollup = { own: RollupCounts; children: { unit: Id; counts: RollupCounts }[]; total: RollupCounts }

const add = (into: RollupCounts, from: RollupCounts): void => {
  for (const key of Object.keys(into) as (keyof RollupCounts)[]) into[key] += from[key]
}

/**
 * Every unit's roll-up at once (one pass over the items, each added to its unit and every unit above
 * it): its own items, each direct child with everything below that child, and the total over the
 * whole subtree. Children keep the order the units are given in. A cycle in the tree stops the climb.
 */
export function rollUpAll(units: readonly RollupUnit[], items: readonly RollupItem[]): Map<string, Rollup> {
  const parentOf = new Map(
    units.map((unit) => [String(unit.id), unit.parent === null || unit.parent === undefined ? null : String(unit.parent)]),
  )
  const own = new Map<string, RollupCounts>()
  const total = new Map<string, RollupCounts>()
  const counts = (map: Map<string, RollupCounts>, key: string) => map.get(key) ?? map.set(key, emptyCounts()).get(key)!
  for (const item of items) {
    const one = countItems([item])
    let key: string | null = String(item.unit)
    add(counts(own, key), one)
    const seen = new Set<string>()
    while (key !== null && !seen.has(key)) {
      seen.add(key)
      add(counts(total, key), one)
      key = parentOf.get(key) ?? null
    }
  }
  const childrenOf = new Map<string, Id[]>()
  for (const unit of units) {
    const parent = parentOf.get(String(unit.id))
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit.id])
  }
  const result = new Map<string, Rollup>()
  for (const unit of units) {
    const key = String(unit.id)
    const children = (childrenOf.get(key) ?? []).map((child) => ({ unit: child, counts: total.get(String(child)) ?? emptyCounts() }))
    result.set(key, { own: own.get(key) ?? emptyCounts(), children, total: total.get(key) ?? emptyCounts() })
  }
  return result
}

/** One unit's roll-up (see rollUpAll). */
export function rollUp(root: Id, units: readonly RollupUnit[], items: readonly RollupItem[]): Rollup {
  return rollUpAll(units, items).get(String(root)) ?? { own: emptyCounts(), children: [], total: emptyCounts() }
}
