/**
 * The ONLY place the site talks to the CMS: Payload's Local API, anonymous, overrideAccess:false,
 * so access control decides what is public and drafts can never reach the site.
 *
 * Incremental: after the first load, a collection re-reads only documents changed since its last
 * sync (plus the list of slugs still public, to drop unpublished ones). A change to units or media
 * — which other entries embed — triggers a full reload. Exposures whose deadline day may have
 * ended since the last load are re-read too: their public status changes by the clock alone. A
 * preview build (its build request names one draft; run only for signed-in staff into a directory
 * that is never served publicly, with a content store of its own) adds that one draft, and puts the
 * published version of the draft it showed last back (or drops it), so previews load incrementally.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Loader } from 'astro/loaders'
import { getPayload, type Payload, type Where } from 'payload'
import { BUILD_REQUEST_FILE, type BuildRequest, parseBuildRequest } from '../../cms/domain/buildRequest.ts'
import { deadlinesTurnedOverdue } from '../../cms/domain/nextChange.ts'
import config from '../../cms/payload.config.ts'
import type { CollectionSlugName } from '../../cms/slugs.ts'

type Doc = Record<string, unknown>
let instance: Promise<Payload> | undefined

export function cms(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}

async function findPublic(collection: CollectionSlugName, where?: Where): Promise<Doc[]> {
  const payload = await cms()
  const result = await payload.find({ collection, depth: 1, pagination: false, overrideAccess: false, draft: false, where })
  return result.docs as unknown as Doc[]
}

async function publicSlugs(collection: CollectionSlugName): Promise<Set<string>> {
  const payload = await cms()
  const result = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: false, select: { slug: true } as never })
  return new Set(result.docs.map((doc) => String((doc as Doc).slug)))
}

/** True when units or media changed since `since`: entries embed their names, alt texts and renditions. */
async function sharedDataChanged(since: string): Promise<boolean> {
  const payload = await cms()
  for (const collection of ['units', 'media'] as const) {
    const { totalDocs } = await payload.count({ collection, where: { updatedAt: { greater_than: since } }, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}

/** What this build is for, from the file the site builder left in Astro's cache folder (none: a plain build). */
export function buildRequest(cacheDir: URL): BuildRequest {
  const file = path.join(fileURLToPath(cacheDir), BUILD_REQUEST_FILE)
  return parseBuildRequest(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)
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

/** Fields whose meaning changes by the clock: documents whose value fell due since the last load are re-read. */
const CLOCK_FIELDS: Partial<Record<CollectionSlugName, string>> = { exposures: 'deadline' }

/** Documents changed since `since`, plus those the clock changed (exposures whose deadline day ended since). */
function changedSince(collection: CollectionSlugName, since: string, now: Date): Where {
  const changed: Where = { updatedAt: { greater_than: since } }
  const field = CLOCK_FIELDS[collection]
  const range = field ? deadlinesTurnedOverdue(new Date(since), now) : null
  if (!field || !range) return changed
  return { or: [changed, { and: [{ [field]: { greater_than_equal: range.from } }, { [field]: { less_than_equal: range.to } }] }] }
}

/** An Astro content loader fed by one CMS collection; `toEntry` maps explicit fields only. */
export function payloadLoader<T extends Record<string, unknown>>(
  collection: CollectionSlugName,
  toEntry: (doc: Doc) => T & { id: string },
): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, meta, parseData, generateDigest, logger, config }) => {
      const now = new Date()
      const syncedAt = now.toISOString()
      const request = buildRequest(config.cacheDir)
      const since = meta.get('syncedAt')
      const incremental = since !== undefined && !(await sharedDataChanged(since))
      const docs = incremental ? await findPublic(collection, changedSince(collection, since, now)) : await findPublic(collection)
      const previewed = meta.get('previewed')
      if (incremental) {
        const keep = await publicSlugs(collection)
        for (const key of store.keys()) if (!keep.has(key)) store.delete(key)
        if (previewed) store.delete((JSON.parse(previewed) as Previewed).entryId)
        docs.push(...(await restorePreviewed(collection, previewed)))
      } else store.clear()
      meta.delete('previewed')
      const preview = await previewDoc(collection, request)
      for (const doc of preview ? [...docs, preview] : docs) {
        const entry = toEntry(doc)
        const data = await parseData({ id: entry.id, data: entry })
        // Digest of the entry itself, not only updatedAt: a clock-driven field (an exposure turning overdue) changes it too.
        store.set({ id: entry.id, data, digest: generateDigest(entry) })
        if (doc === preview) meta.set('previewed', JSON.stringify({ entryId: entry.id, cmsId: String(preview.id) } satisfies Previewed))
      }
      meta.set('syncedAt', syncedAt)
      logger.info(`${incremental ? `${docs.length} changed` : `${docs.length} published`} ${collection}`)
    },
  }
}

/** The build request as one content entry ('request'), so routes read it with getEntry (site/lib/buildScope.ts). */
export const buildRequestLoader: Loader = {
  name: 'campaign:build-request',
  load: async ({ store, config }) => {
    const request = buildRequest(config.cacheDir)
    store.clear()
    store.set({ id: 'request', data: request as unknown as Record<string, unknown> })
  },
}
