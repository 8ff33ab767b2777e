import type { SeedContext } from '../context.ts'
import { exposures } from '../data/exposures.ts'

export async function seedExposures(ctx: SeedContext): Promise<void> {
  for (const item of exposures) {
    await ctx.upsert(
      'exposures',
      item.slug,
      async () => ({
        title: item.title,
        slug: item.slug,
        description: item.description.join('\n\n'),
        beforePhotos: [await ctx.photo(item.before)],
        place: item.place,
        coordinates: { lat: item.lat ?? null, lng: item.lng ?? null },
        foundAt: item.foundAt,
        unit: ctx.unit(item.unit),
        deadline: item.deadline ?? null,
        rectification: {
          status: item.status,
          reply: item.reply ?? null,
          afterPhotos: item.after ? [await ctx.photo(item.after)] : [],
          rectifiedAt: item.rectifiedAt ?? null,
        },
        reporter: item.reporter ?? {},
        _status: item.publish,
      }),
      item.publish === 'draft',
    )
  }
}
