import { proposeRevocations } from '../../cms/collections/TitleRevocations/propose.ts'
import { chinaDay, storedDay } from '../../cms/domain/dates.ts'
import type { SeedContext } from '../context.ts'
import { marketRecord, titles } from '../data/titles.ts'

/** The demo's reviewer acts for these steps (the seed runs without a signed-in person). */
const REVIEWER = { id: null, role: 'reviewer', collection: 'users' } as never

/**
 * 文明称号, then the 摘牌 rule at work: 和平街道's confirmed 问责 (seed/steps/workbench.ts) proposes
 * revoking its title, which the reviewer accepts; a 问责 recorded on 市场监督管理局 proposes revoking
 * its title, left pending for the reviewer.
 */
export async function seedTitles(ctx: SeedContext): Promise<void> {
  for (const title of titles) {
    await ctx.upsert('civility-titles', title.slug, async () => ({
      slug: title.slug,
      category: title.category,
      level: title.level,
      year: title.year,
      unit: title.unit ? ctx.unit(title.unit) : null,
      holder: title.holder ?? null,
      issuer: title.issuer,
      citation: ctx.richText(title.citation),
      noticeFrom: title.notice ? storedDay(title.notice.from) : null,
      noticeTo: title.notice ? storedDay(title.notice.to) : null,
      reviews: title.reviews ?? [],
      _status: 'published',
    }))
  }
  await revokeHeping(ctx)
  await recordMarket(ctx)
}

async function revokeHeping(ctx: SeedContext): Promise<void> {
  const { docs } = await ctx.payload.find({
    collection: 'accountability-records',
    where: { and: [{ unit: { equals: ctx.unit('s-heping') } }, { status: { equals: 'confirmed' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const record = docs[0]
  if (!record) return
  await proposeRevocations(ctx.payload, record)
  const pending = await ctx.payload.find({
    collection: 'title-revocations',
    where: { and: [{ record: { equals: record.id } }, { status: { equals: 'pending' } }] },
    depth: 0,
    overrideAccess: true,
  })
  for (const proposal of pending.docs) {
    await ctx.payload.update({
      collection: 'title-revocations',
      id: proposal.id,
      data: { status: 'accepted', revokedOn: storedDay(chinaDay(record.date) ?? record.date.slice(0, 10)) },
      user: REVIEWER,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  }
}

async function recordMarket(ctx: SeedContext): Promise<void> {
  const unit = ctx.unit(marketRecord.unit)
  const { totalDocs } = await ctx.payload.count({
    collection: 'accountability-records',
    where: { and: [{ unit: { equals: unit } }, { form: { equals: marketRecord.form } }] },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await ctx.payload.create({
    collection: 'accountability-records',
    data: { unit: unit as number, date: storedDay(marketRecord.date), form: marketRecord.form, summary: marketRecord.summary },
    user: REVIEWER,
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}
