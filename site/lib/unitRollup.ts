/**
 * Roll-ups on the site: a street's page and its exposure list include its communities and grids
 * (cms/domain/exposureRollup.ts). Three strikes stays per responsible unit (the unit's own flag).
 * Pure: the pages pass their collections in.
 */
import { itemsUnder, type Rollup, type RollupItem, type RollupUnit, rollUpAll } from '../../cms/domain/exposureRollup.ts'
import type { RectificationStatus } from '../../cms/domain/exposureRules.ts'
import type { ExposureEntry, UnitEntry, UnitRef } from './entries.ts'
import type { Item } from './exposures.ts'

/** The unit tree by slug, as the roll-up reads it. */
export const unitTree = (units: readonly Item<UnitEntry>[]): RollupUnit[] =>
  units.map((unit) => ({ id: unit.id, parent: unit.data.parent?.slug || null }))

/** An exposure as the roll-up reads it: its responsible unit, status as built, deadline and whether it is past it. */
export const rollupItem = (item: Item<ExposureEntry>): RollupItem & { id: string } => ({
  id: item.id,
  unit: item.data.unit.slug,
  status: item.data.status.value as RectificationStatus,
  deadline: item.data.deadline,
  rectifiedAt: item.data.rectifiedAt,
  overdue: item.data.overdue,
})

export const unitRefOf = (unit: Item<UnitEntry>): UnitRef => ({ slug: unit.id, name: unit.data.name, kind: unit.data.kind.value })

/** The exposures of a unit and every unit below it (a street: its communities and grids), in the order given. */
export function exposuresUnder<T extends Item<ExposureEntry>>(slug: string, units: readonly Item<UnitEntry>[], items: readonly T[]): T[] {
  const under = new Set(itemsUnder(slug, unitTree(units), items.map(rollupItem)).map((item) => item.id))
  return items.filter((item) => under.has(item.id))
}

export type UnitRollup = Omit<Rollup, 'children'> & { children: { unit: UnitRef; counts: Rollup['total'] }[] }

/** Every unit's roll-up by slug, children named for links (only children with items). */
export function unitRollups(units: readonly Item<UnitEntry>[], items: readonly Item<ExposureEntry>[]): Map<string, UnitRollup> {
  const bySlug = new Map(units.map((unit) => [unit.id, unit]))
  const all = rollUpAll(unitTree(units), items.map(rollupItem))
  return new Map(
    [...all].map(([slug, rollup]) => [
      slug,
      {
        ...rollup,
        children: rollup.children
          .filter((row) => row.counts.total > 0 && bySlug.has(String(row.unit)))
          .map((row) => ({ unit: unitRefOf(bySlug.get(String(row.unit))!), counts: row.counts })),
      },
    ]),
  )
}
