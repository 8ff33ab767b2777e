/** 问卷: the demo surveys, published, with answers stored as the answer endpoint stores them (one row each). */
import { browserKey } from '../../cms/collections/Surveys/endpoints/store.ts'
import { SURVEY_LIMITS } from '../../cms/domain/surveys/index.ts'
import type { SeedContext } from '../context.ts'
import { daysAhead } from '../data/clock.ts'
import { type SeedSurvey, surveys } from '../data/surveys.ts'

type Id = number | string
/** A Beijing-time hour of a China day as the stored UTC instant. */
const instant = (day: number, hour: number): string =>
  new Date(Date.parse(`${daysAhead(day)}T00:00:00.000Z`) + (hour - 8) * 3_600_000).toISOString()

/** The n-th demo response: mostly aware and satisfied, deterministic. */
function answersOf(survey: SeedSurvey, n: number): unknown[] {
  return survey.questions.map((question, q) => {
    const roll = (n * 7 + q * 13) % 10
    if (question.kind === 'text') return survey.texts[n % survey.texts.length] || null
    if (question.kind === 'scale') return Math.min(SURVEY_LIMITS.scaleMax, 2 + (roll % 4))
    const count = question.options?.length ?? 0
    if (question.kind === 'single') return roll < 7 ? 0 : 1 + (roll % Math.max(1, count - 1))
    const picked = (question.options ?? []).flatMap((option, o) => ((option.correct ? roll < 8 : (roll + o) % 3 === 0) ? [o] : []))
    return picked.length > 0 ? picked : question.required ? [0] : null
  })
}

async function seedResponses(ctx: SeedContext, survey: SeedSurvey, id: Id, districts: Id[]): Promise<void> {
  const { payload } = ctx
  if ((await payload.count({ collection: 'survey-responses', where: { survey: { equals: id } }, overrideAccess: true })).totalDocs > 0)
    return
  for (let n = 0; n < survey.responses; n++)
    await payload.create({
      collection: 'survey-responses',
      data: {
        survey: id,
        browserKey: browserKey(payload.secret, id, { id: `seed-${survey.slug}-${n}`, issuedAt: 0 }),
        district: survey.askDistrict ? (districts[n % districts.length] ?? null) : null,
        answers: answersOf(survey, n),
        netSlot: `seed|${survey.slug}|${n}`,
      } as never,
      overrideAccess: true,
      disableTransaction: true,
    })
}

export async function seedSurveys(ctx: SeedContext): Promise<void> {
  const districts = ['d-jingming', 'd-ruihe'].map((code) => ctx.unit(code))
  for (const survey of surveys) {
    const id = await ctx.upsert('surveys', survey.slug, async () => ({
      slug: survey.slug,
      title: survey.title,
      intro: survey.intro,
      opensAt: instant(survey.opensDay, 8),
      closesAt: instant(survey.closesDay, 20),
      askDistrict: survey.askDistrict,
      publicResults: survey.publicResults,
      questions: survey.questions.map((question) => ({ ...question, options: question.options ?? [] })),
      _status: 'published',
    }))
    await seedResponses(ctx, survey, id, districts)
  }
}
