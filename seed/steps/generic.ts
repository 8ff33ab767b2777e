/**
 * The seed of every generic type of the content-type table: its data is seed/data/<key>.ts (default
 * export, SeedGeneric[]), found by the type's key, so a new type's seed is that one file. Documents
 * are found by slug first (idempotent); the shape says which values are paragraphs, images, units or
 * links. Types that link to others go last, so what they link to exists.
 */
import { CONTENT_TYPES, type GenericShape, type GenericType, genericTypes } from '../../cms/domain/contentTypes/index.ts'
import type { SeedContext } from '../context.ts'
import type { SeedGeneric, SeedImage, SeedRef } from '../data/types.ts'

async function refOf(ctx: SeedContext, ref: SeedRef): Promise<{ relationTo: string; value: number | string }> {
  const collection = CONTENT_TYPES[ref.type].slug
  const found = await ctx.payload.find({
    collection,
    where: { slug: { equals: ref.slug } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const doc = found.docs[0]
  if (!doc) throw new Error(`seed: ${ref.type} ${ref.slug} not found`)
  return { relationTo: collection, value: doc.id }
}

/** A seed item's values as the collection stores them. */
export async function genericData(ctx: SeedContext, shape: GenericShape, item: SeedGeneric): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = { ...item, _status: item.status }
  delete data.status
  if (shape.body && Array.isArray(item[shape.body])) data[shape.body] = ctx.richText(item[shape.body] as string[])
  if (shape.image && item[shape.image]) data[shape.image] = await ctx.photo(item[shape.image] as SeedImage)
  if (shape.units) data[shape.units] = ((item[shape.units] ?? []) as string[]).map(ctx.unit)
  if (shape.refs) {
    const refs = (item[shape.refs.field] ?? []) as SeedRef[]
    data[shape.refs.field] = await Promise.all(refs.map((ref) => refOf(ctx, ref)))
  }
  return data
}

async function seedType(ctx: SeedContext, type: GenericType): Promise<void> {
  const module = (await import(`../data/${type.key}.ts`).catch(() => {
    throw new Error(`seed: a generic type needs seed/data/${type.key}.ts (default export: SeedGeneric[])`)
  })) as { default: SeedGeneric[] }
  for (const item of module.default) {
    await ctx.upsert(type.slug, item.slug, () => genericData(ctx, type.generic, item), item.status === 'draft')
  }
}

export async function seedGenericTypes(ctx: SeedContext): Promise<void> {
  const ordered = [...genericTypes].sort((a, b) => Number(Boolean(a.generic.refs)) - Number(Boolean(b.generic.refs)))
  for (const type of ordered) await seedType(ctx, type)
}
