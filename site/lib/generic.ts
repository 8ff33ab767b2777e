/**
 * Pure helpers for the generic types' pages (site/pages/[section]/): order, cards, the links a
 * document gathers resolved against what is published now, feed items, unit and home blocks.
 * No Astro imports: unit-tested directly (tests/unit/generic-site.test.ts).
 */
import { type ContentType, documentPathOf, type GenericType, typeOfSlug } from '../../cms/domain/contentTypes/index.ts'
import type { GenericEntry, GenericRef } from './entries.ts'
import { feedDated, feedGuid, feedImage } from './feedItemFacts.ts'
import type { FeedSource } from './feeds.ts'

export type Keyed<T> = { id: string; data: T }

/** Newest first by date; the slug breaks ties, so the order never depends on the content store. */
export const newestFirst = <T extends Keyed<{ date: string }>>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))

/** A document's page: /<route>/<slug>/. */
export const detailPath = (type: GenericType, slug: string): string => documentPathOf(type, slug)

/** What a list shows of a document (its props stay small: no body). */
export type Card = Pick<GenericEntry, 'title' | 'date' | 'summary' | 'image' | 'meta'> & { path: string }

export const toCard = (type: GenericType, { id, data }: Keyed<GenericEntry>): Card => ({
  path: detailPath(type, id),
  title: data.title,
  date: data.date,
  summary: data.summary,
  image: data.image,
  meta: data.meta,
})

/** A gathered item as its page lists it. */
export type ResolvedRef = { title: string; path: string; typeLabel: string; typeKey: string }

/** What is published now, by collection slug and CMS id: title and page. */
export type PublishedIndex = ReadonlyMap<string, ReadonlyMap<string, { slug: string; title: string }>>

/** The label a type is shown with next to a link: its section's label, else its singular label. */
export const typeLabel = (type: ContentType): string => type.site.section?.label.zh ?? type.labels.singular.zh

/**
 * The links in the editors' order, keeping only documents published now (a taken-down, deleted or
 * draft item is left out: takedown = gone), each with its current title, page and type label.
 */
export function resolveRefs(refs: readonly GenericRef[], published: PublishedIndex): ResolvedRef[] {
  return refs.flatMap((ref) => {
    const type = typeOfSlug(ref.relationTo)
    const doc = published.get(ref.relationTo)?.get(ref.id)
    if (!type || !doc) return []
    return [{ title: doc.title, path: documentPathOf(type, doc.slug), typeLabel: typeLabel(type), typeKey: type.key }]
  })
}

const esc = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** A feed item: meta lines, the body, the gathered links (already resolved), the units as categories. */
export function feedSource(type: GenericType, { id, data }: Keyed<GenericEntry>, refs: readonly ResolvedRef[]): FeedSource {
  const meta = data.meta.map((line) => `${esc(line.label)}：${esc(line.value)}`).join('　')
  const lead = type.generic.body ? '' : `<p>${esc(data.summary)}</p>`
  const links = refs.map((ref) => `<li><a href="${ref.path}">${esc(ref.title)}</a>（${esc(ref.typeLabel)}）</li>`).join('')
  return {
    guid: feedGuid(type.slug, data),
    title: data.title,
    path: detailPath(type, id),
    ...feedDated(data, data.date),
    units: data.units.map((unit) => unit.slug),
    summary: data.summary,
    html: `${meta ? `<p>${meta}</p>` : ''}${lead}${data.html}${links ? `<ul>${links}</ul>` : ''}`,
    categories: [type.site.section.label.zh, ...data.units.map((unit) => unit.name)],
    image: feedImage(data.image),
  }
}

/** The documents that name a unit, newest first, at most `limit` (a unit's page block). */
export function forUnit<T extends Keyed<GenericEntry>>(items: readonly T[], unit: string, limit: number): T[] {
  return newestFirst(items.filter((item) => item.data.units.some((ref) => ref.slug === unit))).slice(0, limit)
}
