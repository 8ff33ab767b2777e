import type { Payload } from 'payload'
import { demoPhoto, type PALETTES } from './images.ts'

type Id = number | string
const SEED_CONTEXT = { seeding: true, skipRebuild: true }

/** Find a document by one unique field, or create it. Returns its id. Idempotent. */
export async function upsertBy(
  payload: Payload,
  collection: Parameters<Payload['find']>[0]['collection'],
  field: string,
  value: string,
  create: () => Promise<Record<string, unknown>>,
  draft = false,
): Promise<Id> {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const existing = found.docs[0]
  if (existing) return existing.id
  const created = await payload.create({ collection, data: (await create()) as never, draft, overrideAccess: true, context: SEED_CONTEXT })
  return created.id
}

/** A generated demo photo in the media library, found again by file name on the next run. */
export async function upsertPhoto(
  payload: Payload,
  image: { seed: number; palette: keyof typeof PALETTES; alt: string; portrait?: boolean },
): Promise<Id> {
  const name = `demo-${image.palette}-${image.seed}${image.portrait ? '-portrait' : ''}.jpg`
  const found = await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0].id
  const data = await demoPhoto(image.seed, image.palette, image.portrait ? 'portrait' : 'landscape')
  const created = await payload.create({
    collection: 'media',
    data: { alt: image.alt, credit: '演示图片' },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  return created.id
}

export { SEED_CONTEXT }
