import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { approvedTexts, DECIDING_ROLES, type MediaReviewAction, type Texts } from '../../../domain/mediaReview.ts'
import { hasRole } from '../../../domain/roles.ts'

/** A reviewer's decision on a proposed change, handed by the review endpoint to the save it makes. */
export type MediaDecision = { action: MediaReviewAction; comment?: string; sensitiveOverride?: string }
export const MEDIA_DECISION_KEY = 'mediaDecision'

/** The decision of this request, honoured only for reviewers and admins. */
export function mediaDecision(req: PayloadRequest): MediaDecision | undefined {
  const decision = req.context?.[MEDIA_DECISION_KEY] as MediaDecision | undefined
  return decision && hasRole(req.user, ...DECIDING_ROLES) ? decision : undefined
}

const CLEARED = { alt: null, credit: null, requestedBy: null, requestedAt: null }

/**
 * 通过: the proposed alt text and credit become live (checkMediaWords then checks them, and the
 * rebuild follows as for any alt change); 退回: the proposal is dropped and the reason kept.
 */
export const settleMediaReview: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const decision = mediaDecision(req)
  if (operation !== 'update' || !decision || !originalDoc?.pendingChange?.requestedAt) return data
  if (decision.action === 'approve') {
    const texts = approvedTexts({ alt: originalDoc.alt, credit: originalDoc.credit }, originalDoc.pendingChange as Texts)
    Object.assign(data, texts)
    data.pendingChange = { ...CLEARED, rejectedReason: null }
  } else data.pendingChange = { ...CLEARED, rejectedReason: decision.comment ?? '' }
  return data
}
