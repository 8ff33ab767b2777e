/** Offline demo content for the campaign site. Safe to run twice: everything is found by a unique key first. */
import type { Payload } from 'payload'
import { bulletins } from './data/bulletins.ts'
import { richText } from './lexical.ts'
import { upsertBy, upsertPhoto } from './upsert.ts'

export type SeedReport = Record<string, number>

export async function seedDemoContent(payload: Payload, log: (line: string) => void = () => undefined): Promise<SeedReport> {
  for (const item of bulletins) {
    const cover = await upsertPhoto(payload, item.image)
    await upsertBy(
      payload,
      'bulletins',
      'slug',
      item.slug,
      async () => ({
        title: item.title,
        slug: item.slug,
        date: item.date,
        summary: item.summary,
        cover,
        body: richText(item.body),
        _status: item.status,
      }),
      item.status === 'draft',
    )
  }
  log(`通报 / bulletins: ${bulletins.length}`)
  const counts: SeedReport = {}
  for (const collection of ['bulletins', 'media', 'users'] as const) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

/** True when the database holds no campaign content yet (users alone do not count). */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  return (await payload.count({ collection: 'bulletins', overrideAccess: true })).totalDocs === 0
}
