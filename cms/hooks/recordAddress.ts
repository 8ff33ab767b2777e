import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'
import { type AddressRecord, addressChanges, type PublishedAddress } from '../domain/addresses.ts'
import { typeOfSlug } from '../domain/contentTypes/index.ts'
import { documentPath } from '../domain/publicPaths.ts'
import { slugs } from '../slugs.ts'

type Doc = { id?: string | number; slug?: unknown; _status?: unknown }
const contextKey = (collection: string, id: unknown) => `addressBefore:${collection}:${String(id)}`

/** The address a document row gives while published (units have no drafts: always published). */
export function addressOf(collection: string, doc: Doc | null | undefined): PublishedAddress | null {
  if (!doc || typeof doc.slug !== 'string' || doc.slug === '') return null
  if (doc._status !== undefined && doc._status !== 'published') return null
  // A type without pages of its own (ads, knowledge) shows its items on the section's list: no address per item.
  if (typeOfSlug(collection)?.site.detailPages === false) return null
  const path = documentPath(collection, doc.slug)
  return path ? { slug: doc.slug, path } : null
}

/** The document as the public sees it (its main row, not a newer draft), inside the save's transaction. */
async function publishedRow(payload: Payload, collection: string, id: string | number, req: PayloadRequest): Promise<Doc | null> {
  const { docs } = await payload.find({
    collection: collection as typeof slugs.units,
    where: { id: { equals: id } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs[0] as Doc | undefined) ?? null
}

async function apply(
  req: PayloadRequest,
  collection: string,
  docId: string,
  before: PublishedAddress | null,
  after: PublishedAddress | null,
) {
  const { payload } = req
  const where: Where = { and: [{ collection: { equals: collection } }, { docId: { equals: docId } }] }
  const { docs } = await payload.find({
    collection: slugs.siteAddresses,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const records = docs as unknown as AddressRecord[]
  for (const change of addressChanges(records, { collection, docId }, { before, after }, new Date())) {
    if (change.op === 'create') await payload.create({ collection: slugs.siteAddresses, data: change.record, overrideAccess: true, req })
    else
      await payload.update({
        collection: slugs.siteAddresses,
        where,
        data: { withdrawnAt: change.op === 'withdraw' ? change.at : null },
        overrideAccess: true,
        req,
      })
  }
}

/** Before a write: remember the address the document has on the public site now. */
export const rememberPublishedAddress: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const row = await publishedRow(req.payload, collection.slug, originalDoc.id, req)
  req.context[contextKey(collection.slug, originalDoc.id)] = addressOf(collection.slug, row)
  return data
}

/** After a write: record a new published address, or mark the document's addresses withdrawn / live again (cms/domain/addresses.ts). */
export const recordAddress: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const before = (req.context[contextKey(collection.slug, doc.id)] as PublishedAddress | null | undefined) ?? null
  const after = addressOf(collection.slug, await publishedRow(req.payload, collection.slug, doc.id, req))
  await apply(req, collection.slug, String(doc.id), before, after)
  return doc
}

/** After a delete: the document's addresses answer 410 Gone. */
export const recordAddressOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await apply(req, collection.slug, String(doc.id), addressOf(collection.slug, doc), null)
  return doc
}
