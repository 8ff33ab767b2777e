import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf } from '../../domain/ids.ts'
import { checkDecision as check, type ProposalStatus } from '../../domain/titles.ts'
import { slugs } from '../../slugs.ts'

const HAS_DRAFT =
  '该称号有尚未发布的草稿修改：请先发布或放弃草稿，再确认摘牌。 / The title has unpublished draft changes: publish or discard them first.'

/**
 * A reviewer's decision: checked (cms/domain/titles.ts checkDecision), with who and when recorded.
 * Accepting over a title with an unpublished draft is refused here, before anything is written, so
 * accepting never publishes someone's unfinished edits.
 */
export const checkDecision: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'create') return { ...data, status: 'pending' }
  const before = (originalDoc?.status ?? 'pending') as ProposalStatus
  const errors = check(before, data)
  const title = idOf(data.title ?? originalDoc?.title)
  if (errors.length === 0 && before === 'pending' && data.status === 'accepted' && title !== null) {
    const latest = await req.payload.findByID({
      collection: slugs.civilityTitles,
      id: title,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (latest._status !== 'published') errors.push({ field: 'status', message: HAS_DRAFT })
  }
  if (errors.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: errors.map((e) => ({ path: e.field, message: e.message })) }, req.t)
  if (before === 'pending' && data.status !== 'pending') {
    data.decidedBy = req.user?.id ?? null
    data.decidedAt = new Date().toISOString()
  }
  return data
}

/** Accepting revokes the title: its 摘牌 (reason, date, this proposal) is written and published by the deciding reviewer. */
export const applyDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  const id = idOf(doc.title)
  if (id === null) return doc
  await req.payload.update({
    collection: slugs.civilityTitles,
    id,
    data: { revocation: { date: doc.revokedOn, reason: doc.reason, proposal: doc.id }, _status: 'published' } as never,
    overrideAccess: true,
    user: req.user,
    req,
  })
  return doc
}
