/**
 * POST /api/media/:id/review/approve | reject — a reviewer decides a proposed change of alt text or
 * credit to a file that published content uses (cms/domain/mediaReview.ts). Reviewers and admins only;
 * the decision is the ordinary save made with the caller's rights (overrideAccess: false), so the
 * 错敏词 check and the site rebuild run as for any alt change. Body (JSON, ≤ 16 KB):
 * { comment } to reject (required), { sensitiveOverride } to approve despite 错敏词, and optionally
 * { requestedAt } — the proposal the reviewer read; a newer one is refused (409) so it is read first.
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { MEDIA_DECISION_KEY, type MediaDecision } from '../collections/Media/hooks/settleMediaReview.ts'
import { DECIDING_ROLES, isMediaReviewAction, MEDIA_REVIEW_LABELS, type MediaReviewAction } from '../domain/mediaReview.ts'
import { slugs } from '../slugs.ts'
import { bodyText, errorResponse, json, refuseUnless, routeId, smallJson } from './respond.ts'

type Pending = { alt?: string | null; credit?: string | null; requestedAt?: string | null; rejectedReason?: string | null }

async function decide(req: PayloadRequest, action: MediaReviewAction): Promise<Response> {
  const id = routeId(req)
  if (id === null) return json(req, { ok: false, message: '媒体文件不存在 / Not found' }, 404)
  const body = await smallJson(req)
  const found = await req.payload.find({
    collection: slugs.media,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const pending = (found.docs[0] as { pendingChange?: Pending } | undefined)?.pendingChange
  if (!found.docs[0]) return json(req, { ok: false, message: '媒体文件不存在 / Not found' }, 404)
  if (!pending?.requestedAt) return json(req, { ok: false, message: '这个文件没有待审核的修改。 / No change awaits review.' }, 409)
  const seen = bodyText(body, 'requestedAt', 40)
  if (seen && new Date(seen).getTime() !== new Date(pending.requestedAt).getTime())
    return json(
      req,
      { ok: false, message: '待审核的修改已被更新，请刷新后重新审阅。 / The proposal changed; reload and read it again.' },
      409,
    )
  const comment = bodyText(body, 'comment', 500)
  if (action === 'reject' && !comment)
    return json(
      req,
      {
        ok: false,
        message: '退回时必须填写审核意见。 / A comment is required to return a change.',
        errors: [{ path: 'comment', message: '退回时必须填写审核意见。' }],
      },
      400,
    )
  const decision: MediaDecision = { action, comment, sensitiveOverride: bodyText(body, 'sensitiveOverride', 500) }
  const doc = (await req.payload.update({
    collection: slugs.media,
    id,
    data: {},
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
    context: { [MEDIA_DECISION_KEY]: decision },
  })) as { alt?: string; credit?: string | null; pendingChange?: Pending }
  const message = `${MEDIA_REVIEW_LABELS[action].zh.replace(/（.*）/, '')}：已完成${action === 'approve' ? '，网站将随后更新' : ''}`
  return json(req, { ok: true, message, alt: doc.alt, credit: doc.credit ?? null, pendingChange: doc.pendingChange ?? null })
}

const handler: PayloadHandler = async (req) => {
  const action = req.routeParams?.action
  if (!isMediaReviewAction(action)) return json(req, { ok: false, message: '没有这个审核操作 / Unknown review action' }, 404)
  const refused = refuseUnless(req, DECIDING_ROLES, MEDIA_REVIEW_LABELS[action].zh)
  if (refused) {
    if (refused.status !== 403) return refused
    return json(req, { ok: false, message: `只有审核员或管理员可以${MEDIA_REVIEW_LABELS[action].zh} / Reviewers only` }, 403)
  }
  try {
    return await decide(req, action)
  } catch (error) {
    return errorResponse(req, error)
  }
}

export const mediaReviewEndpoint: Endpoint = { path: '/:id/review/:action', method: 'post', handler }
