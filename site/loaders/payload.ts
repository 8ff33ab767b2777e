/**
 * The ONLY place the site talks to the CMS: Payload's Local API, anonymous, overrideAccess:false,
 * so access control decides what is public and drafts can never reach the site.
 */
import type { Loader } from 'astro/loaders'
import { getPayload, type Payload } from 'payload'
import config from '../../cms/payload.config.ts'
import type { CollectionSlugName } from '../../cms/slugs.ts'

let instance: Promise<Payload> | undefined

export function cms(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}

/** Every published document of a collection, as an anonymous visitor may read it. */
export async function findPublic(collection: CollectionSlugName, depth = 1): Promise<Record<string, unknown>[]> {
  const payload = await cms()
  const result = await payload.find({ collection, depth, pagination: false, overrideAccess: false, draft: false })
  return result.docs as unknown as Record<string, unknown>[]
}

/** An Astro content loader fed by one CMS collection; `toEntry` maps explicit fields only. */
export function payloadLoader<T extends Record<string, unknown>>(
  collection: CollectionSlugName,
  toEntry: (doc: Record<string, unknown>) => T & { id: string },
): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const docs = await findPublic(collection)
      store.clear()
      for (const doc of docs) {
        const entry = toEntry(doc)
        const data = await parseData({ id: entry.id, data: entry })
        store.set({ id: entry.id, data, digest: generateDigest(String(doc.updatedAt ?? '')) })
      }
      logger.info(`${docs.length} published ${collection}`)
    },
  }
}
