/**
 * The ONLY place the site talks to the CMS: Payload's Local API, anonymous, overrideAccess:false,
 * so access control decides what is public and drafts can never reach the site.
 *
 * Incremental: after the first load, a collection re-reads only documents changed since its last
 * sync (plus the list of slugs still public, to drop unpublished ones). A change to units or media
 * — which other entries embed — triggers a full reload. A preview build (PREVIEW_COLLECTION and
 * PREVIEW_ID, run only for signed-in staff into a directory that is never served publicly) adds
 * that one draft.
 */
import type { Loader } from 'astro/loaders'
import { getPayload, type Payload, type Where } from 'payload'
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

async function previewDoc(collection: CollectionSlugName): Promise<Doc | undefined> {
  if (process.env.PREVIEW_COLLECTION !== collection || !process.env.PREVIEW_ID) return undefined
  const payload = await cms()
  return (await payload.findByID({ collection, id: process.env.PREVIEW_ID, draft: true, depth: 1, overrideAccess: true })) as unknown as Doc
}

/** An Astro content loader fed by one CMS collection; `toEntry` maps explicit fields only. */
export function payloadLoader<T extends Record<string, unknown>>(
  collection: CollectionSlugName,
  toEntry: (doc: Doc) => T & { id: string },
): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, meta, parseData, generateDigest, logger }) => {
      const syncedAt = new Date().toISOString()
      const since = process.env.PREVIEW_ID ? undefined : meta.get('syncedAt')
      const incremental = since !== undefined && !(await sharedDataChanged(since))
      const docs = incremental ? await findPublic(collection, { updatedAt: { greater_than: since } }) : await findPublic(collection)
      if (incremental) {
        const keep = await publicSlugs(collection)
        for (const key of store.keys()) if (!keep.has(key)) store.delete(key)
      } else store.clear()
      const preview = await previewDoc(collection)
      for (const doc of preview ? [...docs, preview] : docs) {
        const entry = toEntry(doc)
        const data = await parseData({ id: entry.id, data: entry })
        store.set({ id: entry.id, data, digest: generateDigest(`${String(doc.updatedAt ?? '')}:${doc._status ?? ''}`) })
      }
      meta.set('syncedAt', syncedAt)
      logger.info(`${incremental ? `${docs.length} changed` : `${docs.length} published`} ${collection}`)
    },
  }
}
