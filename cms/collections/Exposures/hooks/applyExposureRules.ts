import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { isInLiaisonScope, liaisonUnit } from '../../../access/unitScope.ts'
import { settingsOf } from '../../../config/fromPayload.ts'
import {
  defaultDeadline,
  effectiveStatus,
  type RectificationStatus,
  statusChoiceProblem,
  urgency,
  validateDeadline,
} from '../../../domain/exposureRules.ts'
import { applyGrant, statusAfterExtension } from '../../../domain/extensions.ts'
import { idOf } from '../../../domain/ids.ts'
import { slugs } from '../../../slugs.ts'
import { latestGrant } from '../latestGrant.ts'
import { clockOf } from '../writeSystemStatus.ts'

type History = { status: string; at: string; by?: number | string | null; note?: string | null }[]
type Args = Parameters<CollectionBeforeChangeHook>[0]

/** Problems with the deadline, the units a liaison may touch, and a status chosen by the wrong person. */
async function problems({ data, originalDoc, req }: Args, foundAt: string): Promise<{ path: string; message: string }[]> {
  const errors: { path: string; message: string }[] = []
  const problem = validateDeadline(foundAt, String(data.deadline))
  if (problem) errors.push({ path: 'deadline', message: problem })
  const unit = idOf(data.unit ?? originalDoc?.unit)
  if (liaisonUnit(req.user) !== undefined && !(await isInLiaisonScope(req, unit))) {
    errors.push({ path: 'unit', message: '联络员只能处理本单位及下属单位的曝光事项。 / Liaisons handle only their own unit’s items.' })
  }
  const role = String((req.user as { role?: string } | null)?.role ?? '')
  const choice =
    req.user && !req.context?.accountabilityRule
      ? statusChoiceProblem(role, originalDoc?.rectification?.status, data.rectification?.status)
      : null
  if (choice) errors.push({ path: 'rectification.status', message: choice })
  return errors
}

/**
 * Deadline default (a China calendar day) and check, overdue status, the admin list's urgency, and
 * the status history (who changed the rectification status, when). A liaison may only touch their
 * own unit's items; 问责 comes from the three-strikes rule (refreshAccountability), never by hand.
 */
export const applyExposureRules: CollectionBeforeChangeHook = async (args) => {
  const { data, originalDoc, req } = args
  const foundAt = String(data.foundAt ?? originalDoc?.foundAt)
  data.deadline = data.deadline ?? originalDoc?.deadline ?? defaultDeadline(foundAt, settingsOf(req.payload).terms.exposureDeadlineDays)
  // 延期: once an extension is granted its date is the deadline; the first deadline is kept beside it.
  const current = { deadline: String(originalDoc?.deadline ?? data.deadline), originalDeadline: originalDoc?.originalDeadline }
  const grant = applyGrant(current, await latestGrant(req.payload, originalDoc?.id, req))
  if (grant.originalDeadline) [data.deadline, data.originalDeadline] = [grant.deadline, grant.originalDeadline]
  const errors = await problems(args, foundAt)
  if (errors.length > 0) throw new ValidationError({ collection: slugs.exposures, errors }, req.t)

  const rectification = { ...(originalDoc?.rectification ?? {}), ...(data.rectification ?? {}) }
  const now = clockOf(req.context)
  const item = {
    deadline: String(data.deadline),
    status: (rectification.status ?? 'pending') as RectificationStatus,
    rectifiedAt: rectification.rectifiedAt,
  }
  if (item.status === 'rectified' && !rectification.rectifiedAt) rectification.rectifiedAt = now.toISOString()
  if (grant.moved) item.status = statusAfterExtension({ ...item, reply: rectification.reply }, now)
  rectification.status = effectiveStatus(item, now)
  data.rectification = rectification
  data.urgency = urgency({ ...item, status: rectification.status }, now)

  const history: History = [...((originalDoc?.statusHistory as History | undefined) ?? [])]
  if (history.at(-1)?.status !== rectification.status) {
    history.push({ status: rectification.status, at: now.toISOString(), by: req.user?.id ?? null })
  }
  data.statusHistory = history.map(({ status, at, by, note }) => ({
    status,
    at,
    by: typeof by === 'object' && by ? (by as { id: number }).id : by,
    note,
  }))
  return data
}
