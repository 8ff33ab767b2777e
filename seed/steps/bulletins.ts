import type { SeedContext } from '../context.ts'
import { bulletins } from '../data/bulletins.ts'
import { moreBulletins } from '../data/moreBulletins.ts'

/** Bulletins in date order, so issue numbers (第N期) follow the calendar. */
export async function seedBulletins(ctx: SeedContext): Promise<void> {
  const all = [
    ...bulletins.map((item) => ({ ...item, series: item.series ?? ('supervision' as const), units: [] as string[] })),
    ...moreBulletins,
  ]
  for (const item of all.sort((a, b) => a.date.localeCompare(b.date))) {
    await ctx.upsert(
      'bulletins',
      item.slug,
      async () => ({
        title: item.title,
        slug: item.slug,
        series: item.series,
        date: item.date,
        summary: item.summary,
        cover: await ctx.photo(item.image),
        body: ctx.richText(item.body),
        units: item.units.map(ctx.unit),
        _status: item.status,
      }),
      item.status === 'draft',
    )
  }
}
