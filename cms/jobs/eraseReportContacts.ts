import type { Payload, TaskConfig } from 'payload'
import { settingsOf } from '../config/fromPayload.ts'
import { eraseClosedBefore } from '../domain/residentReports.ts'
import { slugs } from '../slugs.ts'
import { eraseMessageContacts } from './eraseMessageContacts.ts'
import { erasePendingPhotos } from './erasePendingPhotos.ts'
import { eraseVolunteerContacts } from './eraseVolunteerContacts.ts'

/**
 * Daily: the reporter's name and phone on 随手拍 reports and 异议反馈 objections closed more than
 * REPORT_CONTACT_RETENTION_DAYS (default 90) days ago are erased; the rest of the record stays.
 */
export async function eraseReportContacts(
  payload: Payload,
  now = new Date(),
  days = settingsOf(payload).terms.reportContactRetentionDays,
): Promise<number> {
  const before = eraseClosedBefore(now, days).toISOString()
  let erased = 0
  for (const collection of [slugs.residentReports, slugs.objections] as const) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ closedAt: { less_than_equal: before } }, { contactErasedAt: { exists: false } }] },
      depth: 0,
      pagination: false,
      select: { closedAt: true },
      overrideAccess: true,
    })
    for (const doc of docs) {
      await payload.update({
        collection,
        id: doc.id,
        data: { contact: { name: null, phone: null }, contactErasedAt: now.toISOString() } as never,
        overrideAccess: true,
        context: { job: 'eraseReportContacts', skipRebuild: true },
      })
      erased++
    }
    // A photo that could not be processed goes with the contact (README "Residents take part").
    if (collection === slugs.residentReports)
      await erasePendingPhotos(
        payload,
        collection,
        docs.map((doc) => doc.id),
      )
  }
  return erased
}

export const eraseReportContactsTask: TaskConfig = {
  slug: 'eraseReportContacts',
  label: '删除已办结随手拍、异议和已结束志愿活动报名人的联系人信息 / Erase closed reports’ and past volunteers’ contacts',
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'erased', type: 'number' }],
  handler: async ({ req }) => {
    const reports = await eraseReportContacts(req.payload)
    // SETTINGS: VOLUNTEER_CONTACT_RETENTION_DAYS (default 90)
    const volunteers = await eraseVolunteerContacts(req.payload, new Date())
    const messages = await eraseMessageContacts(req.payload, new Date())
    return { output: { erased: reports + volunteers + messages } }
  },
}
