import type { SeedContext } from '../context.ts'

/**
 * Links that last, shown in the demo: the 督查专报 第13期 was first published as
 * /bulletins/supervision-2026-no13/ before the office tidied its slugs, so that address answers 301
 * to /bulletins/supervision-2026-13/ (the record the server keeps on a rename, 网址记录).
 */
export async function seedAddresses(ctx: SeedContext): Promise<void> {
  const { payload } = ctx
  const { docs } = await payload.find({
    collection: 'bulletins',
    where: { slug: { equals: 'supervision-2026-13' } },
    limit: 1,
    overrideAccess: true,
  })
  const bulletin = docs[0]
  if (!bulletin) return
  const old = { collection: 'bulletins', docId: String(bulletin.id), slug: 'supervision-2026-no13' }
  const known = await payload.count({
    collection: 'site-addresses',
    where: { and: Object.entries(old).map(([field, value]) => ({ [field]: { equals: value } })) },
    overrideAccess: true,
  })
  if (known.totalDocs > 0) return
  await payload.create({ collection: 'site-addresses', data: { ...old, path: '/bulletins/supervision-2026-no13/' }, overrideAccess: true })
}
