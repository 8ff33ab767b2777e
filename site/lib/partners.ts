/**
 * 媒体合作 (/partners/, issue 25): every feed a newsroom can take, in RSS and JSON, by section, by
 * district (with the units below each) and for the departments. Pure.
 */
import type { Labelled } from './entries.ts'
import { paths } from './urls.ts'

/** The page of copy-paste embeds for partners (built by the embeds work of issue 25). */
export const EMBED_PATH = '/partners/embed/'

export const rssFeedPathOfUnit = (slug: string): string => paths.unitFeed(slug)
export const jsonFeedPathOfUnit = (slug: string): string => paths.unitJsonFeed(slug)

export type FeedLink = { label: string; page: string; rss: string; json: string }
type Unit = { slug: string; name: string; kind: Labelled; parent: string | null }
export type DistrictFeeds = FeedLink & { kind: string; below: (FeedLink & { kind: string; depth: number })[] }

const unitLink = (unit: Unit): FeedLink => ({
  label: unit.name,
  page: paths.unit(unit.slug),
  rss: rssFeedPathOfUnit(unit.slug),
  json: jsonFeedPathOfUnit(unit.slug),
})

const zh = new Intl.Collator('zh-CN', { numeric: true })
const byName = (a: Unit, b: Unit): number => zh.compare(a.name, b.name)

/**
 * The unit feeds as the page lists them: the city, then each district with its streets and
 * communities indented below it (grids are left out: their items are in their community's feed),
 * then the departments. Units not under a district or the city follow at the end.
 */
export function unitFeedGroups(units: readonly Unit[]): { city: FeedLink[]; districts: DistrictFeeds[]; departments: FeedLink[] } {
  const children = new Map<string, Unit[]>()
  for (const unit of units) if (unit.parent) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit])
  const below = (slug: string, depth: number): (FeedLink & { kind: string; depth: number })[] =>
    (children.get(slug) ?? [])
      .filter((unit) => unit.kind.value !== 'grid' && unit.kind.value !== 'department')
      .sort(byName)
      .flatMap((unit) => [{ ...unitLink(unit), kind: unit.kind.label, depth }, ...below(unit.slug, depth + 1)])
  return {
    city: units
      .filter((unit) => unit.kind.value === 'city')
      .sort(byName)
      .map(unitLink),
    districts: units
      .filter((unit) => unit.kind.value === 'district')
      .sort(byName)
      .map((unit) => ({ ...unitLink(unit), kind: unit.kind.label, below: below(unit.slug, 1) })),
    departments: units
      .filter((unit) => unit.kind.value === 'department')
      .sort(byName)
      .map(unitLink),
  }
}
