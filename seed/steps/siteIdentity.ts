import type { SeedContext } from '../context.ts'
import { siteIdentity } from '../data/siteIdentity.ts'

/** The site's identity (网站设置): filled once; an administrator's later edits are kept. */
export async function seedSiteIdentity(ctx: SeedContext): Promise<void> {
  const current = await ctx.payload.findGlobal({ slug: 'site-identity', overrideAccess: true })
  if (current.siteName) return
  await ctx.payload.updateGlobal({ slug: 'site-identity', data: siteIdentity, overrideAccess: true, context: { skipRebuild: true } })
}
