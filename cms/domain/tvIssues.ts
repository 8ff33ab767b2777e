/**
 * 电视问政 follow-through: an issue's status is what its latest follow-up (调查追踪) found, never typed
 * beside it; a promise whose deadline day has ended in China without the issue being 已解决 is
 * 逾期未兑现. Pure: the clock is passed in, inputs are never changed.
 */
import { chinaDay, chinaDayStart, isPastDay, storedDay } from './dates.ts'

/** Issue statuses, in the order a follow-up moves them. */
export const ISSUE_STATUS = {
  open: { zh: '待解决', en: 'Open' },
  'in-progress': { zh: '整改中', en: 'In progress' },
  solved: { zh: '已解决', en: 'Solved' },
}
export type IssueStatus = keyof typeof ISSUE_STATUS

/** What the site shows for a promise past its deadline day while the issue is not solved. */
export const PROMISE_OVERDUE = { value: 'promise-overdue', zh: '逾期未兑现', en: 'Promise overdue' } as const

export type FollowUp = { date?: string | null; result?: string | null }
export type Issue = { promiseDeadline?: string | null; followUps?: readonly FollowUp[] | null }

const isStatus = (value: unknown): value is IssueStatus => typeof value === 'string' && value in ISSUE_STATUS

/**
 * The status from the follow-ups: the result of the latest dated follow-up that records one (China
 * days; on the same day the one listed later wins). No follow-up with a result: 待解决. A follow-up
 * without a result (a visit that found nothing new) leaves the status as it was.
 */
export function issueStatus(followUps: readonly FollowUp[] | null | undefined): IssueStatus {
  let latest: { day: string; status: IssueStatus } | null = null
  for (const step of followUps ?? []) {
    const day = step.date ? chinaDay(step.date) : null
    if (day === null || !isStatus(step.result)) continue
    if (latest === null || day >= latest.day) latest = { day, status: step.result }
  }
  return latest?.status ?? 'open'
}

/** 逾期未兑现: a promise deadline whose China day has ended, and the latest follow-up is not 已解决. */
export function isPromiseOverdue(issue: Issue, now: Date): boolean {
  if (!issue.promiseDeadline || chinaDay(issue.promiseDeadline) === null) return false
  return issueStatus(issue.followUps) !== 'solved' && isPastDay(issue.promiseDeadline, now)
}

/**
 * The earliest promise deadline among issues not yet solved, stored as a date-only value (null when
 * none): the episode is listed as having an overdue promise once that day has ended. Kept on the
 * episode so the workbench can count and filter it with one condition.
 */
export function openPromiseDeadline(issues: readonly Issue[]): string | null {
  const days = issues
    .filter((issue) => issueStatus(issue.followUps) !== 'solved')
    .map((issue) => (issue.promiseDeadline ? chinaDay(issue.promiseDeadline) : null))
    .filter((day): day is string => day !== null)
    .sort()
  return days.length > 0 ? storedDay(days[0]) : null
}

/** Issues raised and solved (solved as the follow-ups say). */
export function issueCounts(issues: readonly Issue[]): { raised: number; solved: number } {
  return { raised: issues.length, solved: issues.filter((issue) => issueStatus(issue.followUps) === 'solved').length }
}

/**
 * The workbench's filter for episodes with a promise 逾期未兑现 at `now`: the earliest open promise
 * deadline is a China day that has ended (before the start of today in Beijing).
 */
export function overduePromiseCondition(now: Date): readonly [string, string, string] {
  const today = chinaDay(now) ?? now.toISOString().slice(0, 10)
  return ['openPromiseDeadline', 'less_than', chinaDayStart(today).toISOString()]
}
