import type { Payload } from 'payload'
import { settingsOf } from '../config/fromPayload.ts'
import { eraseClosedBefore } from '../domain/residentReports.ts'
import { slugs } from '../slugs.ts'
import { erasePendingPhotos } from './erasePendingPhotos.ts'

/**
 * Daily, with the 随手拍 contacts (cms/jobs/eraseReportContacts.ts): the name and phone a resident left
 * with a 留言 are erased REPORT_CONTACT_RETENTION_DAYS after the reply was published.
 */
export async function eraseMessageContacts(
  payload: Payload,
  now: Date,
  days = settingsOf(payload).terms.reportContactRetentionDays,
): Promise<number> {
  const { docs } = await payload.find({
    collection: slugs.messages,
    where: {
      and: [
        { answeredAt: { less_than_equal: eraseClosedBefore(now, days).toISOString() } },
        { contactErasedAt: { exists: false } },
        { or: [{ 'contact.name': { exists: true } }, { 'contact.phone': { exists: true } }] },
      ],
    },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  for (const doc of docs)
    await payload.db.updateOne({
      collection: slugs.messages,
      id: doc.id,
      data: { contact: { name: null, phone: null }, contactErasedAt: now.toISOString() },
    })
  // A photo that could not be processed goes with the contact (README "Residents take part").
  await erasePendingPhotos(
    payload,
    slugs.messages,
    docs.map((doc) => doc.id),
  )
  return docs.length
}
