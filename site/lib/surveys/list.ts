/** Surveys as the list page shows them at build time: open first (closing soonest first), then upcoming, then closed. */
import { surveyState } from '../../../cms/domain/surveys/index.ts'
import { chinaDateTime } from '../../../cms/domain/volunteering/index.ts'
import type { SurveyEntry } from '../entries.ts'

type Item = { id: string; data: SurveyEntry }
const ORDER = { open: 0, before: 1, after: 2 } as const

export function surveyList<T extends Item>(items: readonly T[], now: Date): T[] {
  const key = (item: T) => ORDER[surveyState(item.data, now)]
  return [...items].sort(
    (a, b) =>
      key(a) - key(b) || (key(a) === 2 ? b.data.closesAt.localeCompare(a.data.closesAt) : a.data.closesAt.localeCompare(b.data.closesAt)),
  )
}

export const STATE_LABELS = { open: '进行中', before: '未开始', after: '已结束' } as const

export const stateOf = (entry: SurveyEntry, now: Date) => surveyState(entry, now)

/** '2026-12-01 09:00' (Beijing time). */
export const shown = (instant: string): string => chinaDateTime(instant)

/** The district units the form offers (the CMS ids are the values). */
export const districtsOf = (units: readonly { data: { cmsId: string; name: string; kind: { value: string } } }[]) =>
  units.filter((unit) => unit.data.kind.value === 'district').map((unit) => ({ id: unit.data.cmsId, name: unit.data.name }))
