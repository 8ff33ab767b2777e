/** A bilingual label: Chinese first (the admin default), English when the editor switches. */
export const label = (zh: string, en: string): { zh: string; en: string } => ({ zh, en })
