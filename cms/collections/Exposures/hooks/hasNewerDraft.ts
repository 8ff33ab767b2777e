import type { Payload, PayloadRequest } from 'payload'
import { slugs } from '../../../slugs.ts'

/** Whether the exposure's latest version is an unreviewed draft: system updates leave it alone so they never publish it. */
export async function hasNewerDraft(payload: Payload, id: number | string, req?: PayloadRequest): Promise<boolean> {
  const latest = await payload.findVersions({
    collection: slugs.exposures,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return latest.docs[0]?.version?._status === 'draft'
}
