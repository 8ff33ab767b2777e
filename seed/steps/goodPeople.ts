import { entryLevel, LADDER } from '../../cms/domain/ladder.ts'
import type { SeedContext } from '../context.ts'
import { goodPeople, selectionRounds } from '../data/goodPeople.ts'

export async function seedSelectionRounds(ctx: SeedContext): Promise<void> {
  for (const round of selectionRounds) {
    const id = await ctx.upsert(
      'selection-rounds',
      round.slug,
      async () => ({
        title: round.title,
        slug: round.slug,
        period: { start: round.start, end: round.end },
        status: round.status,
        description: round.description,
        noticeFrom: round.notice?.from ?? null,
        noticeTo: round.notice?.to ?? null,
        _status: round.publish,
      }),
      round.publish === 'draft',
    )
    ctx.rounds.set(round.slug, id)
  }
}

/** Nominees enter at their channel's entry level and are promoted one level at a time, as the ladder requires. */
export async function seedGoodPeople(ctx: SeedContext): Promise<void> {
  for (const person of goodPeople) {
    const draft = person.status === 'draft'
    const id = await ctx.upsert(
      'good-people',
      person.slug,
      async () => ({
        name: person.name,
        slug: person.slug,
        photo: await ctx.photo(person.image),
        story: ctx.richText(person.story),
        category: person.category,
        channel: person.channel,
        unit: ctx.unit(person.unit),
        round: ctx.rounds.get(person.round),
        level: entryLevel(person.channel),
        _status: person.status,
      }),
      draft,
    )
    const current = await ctx.payload.findByID({ collection: 'good-people', id, depth: 0, draft: true, overrideAccess: true })
    const from = LADDER.indexOf(current.level ?? entryLevel(person.channel))
    for (const level of LADDER.slice(from + 1, LADDER.indexOf(person.level) + 1)) {
      await ctx.payload.update({
        collection: 'good-people',
        id,
        data: { level, _status: person.status },
        draft,
        overrideAccess: true,
        context: { seeding: true },
      })
    }
  }
}
