import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { isClosedStatus } from '../../../domain/residentReports.ts'
import { slugs } from '../../../slugs.ts'

/**
 * An editor's decision on a report: 不予受理 needs a reason, 合并 needs another report (not itself,
 * not one merged back into this one). Closing stamps closedAt (the contact-erasure clock) and who
 * handled it; reopening clears closedAt.
 */
export const applyReportDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const status = data.status ?? originalDoc?.status
  const errors: { path: string; message: string }[] = []
  const reason = String(data.rejectReason ?? originalDoc?.rejectReason ?? '').trim()
  if (status === 'rejected' && !reason)
    errors.push({ path: 'rejectReason', message: '不予受理理由：必填，市民凭查询码可以看到。 / A reason is required.' })
  const target = idOf(data.mergedInto ?? originalDoc?.mergedInto)
  if (status === 'merged') {
    if (target === null) errors.push({ path: 'mergedInto', message: '合并到：请选择另一条随手拍。 / Choose the report to merge into.' })
    else if (String(target) === String(originalDoc?.id))
      errors.push({ path: 'mergedInto', message: '合并到：不能合并到自身。 / Cannot merge a report into itself.' })
    else {
      const other = await req.payload.findByID({
        collection: slugs.residentReports,
        id: target,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!other) errors.push({ path: 'mergedInto', message: '合并到：该随手拍不存在。 / That report does not exist.' })
      else if (String(idOf(other.mergedInto)) === String(originalDoc?.id))
        errors.push({ path: 'mergedInto', message: '合并到：对方已合并到本条，不能互相合并。 / Circular merge.' })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: slugs.residentReports, errors }, req.t)
  const wasClosed = isClosedStatus(originalDoc?.status)
  if (isClosedStatus(status) && !wasClosed) data.closedAt = new Date().toISOString()
  if (!isClosedStatus(status)) data.closedAt = null
  if (status !== originalDoc?.status && req.user) data.handledBy = req.user.id
  return data
}
