import type { SeedContext } from '../context.ts'
import { evaluationRounds } from '../data/evaluations.ts'
import { NOT_APPLICABLE } from '../data/types.ts'

/** Rounds oldest first (movement is worked out when read, so the order no longer matters for it). */
export async function seedEvaluations(ctx: SeedContext): Promise<void> {
  for (const round of [...evaluationRounds].sort((a, b) => a.start.localeCompare(b.start))) {
    await ctx.upsert(
      'evaluation-rounds',
      round.slug,
      async () => ({
        title: round.title,
        slug: round.slug,
        series: round.series,
        period: { start: round.start, end: round.end },
        evaluator: round.evaluator,
        listSize: round.listSize,
        indicators: round.indicators,
        scores: Object.entries(round.scores).flatMap(([code, byIndicator]) =>
          Object.entries(byIndicator).map(([indicator, score]) =>
            score === NOT_APPLICABLE
              ? { unit: ctx.unit(code), indicator, score: null, notApplicable: true }
              : { unit: ctx.unit(code), indicator, score, notApplicable: false },
          ),
        ),
        _status: round.status,
      }),
      round.status === 'draft',
    )
  }
}
