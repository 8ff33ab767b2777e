/** Upcoming and past activities, places left, hours per unit, centres by street. Pure: entries and the clock in. */
import { placesLeft } from '../../../cms/domain/volunteering/index.ts'
import type { PracticeCentreEntry, UnitRef, VolunteerActivityEntry } from '../entries.ts'
import type { Keyed } from '../sections.ts'
import type { SignupTallyEntry } from './tally.ts'

export type Activity = Keyed<VolunteerActivityEntry>
const time = (value: string): number => new Date(value).getTime()

/** Not yet ended, soonest first (slug breaks ties). */
export const upcoming = (items: readonly Activity[], now: Date): Activity[] =>
  items
    .filter((item) => time(item.data.endsAt) > now.getTime())
    .sort((a, b) => a.data.startsAt.localeCompare(b.data.startsAt) || a.id.localeCompare(b.id))

/** Ended, newest first. */
export const past = (items: readonly Activity[], now: Date): Activity[] =>
  items
    .filter((item) => time(item.data.endsAt) <= now.getTime())
    .sort((a, b) => b.data.startsAt.localeCompare(a.data.startsAt) || a.id.localeCompare(b.id))

export const isOpen = (entry: VolunteerActivityEntry, now: Date): boolean => time(entry.startsAt) > now.getTime()

export const leftOf = (entry: VolunteerActivityEntry & { cmsId: string }, tallies: ReadonlyMap<string, SignupTallyEntry>): number =>
  placesLeft(entry.places, tallies.get(entry.cmsId)?.taken ?? 0)

export type UnitHoursRow = { unit: UnitRef; activities: number; volunteers: number; hours: number; names: string[] }

/** Hours per organising unit from the public tallies, most hours first; names only those agreed. */
export function unitHours(items: readonly Activity[], tallies: ReadonlyMap<string, SignupTallyEntry>): UnitHoursRow[] {
  const rows = new Map<string, UnitHoursRow>()
  for (const { data } of items) {
    const tally = tallies.get(data.cmsId)
    if (!data.unit || !tally || tally.attended === 0) continue
    const row = rows.get(data.unit.slug) ?? { unit: data.unit, activities: 0, volunteers: 0, hours: 0, names: [] }
    row.activities += 1
    row.volunteers += tally.attended
    row.hours += tally.hours
    row.names = [...new Set([...row.names, ...tally.names])].sort()
    rows.set(data.unit.slug, row)
  }
  return [...rows.values()].sort((a, b) => b.hours - a.hours || a.unit.name.localeCompare(b.unit.name, 'zh'))
}

export type StreetGroup = { slug: string; name: string; centres: Keyed<PracticeCentreEntry>[] }
const LEVEL_ORDER = ['centre', 'institute', 'station']

/** Centres grouped by street (district centres first, under 区（市）级中心), each group by level then name. */
export function byStreet(items: readonly Keyed<PracticeCentreEntry>[]): StreetGroup[] {
  const groups = new Map<string, StreetGroup>()
  for (const item of items) {
    const slug = item.data.street?.slug ?? ''
    const group = groups.get(slug) ?? { slug, name: item.data.street?.name ?? '区（市）级新时代文明实践中心', centres: [] }
    group.centres.push(item)
    groups.set(slug, group)
  }
  const rank = (item: Keyed<PracticeCentreEntry>) => LEVEL_ORDER.indexOf(item.data.level.value)
  for (const group of groups.values()) group.centres.sort((a, b) => rank(a) - rank(b) || a.data.name.localeCompare(b.data.name, 'zh'))
  return [...groups.values()].sort((a, b) => (a.slug === '' ? -1 : b.slug === '' ? 1 : a.name.localeCompare(b.name, 'zh')))
}

/** A unit's own activities for its page: the upcoming ones first (soonest first), then the latest past ones; at most `max`. */
export function unitActivities(items: readonly Activity[], unitSlug: string, now: Date, max = 5): { items: Activity[]; total: number } {
  const own = items.filter((item) => item.data.unit?.slug === unitSlug)
  return { items: [...upcoming(own, now), ...past(own, now)].slice(0, max), total: own.length }
}
