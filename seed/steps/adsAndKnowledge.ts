import type { SeedContext } from '../context.ts'
import { ads } from '../data/ads.ts'
import { knowledge } from '../data/knowledge.ts'
import { quizMarks } from '../data/quiz.ts'
import { upsertVideo } from '../video.ts'

export async function seedAds(ctx: SeedContext): Promise<void> {
  for (const ad of ads) {
    await ctx.upsert(
      'public-ads',
      ad.slug,
      async () => ({
        title: ad.title,
        slug: ad.slug,
        series: ad.series,
        format: ad.format,
        image: ad.image ? await ctx.photo(ad.image) : null,
        slogan: ad.slogan ?? null,
        video: ad.video ? await upsertVideo(ctx.payload, ad.video) : null,
        placements: ad.placements.map((placement) => ({
          kind: placement.kind,
          unit: ctx.unit(placement.unit),
          address: placement.address,
        })),
        validFrom: ad.validFrom,
        validTo: ad.validTo ?? null,
        themes: ad.themes,
        _status: ad.status,
      }),
      ad.status === 'draft',
    )
  }
}

export async function seedKnowledge(ctx: SeedContext): Promise<void> {
  for (const item of knowledge) {
    await ctx.upsert(
      'knowledge',
      item.slug,
      async () => ({
        question: item.question,
        slug: item.slug,
        answer: ctx.richText(item.answer),
        topic: item.topic,
        kind: item.kind,
        order: item.order,
        quiz: quizMarkOf(item.slug),
        _status: item.status,
      }),
      item.status === 'draft',
    )
  }
}

/** The 应知应会测试题 of a demo item (seed/data/quiz.ts), or not marked. */
function quizMarkOf(slug: string) {
  const mark = quizMarks[slug]
  if (!mark) return { enabled: false }
  return {
    enabled: true,
    question: mark.question,
    options: mark.options.map((text) => ({ text })),
    correct: mark.correct,
    explanation: mark.explanation,
  }
}
