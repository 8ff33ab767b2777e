import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf } from '../../domain/ids.ts'
import { checkDecision as check, type ProposalStatus } from '../../domain/titles.ts'
import { slugs } from '../../slugs.ts'

const HAS_DRAFT =
  '该称号有尚未发布的草稿修改：请先发布或放弃草稿，再确认摘牌。 / The title has unpublished draft changes: publish or discard them first.'

/** A reviewer's decision: checked (cms/domain/titles.ts checkDecision), with who and when recorded. */
export const checkDecision: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'create') return { ...data, status: 'pending' }
  const before = (originalDoc?.status ?? 'pending') as ProposalStatus
  const errors = check(before, data)
  if (errors.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: errors.map((e) => ({ path: e.field, message: e.message })) }, req.t)
  if (before === 'pending' && data.status !== 'pending') {
    data.decidedBy = req.user?.id ?? null
    data.decidedAt = new Date().toISOString()
  }
  return data
}

/**
 * Accepting revokes the title: its 摘牌 (reason, date, this proposal) is written and published by the
 * deciding reviewer, in the same transaction. A title with an unpublished draft is refused, so
 * accepting never publishes someone's unfinished edits.
 */
export const applyDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  const id = idOf(doc.title)
  if (id === null) return doc
  const latest = await req.payload.findByID({ collection: slugs.civilityTitles, id, draft: true, depth: 0, overrideAccess: true, req })
  if (latest._status !== 'published')
    throw new ValidationError({ collection: slugs.titleRevocations, errors: [{ path: 'status', message: HAS_DRAFT }] }, req.t)
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
