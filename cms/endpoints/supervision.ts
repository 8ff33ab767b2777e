/**
 * POST /api/exposures/:id/supervision/issue | verify | return — 开具督办单, 核实销号, 退回整改.
 * Staff issue; reviewers and admins verify or send back (body { reason }, required to send back).
 * The save runs with the caller's rights; the order itself is written by applySupervision only.
 */
import type { Endpoint, PayloadHandler } from 'payload'
import { hasNewerDraft } from '../collections/Exposures/hooks/hasNewerDraft.ts'
import { hasRole, isRole } from '../domain/roles.ts'
import { mayUseSupervision, SUPERVISION_ACTION_LABELS, SUPERVISION_ACTIONS, type SupervisionAction } from '../domain/supervision.ts'
import { slugs } from '../slugs.ts'
import { bodyText, errorResponse, json, refuseUnless, routeId, smallJson } from './respond.ts'

const isAction = (value: unknown): value is SupervisionAction => (SUPERVISION_ACTIONS as readonly unknown[]).includes(value)

const handler: PayloadHandler = async (req) => {
  const action = req.routeParams?.action
  if (!isAction(action)) return json(req, { ok: false, message: '没有这个督办操作 / Unknown action' }, 404)
  const what = SUPERVISION_ACTION_LABELS[action].zh
  const refused = refuseUnless(req, ['admin', 'reviewer', 'editor', 'unitLiaison'], what)
  if (refused) return refused
  const role = req.user?.role
  if (!isRole(role) || !mayUseSupervision(role, action)) return json(req, { ok: false, message: `您无权${what} / Not allowed` }, 403)
  try {
    const id = routeId(req)
    if (id === null) return json(req, { ok: false, message: '曝光事项不存在 / Not found' }, 404)
    const reason = bodyText(await smallJson(req), 'reason', 1000)
    const current = await req.payload.findByID({
      collection: slugs.exposures,
      id,
      draft: true,
      depth: 0,
      user: req.user,
      overrideAccess: false,
    })
    const reviewer = hasRole(req.user, 'admin', 'reviewer')
    const live = current._status === 'published' && !(await hasNewerDraft(req.payload, id))
    const data: Record<string, unknown> = {}
    let draft = true
    if (action === 'verify') [data._status, draft] = ['published', false]
    if (action === 'issue' && reviewer && live) draft = false
    if (action === 'return' && current.reviewState === 'submitted') Object.assign(data, { reviewState: 'rejected', reviewComment: reason })
    const doc = await req.payload.update({
      collection: slugs.exposures,
      id,
      data,
      draft,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      context: { supervision: { action, reason } },
    })
    return json(req, { ok: true, message: `${what}：已完成`, supervision: doc.supervision, status: doc._status })
  } catch (error) {
    return errorResponse(req, error)
  }
}

export const supervisionEndpoint: Endpoint = { path: '/:id/supervision/:action', method: 'post', handler }
