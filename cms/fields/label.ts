/** A bilingual label: Chinese first (the admin default), English when the editor switches. */
export const label = (zh: string, en: string): { zh: string; en: string } => ({ zh, en })

type Labels = Record<string, { zh: string; en: string }>

/** Select options from a map of value → bilingual label. */
export const selectOptions = (labels: Labels) => Object.entries(labels).map(([value, l]) => ({ value, label: l }))

/** The admin date picker for calendar days. */
export const dayPicker = { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' }
