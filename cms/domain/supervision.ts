/**
 * 督办单 (supervision orders) on exposure items and their 销号 (verification and closing). An order is
 * numbered per year in Asia/Shanghai like bulletins (never reused); the liaison submits the
 * rectification; a reviewer verifies it (已整改 / 销号) or sends it back with a reason. Pure.
 */
import type { Role } from './roles.ts'

export const SUPERVISION_STATES = ['none', 'issued', 'returned', 'closed'] as const
export type SupervisionState = (typeof SUPERVISION_STATES)[number]
export const SUPERVISION_STATE_LABELS: Record<SupervisionState, { zh: string; en: string }> = {
  none: { zh: '未督办', en: 'No order' },
  issued: { zh: '督办中', en: 'Order issued' },
  returned: { zh: '退回整改', en: 'Sent back' },
  closed: { zh: '已销号', en: 'Verified and closed' },
}

export const SUPERVISION_ACTIONS = ['issue', 'verify', 'return'] as const
export type SupervisionAction = (typeof SUPERVISION_ACTIONS)[number]
export const SUPERVISION_ACTION_LABELS: Record<SupervisionAction, { zh: string; en: string }> = {
  issue: { zh: '开具督办单', en: 'Issue order' },
  verify: { zh: '核实销号', en: 'Verify and close' },
  return: { zh: '退回整改', en: 'Send back' },
}
const ACTION_ROLES: Record<SupervisionAction, readonly Role[]> = {
  issue: ['admin', 'reviewer', 'editor'],
  verify: ['admin', 'reviewer'],
  return: ['admin', 'reviewer'],
}
const FROM: Record<SupervisionAction, readonly SupervisionState[]> = {
  issue: ['none'],
  verify: ['issued', 'returned'],
  return: ['issued', 'returned'],
}
const TO: Record<SupervisionAction, SupervisionState> = { issue: 'issued', verify: 'closed', return: 'returned' }

export const SUPERVISION_SERIES = 'supervision-order'

export type SupervisionDecision = { ok: true; state: SupervisionState; reason?: string } | { ok: false; message: string }

export const mayUseSupervision = (role: Role, action: SupervisionAction): boolean => ACTION_ROLES[action].includes(role)

/** Whether `role` may take `action` on an order in state `before`, and the state that follows. */
export function decideSupervision(
  role: Role,
  before: string | null | undefined,
  action: SupervisionAction,
  reason?: string | null,
): SupervisionDecision {
  const state = (before ?? 'none') as SupervisionState
  if (!mayUseSupervision(role, action)) {
    return { ok: false, message: `${SUPERVISION_ACTION_LABELS[action].zh}须由${action === 'issue' ? '编辑或审核员' : '审核员'}操作。` }
  }
  if (!FROM[action].includes(state)) {
    return {
      ok: false,
      message: `督办单当前为“${SUPERVISION_STATE_LABELS[state]?.zh ?? state}”，不能${SUPERVISION_ACTION_LABELS[action].zh}。`,
    }
  }
  if (action === 'return' && !reason?.trim()) return { ok: false, message: '退回整改时必须填写理由。' }
  return { ok: true, state: TO[action], ...(action === 'return' ? { reason: reason?.trim() } : {}) }
}

/** The order's number as printed, e.g. 督办〔2026〕第7号. */
export const supervisionLabel = (year: number, number: number): string => `督办〔${year}〕第${number}号`
