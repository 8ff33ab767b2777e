/**
 * When does the public site change by the clock alone? The static site is rendered at build time,
 * so anything whose public form depends on "now" needs a rebuild at the moment it flips:
 *  - an ad leaves 24 h after its `validTo` (end day inclusive, see access/publishedAndValid) and
 *    starts at its `validFrom`;
 *  - a scheduled publish or unpublish job fires at its `waitUntil`;
 *  - an unrectified exposure turns overdue when its deadline day ends in China (00:00 Beijing time);
 *  - a selection round's public notice (公示) opens when its first day begins in China and closes
 *    when its last day ends (the nominee pages show or drop the 点赞 and 异议 forms).
 *  - a 民生实事 project turns 滞后 when the due day of its earliest open milestone ends in China
 *    (publisher/clock.ts passes it in with `deadlines`: the same instant as an exposure's).
 * Pure: the clock and the candidate documents are passed in.
 */
import { addChinaDays, chinaDay, chinaDayStart } from './dates.ts'

const DAY_MS = 24 * 60 * 60 * 1000

export type ClockInputs = {
  ads?: readonly { validFrom?: string | null; validTo?: string | null }[]
  /** waitUntil of scheduled publish/unpublish jobs not yet run. */
  scheduled?: readonly (string | null | undefined)[]
  /** Deadlines of published exposures not yet rectified, open TV promise deadlines (逾期未兑现 from the next China day) and projects' earliest open milestone due days (滞后). */
  deadlines?: readonly (string | null | undefined)[]
  /** Notice windows of published selection rounds. */
  notices?: readonly { noticeFrom?: string | null; noticeTo?: string | null }[]
}

const ms = (value: string | null | undefined): number | null => {
  if (!value) return null
  const t = new Date(value).getTime()
  return Number.isNaN(t) ? null : t
}

/** The instant an ad disappears from the public site (null when it never ends). */
export function adEnds(validTo: string | null | undefined): number | null {
  const t = ms(validTo)
  return t === null ? null : t + DAY_MS
}

/** The instant an exposure with this deadline turns overdue: the start of the next China day. */
export function overdueFrom(deadline: string | null | undefined): number | null {
  const next = deadline ? addChinaDays(deadline, 1) : null
  return next === null ? null : chinaDayStart(next).getTime()
}

/** The instants a notice opens and closes: the start of its first China day and of the day after its last (null: no window). */
export function noticeMoments(notice: { noticeFrom?: string | null; noticeTo?: string | null }): [number, number] | null {
  const from = notice.noticeFrom ? chinaDay(notice.noticeFrom) : null
  const after = notice.noticeTo ? addChinaDays(notice.noticeTo, 1) : null
  return from && after ? [chinaDayStart(from).getTime(), chinaDayStart(after).getTime()] : null
}

/** Every instant at which the public site changes by the clock. */
export function clockMoments(inputs: ClockInputs): number[] {
  return [
    ...(inputs.ads ?? []).flatMap((ad) => [ms(ad.validFrom), adEnds(ad.validTo)]),
    ...(inputs.scheduled ?? []).map(ms),
    ...(inputs.deadlines ?? []).map(overdueFrom),
    ...(inputs.notices ?? []).flatMap((notice) => noticeMoments(notice) ?? []),
  ].filter((t): t is number => t !== null)
}

/** The first clock change strictly after `now`, or null when nothing is due. */
export function nextChangeAt(now: Date, inputs: ClockInputs): Date | null {
  const after = clockMoments(inputs).filter((t) => t > now.getTime())
  return after.length === 0 ? null : new Date(Math.min(...after))
}

/** Longest a timer is armed for (setTimeout's limit is ~24.8 days); the builder simply re-asks then. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000

/** How long to wait from `now` until `at` (never negative, capped at MAX_TIMER_MS). */
export function delayUntil(now: Date, at: Date): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, at.getTime() - now.getTime()))
}

/**
 * The deadline range whose exposures may have turned overdue between two loads of the site's
 * content: deadline days from two days before `since` up to the day of `now` (China days, a little
 * wider than needed so a deadline stored as any instant of its day is caught). The loader re-reads
 * those, since their stored document has not changed.
 */
export function deadlinesTurnedOverdue(since: Date, now: Date): { from: string; to: string } | null {
  const from = addChinaDays(since, -2)
  const to = addChinaDays(now, 0)
  if (from === null || to === null || to < from) return null
  return { from: `${from}T00:00:00.000Z`, to: `${to}T23:59:59.999Z` }
}
