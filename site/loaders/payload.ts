/**
 * The ONLY place the site talks to the CMS: Payload's Local API, anonymous, overrideAccess:false,
 * so access control decides what is public and drafts can never reach the site.
 *
 * Incremental: after the first load, a collection re-reads only documents changed since its last
 * sync, and the documents that embed a unit or media item changed since (found through the
 * collection's relationship and upload fields, cms/domain/referencePaths.ts); only a deleted unit or
 * media item (it leaves no trace on the documents that showed it) re-reads everything. The list of
 * public slugs is read only when the public count says an entry went. Exposures whose deadline day may have
 * ended since the last load are re-read too: their public status changes by the clock alone. A
 * preview build (its build request names one draft; run only for signed-in staff into a directory
 * that is never served publicly, with a content store of its own) adds that one draft, and puts the
 * published version of the draft it showed last back (or drops it), so previews load incrementally.
 */
import type { Loader } from 'astro/loaders'
import { getPayload, type Payload, type Where } from 'payload'
import { contentTypes } from '../../cms/domain/contentTypes/index.ts'
import { deadlinesTurnedOverdue } from '../../cms/domain/nextChange.ts'
import { deletedSince, type FieldLike, referencePaths } from '../../cms/domain/referencePaths.ts'
import type { CollectionSlugName } from '../../cms/slugs.ts'
import type { BuildRequest } from '../lib/buildRequest.ts'
import type { PageSettings } from '../lib/pageSettings.ts'

type Doc = Record<string, unknown>
let instance: Promise<Payload> | undefined

export function cms(): Promise<Payload> {
  instance ??= import('../../cms/payload.config.ts').then(({ default: config }) => getPayload({ config }))
  return instance
}

async function findPublic(collection: CollectionSlugName, where?: Where): Promise<Doc[]> {
  const payload = await cms()
  const result = await payload.find({ collection, depth: 1, pagination: false, overrideAccess: false, draft: false, where })
  return result.docs as unknown as Doc[]
}

async function countPublic(collection: CollectionSlugName): Promise<number> {
  const payload = await cms()
  return (await payload.count({ collection, overrideAccess: false })).totalDocs
}

async function publicSlugs(collection: CollectionSlugName): Promise<Set<string>> {
  const payload = await cms()
  const result = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: false, select: { slug: true } as never })
  return new Set(result.docs.map((doc) => String((doc as Doc).slug)))
}

/** Units and media: other entries embed their names, alt texts and renditions (depth 1). */
const SHARED = ['units', 'media'] as const
type SharedCounts = Record<(typeof SHARED)[number], number>

/** How many units and media there are now (the next load compares to find deletions). */
async function sharedCounts(): Promise<SharedCounts> {
  const payload = await cms()
  const counts = {} as SharedCounts
  for (const collection of SHARED) counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  return counts
}

/**
 * What changed in units and media since `since`: the ids updated (a rename, a new alt text, a
 * replaced file), or 'deleted' when any was deleted (counted against the last load's `before`): a
 * deleted one leaves no trace on the documents that showed it, so they must all be re-read.
 */
