import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { effectiveStatus, type RectificationStatus, urgency } from '../../domain/exposureRules.ts'
import { applyGrant, statusAfterExtension } from '../../domain/extensions.ts'
import { requestPublish } from '../../publishPort.ts'
import { slugs } from '../../slugs.ts'
import { hasNewerDraft } from './hooks/hasNewerDraft.ts'
import { latestGrant } from './latestGrant.ts'

type Id = number | string
/** Rows written straight to the database need their own row id (as Payload gives array rows). */
type History = { id?: string | null; status?: string | null; at?: string | null; by?: unknown; note?: string | null }[]

/** The clock a system save runs on: the job's `now` passed in the save's context, else the real time. */
export function clockOf(context: Record<string, unknown> | undefined): Date {
  const at = typeof context?.clock === 'string' ? new Date(context.clock) : null
  return at && !Number.isNaN(at.getTime()) ? at : new Date()
}

/**
 * The rectification status a system rule (overdue, three strikes) gives a published exposure: a plain
 * save when nobody has a draft waiting; otherwise only the published document's status, urgency and
 * history are written, straight to the database, so the pending draft is neither published nor lost
 * (Payload's update would publish the newest draft's content), with a granted extension's deadline.
 * Publishing that draft later recomputes its status and deadline from the same rules. Returns the status the published document now has.
 */
export async function writeSystemStatus(
  payload: Payload,
  id: Id,
  status: RectificationStatus | undefined,
  now: Date,
  options: { req?: PayloadRequest; context?: Record<string, unknown> } = {},
): Promise<string | undefined> {
  const { req } = options
  const context: Record<string, unknown> = { ...options.context, clock: now.toISOString() }
  const data = status ? { rectification: { status } } : {}
  if (!(await hasNewerDraft(payload, id, req))) {
    const saved = await payload.update({ collection: slugs.exposures, id, data, overrideAccess: true, req, context })
    return saved.rectification?.status ?? undefined
  }
  const doc = await payload.findByID({ collection: slugs.exposures, id, draft: false, depth: 0, overrideAccess: true, req })
  const rectification = { ...doc.rectification }
  const grant = applyGrant({ deadline: String(doc.deadline), originalDeadline: doc.originalDeadline }, await latestGrant(payload, id, req))
  const item = { deadline: grant.deadline, status: (status ?? rectification.status ?? 'pending') as RectificationStatus }
  if (grant.moved) item.status = statusAfterExtension({ ...item, ...rectification, status: item.status }, now)
  const next = effectiveStatus({ ...item, rectifiedAt: rectification.rectifiedAt }, now)
  if (next === rectification.status && !grant.moved) return next
  const history: History = [
    ...((doc.statusHistory as History | undefined) ?? []),
    { id: randomBytes(12).toString('hex'), status: next, at: now.toISOString(), by: null },
  ]
  await payload.db.updateOne({
    collection: slugs.exposures,
    id,
    data: {
      rectification: { ...rectification, status: next },
      urgency: urgency({ ...item, status: next }, now),
      statusHistory: next === rectification.status ? doc.statusHistory : history,
      ...(grant.originalDeadline ? { deadline: grant.deadline, originalDeadline: grant.originalDeadline } : {}),
    },
    req,
    returning: false,
  })
  if (!context.skipRebuild)
    await requestPublish(payload, { reason: `${slugs.exposures}:${id}:system`, changed: [{ collection: slugs.exposures, id }] }, req)
  return next
}
