/**
 * Gives the public documents saved before feed GUIDs were stored their GUID and first-publish date
 * (issue 25), through the database adapter (no hooks: nothing is re-published or re-dated). Run by
 * the migration that adds the fields; safe to run again (documents that have a GUID are left alone).
 * The GUID is the one the feeds already showed (cms/domain/feeds/feedIdentity.ts backfilledFeedId).
 */
import { randomUUID } from 'node:crypto'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { publicSlugs } from '../domain/contentTypes/index.ts'
import { backfilledFeedId, newFeedId } from '../domain/feeds/feedIdentity.ts'

type Row = { id: string | number; feedId?: string | null; firstPublishedAt?: string | null; createdAt?: string; _status?: string }

/**
 * The document's versions get the same values: a save reads the latest version as the document it
 * changes, so a version without the GUID would have the next save make a new one.
 */
async function backfillVersions(
  payload: Payload,
  collection: CollectionSlug,
  parent: string | number,
  values: { feedId: string; firstPublishedAt: string | null },
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const { docs } = await payload.db.findVersions({ collection, where: { parent: { equals: parent } }, limit: 0, pagination: false, req })
  for (const version of docs) {
    const data = version.version as Record<string, unknown>
    await payload.db.updateVersion({
      collection,
      id: version.id,
      versionData: {
        ...version,
        version: { ...data, feedId: values.feedId, firstPublishedAt: data.firstPublishedAt ?? values.firstPublishedAt },
      },
      req,
    })
  }
}

export async function backfillFeedIdentity(payload: Payload, siteUrl: string | undefined, req?: Partial<PayloadRequest>): Promise<number> {
  let changed = 0
  for (const collection of publicSlugs) {
    const { docs } = await payload.db.find({
      collection,
      where: { feedId: { exists: false } },
      limit: 0,
      pagination: false,
      req,
    })
    for (const doc of docs as unknown as Row[]) {
      const feedId = backfilledFeedId({ siteUrl, collection, id: doc.id, fresh: newFeedId(randomUUID()) })
      const firstPublishedAt = doc.firstPublishedAt ?? (doc._status === 'published' ? (doc.createdAt ?? null) : null)
      await payload.db.updateOne({ collection, id: doc.id, data: { feedId, firstPublishedAt }, req })
      await backfillVersions(payload, collection, doc.id, { feedId, firstPublishedAt }, req)
      changed += 1
    }
  }
  return changed
}
