import type { Payload, PayloadRequest } from 'payload'
import { storedDay } from '../../domain/dates.ts'
import { slugs } from '../../slugs.ts'

/** The latest granted extension's deadline (stored date-only value) of an exposure, or null. */
export async function latestGrant(payload: Payload, id: number | string | undefined, req?: PayloadRequest): Promise<string | null> {
  if (id === undefined || !payload.collections[slugs.deadlineExtensions]) return null
  const { docs } = await payload.find({
    collection: slugs.deadlineExtensions,
    where: { and: [{ exposure: { equals: id } }, { status: { equals: 'granted' } }] },
    sort: '-decidedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const granted = docs[0]?.grantedDeadline
  return granted ? storedDay(granted.slice(0, 10)) : null
}
