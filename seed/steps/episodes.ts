import type { SeedContext } from '../context.ts'
import { episodes } from '../data/episodes.ts'
import { upsertVideo } from '../video.ts'

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
        // A few seconds of title card the seed encodes itself, with captions: not the real programme.
        video: await upsertVideo(ctx.payload, {
          name: episode.slug,
          card: [episode.title, `${episode.series} 第${episode.episodeNumber}期`, '示范市演示视频（本系统生成）'],
          captions: [
            `${episode.series}第${episode.episodeNumber}期：${episode.title}`,
            '本片段为示范市演示视频，由本系统生成，不是真实节目。',
          ],
          alt: `${episode.series}第${episode.episodeNumber}期《${episode.title}》演示视频`,
        }),
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
