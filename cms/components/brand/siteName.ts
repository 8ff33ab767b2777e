/** The office's site name for the admin, read from 网站设置 (public by nature: anonymous read). */
import type { Payload } from 'payload'
import { adminSiteName } from '../../domain/adminBrand.ts'
import { globalSlugs } from '../../slugs.ts'

export async function readAdminSiteName(payload: Payload): Promise<string> {
  try {
    const identity = await payload.findGlobal({ slug: globalSlugs.siteIdentity, depth: 0, overrideAccess: false })
    return adminSiteName((identity as { siteName?: unknown }).siteName)
  } catch {
    // Before the first migration there is no table yet: the product's name.
    return adminSiteName(undefined)
  }
}
