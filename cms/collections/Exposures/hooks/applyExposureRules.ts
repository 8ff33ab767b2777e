import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { liaisonUnit } from '../../../access/index.ts'
import { defaultDeadline, effectiveStatus, type RectificationStatus, urgency, validateDeadline } from '../../../domain/exposureRules.ts'
import { slugs } from '../../../slugs.ts'

/** Days from finding to the rectification deadline when the editor gives none. */
export const deadlineDays = (): number => Number(process.env.EXPOSURE_DEADLINE_DAYS ?? 3) || 3

type History = { status: string; at: string; by?: number | string | null; note?: string | null }[]

/**
 * Deadline default and check, overdue status, the admin list's urgency, and the status history
 * (who changed the rectification status, when). A liaison may only touch their own unit's items.
 */
export const applyExposureRules: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const foundAt = String(data.foundAt ?? originalDoc?.foundAt)
  data.deadline = data.deadline ?? originalDoc?.deadline ?? defaultDeadline(foundAt, deadlineDays())
  const problem = validateDeadline(foundAt, String(data.deadline))
  const ownUnit = liaisonUnit(req.user)
  const unit = data.unit ?? originalDoc?.unit
  const errors = problem ? [{ path: 'deadline', message: problem }] : []
  if (ownUnit !== undefined && String(typeof unit === 'object' ? unit?.id : unit) !== String(ownUnit)) {
    errors.push({ path: 'unit', message: '联络员只能处理本单位的曝光事项。 / Liaisons handle only their own unit’s items.' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: slugs.exposures, errors }, req.t)

  const rectification = { ...(originalDoc?.rectification ?? {}), ...(data.rectification ?? {}) }
  const now = new Date()
  const item = {
    deadline: String(data.deadline),
    status: (rectification.status ?? 'pending') as RectificationStatus,
    rectifiedAt: rectification.rectifiedAt,
  }
  if (item.status === 'rectified' && !rectification.rectifiedAt) rectification.rectifiedAt = now.toISOString()
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
