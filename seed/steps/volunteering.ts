import { volunteerKey } from '../../cms/collections/VolunteerActivities/endpoints/storeSignup.ts'
import { PLACES_AT, phoneKey, placesRule, rosterLabel } from '../../cms/domain/volunteering/index.ts'
import { takeSlot } from '../../cms/limits/sharedLimits.ts'
import type { SeedContext } from '../context.ts'
import { daysAhead } from '../data/clock.ts'
import { activities, centres, type SeedActivity } from '../data/volunteering.ts'

type Id = number | string
/** A Beijing-time hour of a China day as the stored UTC instant. */
const instant = (day: number, hour: number): string =>
  new Date(Date.parse(`${daysAhead(day)}T00:00:00.000Z`) + (hour - 8) * 3_600_000).toISOString()

export async function seedPracticeCentres(ctx: SeedContext): Promise<void> {
  for (const centre of centres) {
    await ctx.upsert('practice-centres', centre.slug, async () => ({
      ...centre,
      unit: ctx.unit(centre.unit),
      street: centre.street ? ctx.unit(centre.street) : null,
      services: centre.services.map((service) => ({ service })),
      _status: 'published',
    }))
  }
}

/** Sign-ups as the form makes them (a place taken from the activity's counter), attendance for past ones. */
async function seedSignups(ctx: SeedContext, activity: SeedActivity, id: Id): Promise<void> {
  const { payload } = ctx
  if ((await payload.count({ collection: 'volunteer-signups', where: { activity: { equals: id } }, overrideAccess: true })).totalDocs > 0)
    return
  for (const signup of activity.signups) {
    const place = await takeSlot(payload, placesRule(activity.places), String(id), PLACES_AT)
    if (!place.allowed) break
    const past = activity.day < 0
    await payload.create({
      collection: 'volunteer-signups',
      data: {
        activity: id,
        unit: ctx.unit(activity.unit),
        status: 'signed',
        roster: rosterLabel(signup.name, signup.phone),
        contact: { name: signup.name, phone: signup.phone },
        publicName: signup.showName ? signup.name : null,
        phoneKey: phoneKey(volunteerKey(payload), id, signup.phone),
        slot: place.slot,
        attended: past,
        hours: past ? (signup.hours ?? 0) : 0,
      } as never,
      overrideAccess: true,
      context: { seeding: true, skipRebuild: true },
    })
  }
}

export async function seedVolunteerActivities(ctx: SeedContext): Promise<void> {
  const centreIds = new Map<string, Id>()
  for (const centre of centres) centreIds.set(centre.slug, await ctx.upsert('practice-centres', centre.slug, async () => ({})))
  for (const activity of activities) {
    const id = await ctx.upsert(
      'volunteer-activities',
      activity.slug,
      async () => ({
        title: activity.title,
        slug: activity.slug,
        startsAt: instant(activity.day, activity.from),
        endsAt: instant(activity.day, activity.to),
        place: activity.place,
        unit: ctx.unit(activity.unit),
        centre: activity.centre ? centreIds.get(activity.centre) : null,
        places: activity.places,
        bring: activity.bring ?? null,
        summary: activity.summary,
        body: ctx.richText(activity.body),
        photos: await Promise.all((activity.photos ?? []).map((photo) => ctx.photo(photo))),
        _status: activity.status,
      }),
      activity.status === 'draft',
    )
    await seedSignups(ctx, activity, id)
  }
}
