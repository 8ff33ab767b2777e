/**
 * Published and updated dates of a feed item (issue 25). A partner's reader shows an item again when
 * its updated date moves, so it moves only when what a reader is told changes: an exposure's status
 * (a dated status change, the rectification, a 督办单 issued or closed, the deadline passing
 * unrectified), a TV issue's new follow-up, a title's revocation, a project's progress. Editing the
 * text of a good person's story or a knowledge answer never re-dates them: their dates are the first
 * publish. Pure; the clock is passed in; day values are China days (rule 18).
 */
import { addChinaDays, chinaDayStart } from '../dates.ts'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** An instant (ISO, UTC) of a stored value: a China day begins at its midnight in China. Invalid → null. */
export function instantOf(value: string | null | undefined): string | null {
  if (!value) return null
  const date = DAY.test(value) ? chinaDayStart(value) : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export type FeedFacts = {
  /** The item's own date (found, aired, issued, signed), or null when it has none: the first publish is used. */
  date: string | null
  /** When the item was first published (stored once, cms/domain/feeds/feedIdentity.ts). */
  firstPublishedAt: string | null
  /** Last resort when neither is known (a document from before first-publish dates were kept). */
  fallback: string
  /** Dated changes a reader must see; ones still in the future are not counted. */
  events: readonly (string | null | undefined)[]
}

export type FeedDates = { published: string; updated: string }

/** published = the item's date, else its first publish; updated = the latest past event, never before published. */
export function feedDates(facts: FeedFacts, now: Date): FeedDates {
  const published = instantOf(facts.date) ?? instantOf(facts.firstPublishedAt) ?? instantOf(facts.fallback) ?? now.toISOString()
  let updated = published
  for (const event of facts.events) {
    const at = instantOf(event ?? null)
    if (at && at <= now.toISOString() && at > updated) updated = at
  }
  return { published, updated }
}

/**
 * The next instant feedDates' answer for these facts can change by the clock alone: its earliest event still
 * in the future (it then moves `updated`), `now` when the published date is the clock itself (no date
 * known), null when never. A kept feed item (site/lib/sources.ts) is made again once this has passed.
 */
export function feedDatesChangeAt(facts: FeedFacts, now: Date): string | null {
  if ((instantOf(facts.date) ?? instantOf(facts.firstPublishedAt) ?? instantOf(facts.fallback)) === null) return now.toISOString()
  const at = now.toISOString()
  let next: string | null = null
  for (const event of facts.events) {
    const instant = instantOf(event ?? null)
    if (instant && instant > at && (next === null || instant < next)) next = instant
  }
  return next
}

/** An exposure's events: each dated status change, the rectification, the 督办单, and the day after an unmet deadline. */
export function exposureEvents(input: {
  history: readonly { at: string }[]
  rectifiedAt: string | null
  supervision?: { issuedAt: string; verifiedAt: string | null } | null
  deadline: string
  overdue: boolean
}): (string | null)[] {
  return [
    ...input.history.map((row) => row.at),
    input.rectifiedAt,
    input.supervision?.issuedAt ?? null,
    input.supervision?.verifiedAt ?? null,
    input.overdue ? addChinaDays(input.deadline, 1) : null,
  ]
}

/** A TV episode's events: every follow-up of every issue (调查追踪). */
export const episodeEvents = (issues: readonly { followUps: readonly { date: string }[] }[]): string[] =>
  issues.flatMap((issue) => issue.followUps.map((followUp) => followUp.date))
