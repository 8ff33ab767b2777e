/**
 * 延期 (deadline extensions) of an exposure: a liaison (or staff) asks for a later deadline with a
 * reason; a reviewer or admin grants it with the granted date or refuses it with a reason; every
 * request and decision is kept. Overdue then counts from the latest granted deadline. Pure: China
 * calendar days, the clock passed in.
 */
import { chinaDay } from './dates.ts'
import type { RectificationState, RectificationStatus } from './exposureRules.ts'
import { isOverdue, isRectified } from './exposureRules.ts'
import type { Role } from './roles.ts'

export const EXTENSION_STATUSES = ['pending', 'granted', 'refused'] as const
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number]
export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Pending' },
  granted: { zh: '已批准', en: 'Granted' },
  refused: { zh: '不予延期', en: 'Refused' },
}

/** Longest extension a request may ask for, in days after the current deadline. */
export const MAX_EXTENSION_DAYS = 90

export type Problem = { path: string; message: string }
const DAY_MS = 24 * 60 * 60 * 1000
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)

/** Who decides: reviewers and admins only (editors and liaisons may ask, never grant). */
export const mayDecideExtension = (role: string | null | undefined): boolean => role === 'reviewer' || role === 'admin'

/** Problems with a new request: a reason, a date after the current deadline (≤ 90 days later), nothing rectified or waiting. */
export function requestProblems(
  request: { reason?: string | null; requestedDeadline?: string | null },
  item: RectificationState,
  pendingExists: boolean,
): Problem[] {
  const problems: Problem[] = []
  if (!request.reason?.trim()) problems.push({ path: 'reason', message: '请填写延期理由。 / Give the reason for the extension.' })
  const [current, asked] = [chinaDay(item.deadline), request.requestedDeadline ? chinaDay(request.requestedDeadline) : null]
  if (!asked) problems.push({ path: 'requestedDeadline', message: '请选择申请延期至的日期。 / Pick the date asked for.' })
  else if (current && asked <= current)
    problems.push({ path: 'requestedDeadline', message: `申请的期限（${asked}）须晚于当前整改期限（${current}）。` })
  else if (current && daysBetween(current, asked) > MAX_EXTENSION_DAYS)
    problems.push({ path: 'requestedDeadline', message: `一次最多延期 ${MAX_EXTENSION_DAYS} 天（当前期限 ${current}）。` })
  if (isRectified(item)) problems.push({ path: 'exposure', message: '该事项已整改，无需延期。 / The item is already rectified.' })
  if (pendingExists) problems.push({ path: 'exposure', message: '该事项已有待审核的延期申请。 / A request is already waiting.' })
  return problems
}

export type Decision = { status?: string | null; grantedDeadline?: string | null; decisionReason?: string | null }
export type DecisionResult = { ok: true; decision: Required<Decision> } | { ok: false; problems: Problem[] }

/**
 * A reviewer's decision on a waiting request: granted with a date after the current deadline
 * (the requested date when none is given), or refused with a reason. Decided requests never change.
 */
export function decideExtension(
  role: string | null | undefined,
  before: { status?: string | null; requestedDeadline?: string | null },
  decision: Decision,
  currentDeadline: string,
): DecisionResult {
  const refuse = (path: string, message: string): DecisionResult => ({ ok: false, problems: [{ path, message }] })
  if (!mayDecideExtension(role)) return refuse('status', '延期只能由审核员或管理员批准或驳回。 / Only a reviewer or admin decides.')
  if (before.status !== 'pending') return refuse('status', '该延期申请已处理，不能再修改。 / This request has been decided.')
  if (decision.status === 'refused') {
    const reason = decision.decisionReason?.trim()
    return reason
      ? { ok: true, decision: { status: 'refused', grantedDeadline: null, decisionReason: reason } }
      : refuse('decisionReason', '不予延期时必须填写理由。 / Give the reason for refusing.')
  }
  if (decision.status !== 'granted') return refuse('status', '请选择“已批准”或“不予延期”。 / Choose granted or refused.')
  const granted = chinaDay(decision.grantedDeadline ?? before.requestedDeadline ?? '')
  const current = chinaDay(currentDeadline)
  if (!granted) return refuse('grantedDeadline', '请填写批准的整改期限。 / Give the granted deadline.')
  if (current && granted <= current) return refuse('grantedDeadline', `批准的期限（${granted}）须晚于当前整改期限（${current}）。`)
  return { ok: true, decision: { status: 'granted', grantedDeadline: granted, decisionReason: decision.decisionReason?.trim() || null } }
}

/**
 * The status once a granted deadline applies: an item overdue (or in 问责) only because of the old
 * deadline is open again — 整改中 when a reply exists, else 待整改; anything else stays (问责 then
 * leaves through the three-strikes recount).
 */
export function statusAfterExtension(item: RectificationState & { reply?: string | null }, now: Date): RectificationStatus {
  if (isRectified(item) || isOverdue(item, now)) return item.status
  if (item.status !== 'overdue' && item.status !== 'accountability') return item.status
  return item.reply?.trim() ? 'in-progress' : 'pending'
}

/** Whether roles may ask: any staff member or a liaison (their unit scope is checked by the hook). */
export const mayRequestExtension = (role: Role | string | null | undefined): boolean =>
  role === 'unitLiaison' || role === 'editor' || role === 'reviewer' || role === 'admin'

/**
 * The deadlines once the latest granted extension applies: the granted day becomes the deadline,
 * the first deadline is kept as the original (shown beside it). `moved` is true when the deadline day changes.
 */
export function applyGrant(
  current: { deadline: string; originalDeadline?: string | null },
  granted: string | null,
): { deadline: string; originalDeadline: string | null; moved: boolean } {
  if (!granted) return { deadline: current.deadline, originalDeadline: current.originalDeadline ?? null, moved: false }
  const moved = chinaDay(granted) !== chinaDay(current.deadline)
  return { deadline: granted, originalDeadline: current.originalDeadline ?? current.deadline, moved }
}
