import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * The draft a reviewer read, as POST …/review/approve|reject passes it in the save's `context`.
 * `checked` is set by the first save of that document, so saves nested in the same request (which
 * inherit the context) are not held to it.
 */
export type ReviewedVersion = { collection: string; id: number | string; updatedAt: string; checked?: boolean }

export const STALE_REVIEW = {
  zh: '草稿在您打开之后又被修改过，本次操作未执行：请重新载入，阅读最新草稿后再审核',
  en: 'The draft changed after you opened it; nothing was done. Reload and review the current draft.',
}

const sameInstant = (a: unknown, b: unknown) => Date.parse(String(a)) === Date.parse(String(b))

/**
 * The last check of 通过并发布 / 退回, on the draft this very save starts from: the endpoint compared
 * the version ids a moment earlier; if another save landed in between, refuse (409) rather than
 * publish or return a text the reviewer has not read.
 */
export const refuseStaleReview: CollectionBeforeChangeHook = ({ collection, context, data, originalDoc }) => {
  const reviewed = context?.reviewedVersion as ReviewedVersion | undefined
  if (!reviewed || reviewed.checked || reviewed.collection !== collection.slug || String(reviewed.id) !== String(originalDoc?.id)) {
    return data
  }
  reviewed.checked = true
  if (!sameInstant(originalDoc?.updatedAt, reviewed.updatedAt))
    throw new APIError(`${STALE_REVIEW.zh}。 / ${STALE_REVIEW.en}`, 409, null, true)
  return data
}
