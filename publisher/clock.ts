/**
 * The builder's view of the clock: when the public site next changes by time alone (read from the
 * database; the arithmetic is cms/domain/nextChange.ts), and running scheduled publish/unpublish
 * jobs the moment they fall due (their documents' hooks then request a publish as usual).
 */
import type { Payload } from 'payload'
import { chinaDay, chinaDayStart } from '../cms/domain/dates.ts'
import { type ClockInputs, nextChangeAt } from '../cms/domain/nextChange.ts'
import { slugs } from '../cms/slugs.ts'

export type Clock = {
  /** The next moment a public page changes by the clock, or null. */
  next: (now: Date) => Promise<Date | null>
  /** Work due at `now` before the rebuild (scheduled publishing). */
  runDue: (now: Date) => Promise<void>
}

const DAY_MS = 24 * 60 * 60 * 1000
const SCHEDULE_TASK = 'schedulePublish'

async function firstValues(payload: Payload, collection: string, field: string, where: Record<string, unknown>): Promise<string[]> {
  const { docs } = await payload.find({
    collection: collection as 'public-ads',
    where: where as never,
    sort: field,
    limit: 3,
    depth: 0,
    overrideAccess: true,
    select: { [field]: true } as never,
  })
  return docs.map((doc) => String((doc as unknown as Record<string, unknown>)[field] ?? '')).filter(Boolean)
}

async function clockInputs(payload: Payload, now: Date): Promise<ClockInputs> {
  const published = { _status: { equals: 'published' } }
  const iso = now.toISOString()
  const starts = await firstValues(payload, slugs.publicAds, 'validFrom', { and: [published, { validFrom: { greater_than: iso } }] })
  const ends = await firstValues(payload, slugs.publicAds, 'validTo', {
    and: [published, { validTo: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } }],
  })
  const scheduled = await firstValues(payload, 'payload-jobs', 'waitUntil', {
    and: [{ taskSlug: { equals: SCHEDULE_TASK } }, { completedAt: { exists: false } }, { waitUntil: { greater_than: iso } }],
  })
  const today = chinaDay(now) ?? iso.slice(0, 10)
  // A volunteer activity leaves the upcoming lists (and its sign-up form) when it ends: an instant.
  const activityEnds = await firstValues(payload, slugs.volunteerActivities, 'endsAt', {
    and: [published, { endsAt: { greater_than: iso } }],
  })
  // A survey's page shows its form from when it opens and drops it (showing its results, if public) when it closes.
  const surveyOpens = await firstValues(payload, slugs.surveys, 'opensAt', { and: [published, { opensAt: { greater_than: iso } }] })
  const surveyCloses = await firstValues(payload, slugs.surveys, 'closesAt', { and: [published, { closesAt: { greater_than: iso } }] })
  const deadlines = await firstValues(payload, slugs.exposures, 'deadline', {
    and: [
      published,
      { 'rectification.status': { in: ['pending', 'in-progress'] } },
      { deadline: { greater_than_equal: chinaDayStart(today).toISOString() } },
    ],
  })
  const promises = await firstValues(payload, slugs.tvEpisodes, 'openPromiseDeadline', {
    and: [published, { openPromiseDeadline: { greater_than_equal: chinaDayStart(today).toISOString() } }],
  })
  // 民生实事: a project turns 滞后 when its earliest open milestone's due day ends (cms/domain/projects.ts).
  const milestones = await firstValues(payload, slugs.projects, 'openMilestoneDue', {
    and: [published, { openMilestoneDue: { greater_than_equal: chinaDayStart(today).toISOString() } }],
  })
  // Rounds whose notice has not closed yet (their opening or closing is still ahead).
  const { docs: rounds } = await payload.find({
    collection: slugs.selectionRounds,
    where: { and: [published, { noticeTo: { greater_than_equal: new Date(now.getTime() - DAY_MS).toISOString() } }] },
    sort: 'noticeTo',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    select: { noticeFrom: true, noticeTo: true },
  })
  // Civility titles in or before their 公示: the title pages show or drop the 异议 link and form.
  const { docs: titles } = await payload.find({
    collection: slugs.civilityTitles,
    where: { and: [published, { noticeTo: { greater_than_equal: new Date(now.getTime() - DAY_MS).toISOString() } }] },
    sort: 'noticeTo',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    select: { noticeFrom: true, noticeTo: true },
  })
  const notices = [...rounds, ...titles].map((round) => ({ noticeFrom: round.noticeFrom ?? null, noticeTo: round.noticeTo ?? null }))
  return {
    ads: [...starts.map((validFrom) => ({ validFrom })), ...ends.map((validTo) => ({ validTo }))],
    scheduled: [...scheduled, ...activityEnds, ...surveyOpens, ...surveyCloses],
    deadlines: [...deadlines, ...promises, ...milestones],
    notices,
  }
}

export function payloadClock(payload: Payload): Clock {
  return {
    next: async (now) => nextChangeAt(now, await clockInputs(payload, now)),
    runDue: async (now) => {
      await payload.jobs.run({
        allQueues: true,
        where: { and: [{ taskSlug: { equals: SCHEDULE_TASK } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
        limit: 50,
        silent: true,
      })
    },
  }
}
