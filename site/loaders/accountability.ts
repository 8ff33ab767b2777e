import { ACCOUNTABILITY_FORMS, type AccountabilityForm } from '../../cms/domain/accountabilityRecords.ts'
import type { AccountabilityRecordEntry } from '../lib/entries.ts'
import { dateOnly, rows, str } from './refs.ts'

const idText = (value: unknown): string =>
  String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : (value ?? ''))

/**
 * A unit's confirmed 问责记录 from its join field (anonymous reads see confirmed records only; a
 * proposal is filtered here too), newest first.
 */
export function accountabilityRecords(join: unknown): AccountabilityRecordEntry[] {
  const docs = rows((join as { docs?: unknown } | null)?.docs)
  return docs
    .filter((doc) => doc.status === 'confirmed')
    .map((doc) => ({
      date: dateOnly(doc.date),
      form: ACCOUNTABILITY_FORMS[doc.form as AccountabilityForm]?.zh ?? str(doc.form),
      summary: str(doc.summary),
      exposureIds: (Array.isArray(doc.exposures) ? doc.exposures : []).map(idText),
      bulletinId: doc.bulletin ? idText(doc.bulletin) : null,
    }))
    .sort((a, b) => b.date.localeCompare(a.date))
}
