import type { CollectionAfterChangeHook } from 'payload'
import { proposeRevocations } from '../../TitleRevocations/propose.ts'

/** When a record becomes confirmed (recorded so, or a proposal confirmed), its unit's titles get 摘牌提议 for a reviewer. */
export const proposeTitleRevocations: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'confirmed' && previousDoc?.status !== 'confirmed') await proposeRevocations(req.payload, doc, req)
  return doc
}
