import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { changedTexts } from '../../../domain/mediaReview.ts'
import type { FieldLike } from '../../../domain/sensitiveFields.ts'
import { findingMessage, findingsSummary } from '../../../domain/sensitiveWords.ts'
import { findSensitiveWords } from '../../../hooks/checkSensitiveWords.ts'
import { mediaDecision } from './settleMediaReview.ts'

/**
 * 错敏词 check when the live alt text or credit of a file that published content uses changes (a
 * reviewer's approval or own edit; editors' changes wait as proposals): refused naming field, word
 * and suggestion, unless the reviewer approves with a 错敏词放行理由, which is recorded in the log.
 */
export const checkMediaWords: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || !originalDoc?.publicUse) return data
  const changed = changedTexts({ alt: originalDoc.alt, credit: originalDoc.credit }, { alt: data.alt, credit: data.credit })
  if (changed.length === 0) return data
  const fields = (collection.fields as FieldLike[]).filter((field) => changed.includes(field.name as 'alt'))
  const findings = await findSensitiveWords(req, fields, data)
  if (findings.length === 0) return data
  const decision = mediaDecision(req)
  const override = decision?.action === 'approve' ? decision.sensitiveOverride?.trim() : undefined
  if (override) {
    req.payload.logger.warn({
      msg: `sensitive-override media:${originalDoc.id} by user ${req.user.id}: ${override}（放行：${findingsSummary(findings)}）`,
    })
    return data
  }
  const advice = decision ? '如确需保留，请填写“错敏词放行理由”后再通过。' : '请改正后再保存。'
  const errors = findings.map((finding) => ({ path: finding.path, message: `${findingMessage(finding)}${advice}` }))
  throw new ValidationError({ collection: collection.slug, errors }, req.t)
}
