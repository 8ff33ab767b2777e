import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { issueYear } from '../../../domain/numbering.ts'
import { isRole } from '../../../domain/roles.ts'
import { decideSupervision, SUPERVISION_SERIES, type SupervisionAction, supervisionLabel } from '../../../domain/supervision.ts'
import { slugs } from '../../../slugs.ts'
import { claimIssueNumber } from '../../Bulletins/hooks/assignIssueNumber.ts'

/** What the supervision endpoint asks for, passed to this hook through the save's context (never from the request body). */
export type SupervisionRequest = { action: SupervisionAction; reason?: string }

type Supervision = Record<string, unknown> & { state?: string | null }

/**
 * 督办单 and 销号 on one save: the order's fields are written by the server only. Issuing claims the
 * next number of the year (never reused); verifying closes the order and marks the item 已整改;
 * sending back records the reason and reopens the item. The role and state are checked in domain/.
 */
export const applySupervision: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const before = (originalDoc?.supervision ?? {}) as Supervision
  const request = req.context?.supervision as SupervisionRequest | undefined
  data.supervision = { ...before }
  if (!request) return data
  const role = (req.user as { role?: unknown } | null)?.role
  const decision = isRole(role)
    ? decideSupervision(role, before.state, request.action, request.reason)
    : ({ ok: false, message: '请先登录。' } as const)
  if (!decision.ok)
    throw new ValidationError({ collection: slugs.exposures, errors: [{ path: 'supervision', message: decision.message }] }, req.t)
  const now = new Date().toISOString()
  const next: Supervision = { ...before, state: decision.state }
  if (request.action === 'issue') {
    const year = issueYear(now)
    const number = await claimIssueNumber(req.payload, SUPERVISION_SERIES, year)
    Object.assign(next, { number, year, label: supervisionLabel(year, number), issuedAt: now })
  } else if (request.action === 'verify') {
    Object.assign(next, { verifiedAt: now, verifiedBy: req.user?.id, returnReason: null })
    data.rectification = { ...(originalDoc?.rectification ?? {}), ...(data.rectification ?? {}), status: 'rectified' }
  } else {
    Object.assign(next, { returnReason: decision.reason, returnedAt: now })
    data.rectification = { ...(originalDoc?.rectification ?? {}), ...(data.rectification ?? {}), status: 'in-progress' }
  }
  data.supervision = next
  return data
}
