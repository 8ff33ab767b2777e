/**
 * 志愿服务 and 文明实践 from the CMS: the two public types (explicit fields), and the public tally of
 * each activity's sign-ups (places taken, attended, hours, and the names volunteers agreed to show),
 * re-read on every build. No name or phone of a volunteer is ever read here.
 */
import type { Loader } from 'astro/loaders'
import { PRACTICE_LEVELS } from '../../cms/domain/contentTypes/index.ts'
import { idOf } from '../../cms/domain/ids.ts'
import { slugs } from '../../cms/slugs.ts'
import type * as E from '../lib/entries.ts'
import { siteImageUnder } from '../lib/media.ts'
import { htmlToText, richTextToHtml } from '../lib/richtext.ts'
import type { SignupTallyEntry } from '../lib/volunteering/tally.ts'
import { cms, payloadLoader } from './payload.ts'
import { feedFields, labelled, optional, rows, str, unitRef } from './refs.ts'

type Doc = Record<string, unknown>
const base = (doc: Doc) => ({ id: str(doc.slug), cmsId: str(doc.id), updatedAt: str(doc.updatedAt), ...feedFields(doc) })

export const volunteerActivitiesLoader = payloadLoader<E.VolunteerActivityEntry>(slugs.volunteerActivities, (doc, { mediaBase }) => {
  const html = richTextToHtml(doc.body)
  const centre = doc.centre && typeof doc.centre === 'object' ? optional((doc.centre as Doc).name) : null
  return {
    ...base(doc),
    title: str(doc.title),
    startsAt: str(doc.startsAt),
    endsAt: str(doc.endsAt),
    place: str(doc.place),
    unit: unitRef(doc.unit),
    centre,
    places: Number(doc.places ?? 0),
    bring: optional(doc.bring),
    summary: optional(doc.summary) ?? htmlToText(html).slice(0, 120),
    html,
    photos: (Array.isArray(doc.photos) ? doc.photos : [])
      .map(siteImageUnder(mediaBase))
      .filter((image): image is NonNullable<typeof image> => Boolean(image)),
  }
})

export const practiceCentresLoader = payloadLoader<E.PracticeCentreEntry>(slugs.practiceCentres, (doc) => ({
  ...base(doc),
  name: str(doc.name),
  level: labelled(PRACTICE_LEVELS, doc.level),
  unit: unitRef(doc.unit),
  street: unitRef(doc.street),
  address: str(doc.address),
  openingHours: str(doc.openingHours),
  phone: optional(doc.phone),
  services: rows(doc.services)
    .map((row) => str(row.service))
    .filter(Boolean),
  intro: optional(doc.intro),
}))

/** Per published activity (keyed by its CMS id): its sign-ups as public numbers, names only with consent. */
export const volunteerTalliesLoader: Loader = {
  name: 'payload:volunteer-tallies',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    const activities = await payload.find({
      collection: slugs.volunteerActivities,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: {},
    })
    const ids = new Set(activities.docs.map((doc) => String((doc as { id: unknown }).id)))
    const { docs } = await payload.find({
      collection: slugs.volunteerSignups,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { activity: true, status: true, attended: true, hours: true, publicName: true },
    })
    const tallies = new Map<string, SignupTallyEntry>()
    for (const doc of docs) {
      const activity = String(idOf(doc.activity))
      if (!ids.has(activity) || doc.status !== 'signed') continue
      const tally = tallies.get(activity) ?? { id: activity, taken: 0, attended: 0, hours: 0, names: [] }
      tally.taken += 1
      if (doc.attended) {
        tally.attended += 1
        tally.hours += Number(doc.hours ?? 0)
        if (doc.publicName) tally.names.push(String(doc.publicName))
      }
      tallies.set(activity, tally)
    }
    store.clear()
    for (const tally of tallies.values())
      store.set({ id: tally.id, data: await parseData({ id: tally.id, data: { ...tally, names: tally.names.sort() } }) })
  },
}
