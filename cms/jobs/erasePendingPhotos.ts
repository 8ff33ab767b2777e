import type { Payload } from 'payload'
import { slugs } from '../slugs.ts'

/**
 * With a report's or message's contact (eraseReportContacts, eraseMessageContacts): the bytes of its
 * photos that could not be processed (cms/jobs/processPhotos.ts keeps them, private, with the reason).
 */
export async function erasePendingPhotos(
  payload: Payload,
  owner: typeof slugs.residentReports | typeof slugs.messages,
  ids: readonly (number | string)[],
): Promise<void> {
  if (ids.length === 0) return
  await payload.delete({
    collection: slugs.pendingPhotos,
    where: { and: [{ owner: { equals: owner } }, { ownerId: { in: ids.map(String) } }] },
    overrideAccess: true,
  })
}
