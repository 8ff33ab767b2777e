/**
 * The edits the publish bench makes: the newest item of each public collection (so it is in its
 * section feed), a unit rename and a media alt-text change, each with the page, the feed and the
 * text that must be served over HTTP before the edit counts as live.
 */
import type { Payload, Where } from 'payload'
import { contentType, type PublicSlug } from '../cms/domain/contentTypes/index.ts'

export type EditTarget = {
  label: string
  collection: PublicSlug | 'units' | 'media'
  id: number | string
  field: string
  /** The field's new value carrying the marker. */
  value: (marker: string) => string
  /** Must show the marker. */
  page: string
  /** Must show the marker (null: the document has no feed item of its own — a unit). */
  feed: string | null
  /**
   * The page the search entry must point at; null: the edit changes no search entry (an image's alt text
   * is not indexed, publisher/rules/searchText.ts), so the edit is live once page and feed show it.
   */
  searchPage: string | null
}

/** The sections the bench edits: their collection, feed and title field come from the content-type table. */
const SECTIONS = (['bulletins', 'exposures', 'goodPeople', 'tvEpisodes', 'knowledge'] as const).map((key) => {
  const type = contentType(key)
  return { collection: type.slug, feed: type.feed ?? '', field: type.titleField }
})

/** The links of a feed's items, newest first, as site paths with their #fragment. */
async function feedLinks(base: string, feed: string): Promise<string[]> {
  const xml = await (await fetch(`${base}${feed}`)).text()
  return [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => {
    const url = new URL(match[1] as string)
    return `${url.pathname}${url.hash}`
  })
}

type Doc = Record<string, unknown> & { id: number | string }

async function docFor(payload: Payload, collection: string, link: string): Promise<{ doc: Doc; page: string } | null> {
  const [pathname = '', hash = ''] = link.split('#')
  // A knowledge answer's item links its own page now (issue 25); an older build linked #q-<id> on the list.
  const where: Where =
    collection === 'knowledge' && hash.startsWith('q-')
      ? { id: { equals: hash.replace(/^q-/, '') } }
      : { slug: { equals: pathname.split('/').filter(Boolean).at(-1) ?? '' } }
  const found = await payload.find({ collection: collection as 'bulletins', where, limit: 1, depth: 0, overrideAccess: true })
  const doc = found.docs[0] as unknown as Doc | undefined
  return doc ? { doc, page: pathname } : null
}

export async function editTargets(payload: Payload, base: string): Promise<EditTarget[]> {
  const targets: EditTarget[] = []
  for (const section of SECTIONS) {
    const link = (await feedLinks(base, section.feed))[0]
    const found = link ? await docFor(payload, section.collection, link) : null
    if (!found) throw new Error(`bench: no item in ${section.feed}`)
    const original = String(found.doc[section.field])
    targets.push({
      label: section.collection,
      collection: section.collection,
      id: found.doc.id,
      field: section.field,
      value: (marker) => `${original.replace(/ bm\w+$/, '')} ${marker}`,
      page: found.page,
      feed: section.feed,
      searchPage: found.page,
    })
  }
  const unit = (await payload.find({ collection: 'units', where: { slug: { equals: 'street-1' } }, limit: 1, overrideAccess: true }))
    .docs[0]
  if (!unit) throw new Error('bench: no unit street-1')
  targets.push({
    label: 'unit rename',
    collection: 'units',
    id: unit.id,
    field: 'name',
    value: (marker) => `第1街道 ${marker}`,
    page: '/units/street-1/',
    feed: null,
    searchPage: '/units/street-1/',
  })
  for (const link of await feedLinks(base, '/bulletins/rss.xml')) {
    const found = await docFor(payload, 'bulletins', link)
    const cover = found?.doc.cover
    if (!found || cover === null || cover === undefined) continue
    targets.push({
      label: 'media alt text',
      collection: 'media',
      id: cover as number,
      field: 'alt',
      value: (marker) => `合成题图 ${marker}`,
      page: found.page,
      feed: '/bulletins/rss.xml',
      searchPage: null,
    })
    return targets
  }
  throw new Error('bench: no bulletin with a cover in the feed')
}

/** 20 edits over the 7 kinds: each collection in turn, the unit rename and the alt text twice each. */
export function editPlan(targets: EditTarget[], edits: number): EditTarget[] {
  return Array.from({ length: edits }, (_, i) => targets[i % targets.length] as EditTarget)
}
