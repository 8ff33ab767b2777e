import type { Payload } from 'payload'
import { DEFAULT_VOLUNTEER_CONTACT_RETENTION_DAYS, eraseEndedBefore, PLACES_AT, placesRule } from '../domain/volunteering/index.ts'
import { resetSubject } from '../limits/sharedLimits.ts'
import { slugs } from '../slugs.ts'

/**
 * Daily, with the 随手拍 contacts (cms/jobs/eraseReportContacts.ts): the name, phone, masked roster
 * and phone digest of sign-ups whose activity ended more than `days` ago are erased; attendance,
 * hours and a name the volunteer agreed to show stay. The activity's place counters go too.
 */
export async function eraseVolunteerContacts(
  payload: Payload,
  now: Date,
  days = DEFAULT_VOLUNTEER_CONTACT_RETENTION_DAYS,
): Promise<number> {
  const before = eraseEndedBefore(now, days).toISOString()
  const { docs: ended } = await payload.find({
    collection: slugs.volunteerActivities,
    where: { endsAt: { less_than_equal: before } },
    depth: 0,
    pagination: false,
    select: { places: true },
    overrideAccess: true,
  })
  let erased = 0
  for (const activity of ended) {
    const { docs } = await payload.find({
      collection: slugs.volunteerSignups,
      where: { and: [{ activity: { equals: activity.id } }, { contactErasedAt: { exists: false } }] },
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
    })
    for (const doc of docs) {
      await payload.update({
        collection: slugs.volunteerSignups,
        id: doc.id,
        data: { contact: { name: null, phone: null }, roster: '（已删除）', phoneKey: null, contactErasedAt: now.toISOString() } as never,
        overrideAccess: true,
        context: { job: 'eraseVolunteerContacts', skipRebuild: true },
      })
      erased++
    }
    await resetSubject(payload, placesRule(Number(activity.places ?? 0)), String(activity.id), PLACES_AT)
  }
  return erased
}