async function sharedChanges(
  since: string,
  before: SharedCounts | null,
): Promise<{ counts: SharedCounts; updated: Record<string, (string | number)[]> | 'deleted' }> {
  const payload = await cms()
  const counts = await sharedCounts()
  const updated: Record<string, (string | number)[]> = {}
  let deleted = before === null
  for (const collection of SHARED) {
    const created = (await payload.count({ collection, where: { createdAt: { greater_than: since } }, overrideAccess: true })).totalDocs
    if (before && deletedSince(before[collection], created, counts[collection])) deleted = true
    const { docs } = await payload.find({
      collection,
      where: { updatedAt: { greater_than: since } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
    })
    updated[collection] = docs.map((doc) => doc.id)
  }
  return { counts, updated: deleted ? 'deleted' : updated }
}

/** The documents of `collection` that embed one of these units or media, or null when that cannot be asked (re-read all). */
async function embedding(collection: CollectionSlugName, updated: Record<string, (string | number)[]>): Promise<Where[] | null> {
  const payload = await cms()
  const fields = payload.collections[collection].config.flattenedFields as unknown as FieldLike[]
  const where: Where[] = []
  for (const target of SHARED) {
    const ids = updated[target] ?? []
    if (ids.length === 0) continue
    const paths = referencePaths(fields, target)
    if (paths === null) return null
    for (const path of paths) where.push({ [path]: { in: ids } })
  }
  return where
}

async function previewDoc(collection: CollectionSlugName, request: BuildRequest): Promise<Doc | undefined> {
  if (request.preview?.collection !== collection) return undefined
  const payload = await cms()
  return (await payload.findByID({ collection, id: request.preview.id, draft: true, depth: 1, overrideAccess: true })) as unknown as Doc
}

/** The draft the last preview build of this store added: its entry id and the document it came from. */
type Previewed = { entryId: string; cmsId: string }

/** Take the last preview's draft out of the store again, and put the document's public version (if any) back. */
async function restorePreviewed(collection: CollectionSlugName, raw: string | undefined): Promise<Doc[]> {
  if (!raw) return []
  const previewed = JSON.parse(raw) as Previewed
  return findPublic(collection, { id: { equals: previewed.cmsId } })
}

/** Fields whose meaning changes by the clock (the content-type table's clockField): documents whose value fell due since the last load are re-read. */
const CLOCK_FIELDS: Partial<Record<string, string>> = Object.fromEntries(
  contentTypes.flatMap((type) => (type.site.clockField ? [[type.slug, type.site.clockField]] : [])),
)

/** Documents changed since `since`, plus those the clock changed (exposures whose deadline day ended since, episodes whose open promise fell due). */
function changedSince(collection: CollectionSlugName, since: string, now: Date): Where {
  const changed: Where = { updatedAt: { greater_than: since } }
  const field = CLOCK_FIELDS[collection]
  const range = field ? deadlinesTurnedOverdue(new Date(since), now) : null
  if (!field || !range) return changed
  return { or: [changed, { and: [{ [field]: { greater_than_equal: range.from } }, { [field]: { less_than_equal: range.to } }] }] }
}

/**
 * An Astro content loader, made for one build's request and the page settings it runs with
 * (site/loaders/index.ts loadersFor: arguments, never read from the environment, rule 14).
 */
export type LoaderFor = (request: BuildRequest, page: PageSettings) => Loader

/** An Astro content loader fed by one CMS collection; `toEntry` maps explicit fields only. */
export function payloadLoader<T extends Record<string, unknown>>(
  collection: CollectionSlugName,
  toEntry: (doc: Doc, page: PageSettings) => T & { id: string },
): LoaderFor {
  return (request, page) => ({
    name: `payload:${collection}`,
    load: async ({ store, meta, parseData, generateDigest, logger }) => {
      const now = new Date()
      const syncedAt = now.toISOString()
      const since = meta.get('syncedAt')
      const before = meta.get('sharedCounts')
      const shared = since === undefined ? null : await sharedChanges(since, before ? (JSON.parse(before) as SharedCounts) : null)
      // Documents embedding a renamed unit or a re-captioned image are re-read with the changed ones.
      const embeds = shared && shared.updated !== 'deleted' ? await embedding(collection, shared.updated) : null
      const incremental = since !== undefined && embeds !== null
      const docs = incremental
        ? await findPublic(collection, { or: [changedSince(collection, since, now), ...embeds] })
        : await findPublic(collection)
      const previewed = meta.get('previewed')
      if (incremental) {
        if (previewed) store.delete((JSON.parse(previewed) as Previewed).entryId)
        docs.push(...(await restorePreviewed(collection, previewed)))
        // Entries no longer public (unpublished, deleted, an ad past its end): only when the public
        // count says some went is the whole list of public slugs read.
        const ids = new Set([...store.keys(), ...docs.map((doc) => String(doc.slug))])
        if ((await countPublic(collection)) !== ids.size) {
          const keep = await publicSlugs(collection)
          for (const key of store.keys()) if (!keep.has(key)) store.delete(key)
        }
      } else store.clear()
      meta.set('sharedCounts', JSON.stringify(shared ? shared.counts : await sharedCounts()))
      meta.delete('previewed')
      const preview = await previewDoc(collection, request)
      for (const doc of preview ? [...docs, preview] : docs) {
        const entry = toEntry(doc, page)
        const data = await parseData({ id: entry.id, data: entry })
        // Digest of the entry itself, not only updatedAt: a clock-driven field (an exposure turning overdue) changes it too.
        store.set({ id: entry.id, data, digest: generateDigest(entry) })
        if (doc === preview) meta.set('previewed', JSON.stringify({ entryId: entry.id, cmsId: String(preview.id) } satisfies Previewed))
      }
      meta.set('syncedAt', syncedAt)
      logger.info(`${incremental ? `${docs.length} changed` : `${docs.length} published`} ${collection}`)
    },
  })
}

/** The build request as one content entry ('request'), so routes read it with getEntry (site/lib/buildScope.ts). */
export const buildRequestLoader: LoaderFor = (request) => ({
  name: 'campaign:build-request',
  load: async ({ store }) => {
    store.clear()
    store.set({ id: 'request', data: request as unknown as Record<string, unknown> })
  },
})
