import type { SeedContext } from '../context.ts'

type Id = number | string
/** The demo's reviewer acts for these steps (the seed runs without a signed-in person). */
const REVIEWER = { id: null, role: 'reviewer', collection: 'users' } as never

async function idOf(ctx: SeedContext, collection: 'exposures' | 'bulletins', slug: string): Promise<Id | undefined> {
  const { docs } = await ctx.payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]?.id
}

async function supervise(ctx: SeedContext, slug: string, actions: readonly ('issue' | 'verify')[]): Promise<void> {
  const id = await idOf(ctx, 'exposures', slug)
  if (id === undefined) return
  const current = await ctx.payload.findByID({ collection: 'exposures', id, depth: 0, overrideAccess: true })
  if ((current.supervision as { state?: string } | undefined)?.state && current.supervision?.state !== 'none') return
  for (const action of actions) {
    await ctx.payload.update({
      collection: 'exposures',
      id,
      data: {},
      user: REVIEWER,
      overrideAccess: true,
      context: { supervision: { action }, skipRebuild: true },
    })
  }
}

/**
 * 督办单 and 问责记录 for the demo, on the fictional 示范市 only: an order still open on the third
 * unrectified item of 和平街道, an order issued and verified (销号) on a rectified item, and the
 * three-strikes proposal for 和平街道 confirmed as a formal talk with the criticism bulletin linked.
 */
export async function seedWorkbench(ctx: SeedContext): Promise<void> {
  await supervise(ctx, 'hp-flying-wires', ['issue'])
  await supervise(ctx, 'gm-market-disorder', ['issue', 'verify'])
  const { docs } = await ctx.payload.find({
    collection: 'accountability-records',
    where: { and: [{ unit: { equals: ctx.unit('s-heping') } }, { status: { equals: 'proposed' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const proposal = docs[0]
  if (!proposal) return
  const bulletin = await idOf(ctx, 'bulletins', 'criticism-heping-three-strikes')
  await ctx.payload.update({
    collection: 'accountability-records',
    id: proposal.id,
    data: {
      status: 'confirmed',
      form: 'interview',
      summary: String(proposal.summary ?? '').replace(/请审核员.*$/, '示范市创城办已约谈和平街道主要负责人，责令限期整改并书面报告。'),
      ...(bulletin === undefined ? {} : { bulletin }),
    } as never,
    user: REVIEWER,
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}
