/**
 * The published document an anonymous endpoint acts on, by the id a resident's form sent: the id's
 * shape is checked first (no query for junk), then read as anonymous (published only, public fields).
 */
import type { CollectionSlug, PayloadRequest, SelectType } from 'payload'

const ID_SHAPE = /^[\w-]{1,64}$/

export async function publishedById(
  payload: PayloadRequest['payload'],
  collection: CollectionSlug,
  rawId: unknown,
  select: SelectType,
): Promise<Record<string, unknown> | null> {
  const id = String(rawId ?? '')
  if (!ID_SHAPE.test(id)) return null
  const { docs } = await payload.find({ collection, where: { id: { equals: id } }, limit: 1, depth: 0, select, overrideAccess: false })
  return (docs[0] as unknown as Record<string, unknown> | undefined) ?? null
}
