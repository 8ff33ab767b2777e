import { hashTrackingCode } from '../../cms/domain/trackingCode.ts'
import type { SeedContext } from '../context.ts'
import { daysAgo } from '../data/clock.ts'
import { messages } from '../data/messages.ts'

/** 10:00 Beijing time on a seed day, as the stored instant (the site test computes the expected rates with it). */
export const at = (days: number): string => new Date(Date.parse(`${daysAgo(days)}T02:00:00.000Z`)).toISOString()

/** 留言 as the form and the workflow leave them: the deadline is computed on save from receivedAt. */
export async function seedMessages(ctx: SeedContext): Promise<void> {
  for (const message of messages) {
    const answered = message.reply !== undefined && message.answeredDaysAgo !== undefined
    await ctx.upsert(
      'messages',
      message.slug,
      async () => ({
        slug: message.slug,
        title: message.title,
        category: message.category,
        text: message.text,
        allowPublic: message.allowPublic,
        unit: message.unit ? ctx.unit(message.unit) : null,
        receivedAt: at(message.receivedDaysAgo),
        routedAt: message.unit ? at(message.receivedDaysAgo) : null,
        reply: message.reply ?? null,
        answeredAt: answered ? at(message.answeredDaysAgo as number) : null,
        rating: message.rating ?? null,
        contact: message.contact ?? {},
        ratedAt: message.rating ? at((message.answeredDaysAgo as number) - 1) : null,
        trackingHash: hashTrackingCode(message.code),
        reviewState: answered ? 'approved' : 'draft',
        _status: answered ? 'published' : 'draft',
      }),
      !answered,
    )
  }
}
