/**
 * POST /api/<collection>/:id/review/submit | approve | reject — the review buttons of the edit view.
 * Each is the ordinary save the workflow already checks (cms/hooks/enforceReviewWorkflow.ts), made
 * with the caller's rights (overrideAccess: false): the server stays the authority; the buttons only
 * offer what it would accept. Body (JSON, ≤ 16 KB): { version, comment } to reject, { version,
 * sensitiveOverride } to approve, where `version` is the id of the draft version the reviewer read
 * (cms/endpoints/reviewedVersion.ts): a later draft is refused with 409 and what changed.
 */
import { APIError, type CollectionSlug, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'
import { isRole } from '../domain/roles.ts'
import { mayUseButton, REVIEW_BUTTON_LABELS, REVIEW_BUTTONS, type ReviewButton } from '../domain/workflow.ts'
import { bodyText, errorResponse, json, refuseUnless, routeId, smallJson } from './respond.ts'
import { checkReviewedVersion } from './reviewedVersion.ts'

const DATA: Record<ReviewButton, (body: Record<string, unknown>) => { draft: boolean; data: Record<string, unknown> }> = {
  submit: () => ({ draft: true, data: { reviewState: 'submitted' } }),
  approve: (body) => ({ draft: false, data: { _status: 'published', sensitiveOverride: bodyText(body, 'sensitiveOverride', 500) } }),
  reject: (body) => ({ draft: true, data: { reviewState: 'rejected', reviewComment: bodyText(body, 'comment') ?? '' } }),
}

const isButton = (value: unknown): value is ReviewButton => (REVIEW_BUTTONS as readonly unknown[]).includes(value)
type Saved = { reviewState?: string; _status?: string; reviewLog?: { action: string; comment?: string | null }[] }

/** The button's save with the caller's rights; approve and reject only on the draft version the reviewer read. */
async function press(req: PayloadRequest, button: ReviewButton, id: number | string): Promise<Response> {
  const body = await smallJson(req)
  const { draft, data } = DATA[button](body)
  const collection = String(req.routeParams?.collection) as CollectionSlug
  const check = button === 'submit' ? null : await checkReviewedVersion(req, collection, id, body)
  if (check && !check.ok) return json(req, check.body, check.status)
  const context = check ? { reviewedVersion: check.reviewed } : {}
  let doc: Saved
  try {
    doc = (await req.payload.update({
      collection,
      id,
      data,
      draft,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
      context,
    })) as Saved
  } catch (error) {
    // Another save landed between the check and this one (cms/hooks/refuseStaleReview.ts): answer as the check does.
    const again = check && error instanceof APIError && error.status === 409 ? await checkReviewedVersion(req, collection, id, body) : null
    if (again && !again.ok) return json(req, again.body, again.status)
    throw error
  }
  const flagged = doc.reviewLog?.at(-1)?.action === 'sensitive-flagged' ? doc.reviewLog.at(-1)?.comment : undefined
  const message = `${REVIEW_BUTTON_LABELS[button].zh}：已完成${flagged ? `。${flagged}，审核时请核实` : ''}`
  return json(req, { ok: true, message, reviewState: doc.reviewState, status: doc._status, warning: flagged ?? null })
}

const handler: PayloadHandler = async (req) => {
  const button = req.routeParams?.action
  if (!isButton(button)) return json(req, { ok: false, message: '没有这个审核操作 / Unknown review action' }, 404)
  const refused = refuseUnless(req, ['admin', 'reviewer', 'editor', 'unitLiaison'], REVIEW_BUTTON_LABELS[button].zh)
  if (refused) return refused
  const role = req.user?.role
  if (!isRole(role) || !mayUseButton(role, button)) {
    return json(req, { ok: false, message: `只有审核员或管理员可以${REVIEW_BUTTON_LABELS[button].zh} / Reviewers only` }, 403)
  }
  try {
    const id = routeId(req)
    if (id === null) return json(req, { ok: false, message: '内容不存在 / Not found' }, 404)
    return await press(req, button, id)
  } catch (error) {
    return errorResponse(req, error)
  }
}

export const reviewEndpoint: Endpoint = { path: '/:id/review/:action', method: 'post', handler }
