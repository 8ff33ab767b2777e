import type { SeedContext } from '../context.ts'
import { episodes } from '../data/episodes.ts'

export async function seedEpisodes(ctx: SeedContext): Promise<void> {
  for (const episode of episodes) {
    await ctx.upsert(
      'tv-episodes',
      episode.slug,
      async () => ({
        title: episode.title,
        slug: episode.slug,
        series: episode.series,
        episodeNumber: episode.episodeNumber,
        airDate: episode.airDate,
        embedUrl: episode.embedUrl ?? null,
        cover: await ctx.photo(episode.image),
        summary: ctx.richText(episode.summary),
        questionedUnits: episode.questionedUnits.map(ctx.unit),
        officials: episode.officials.map((official) => ({ name: official.name, post: official.post, unit: ctx.unit(official.unit) })),
        issues: episode.issues.map((issue) => ({
          title: issue.title,
          unit: ctx.unit(issue.unit),
          promise: issue.promise ?? null,
          promiseDeadline: issue.promiseDeadline ?? null,
          followUps: issue.followUps,
        })),
        _status: episode.status,
      }),
      episode.status === 'draft',
    )
  }
}
