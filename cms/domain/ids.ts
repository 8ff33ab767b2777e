/** Ids: numbers on SQLite, strings on MongoDB; a relation is an id or a populated document. */
export type Id = number | string

/** The id of a relation value, whether populated or not; null when empty. */
export function idOf(value: unknown): Id | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/**
 * True when `value` can be an id of the database in use: a positive integer on SQLite (ids are
 * numbers), a 24-hex ObjectId or a plain text id on MongoDB. Anything else (`me`, `count`, `NaN`, a
 * 300-character string) names no document: a clean 404, not a failed query.
 */
export function isWellFormedId(value: unknown, idType: 'number' | 'text'): boolean {
  if (idType === 'number') {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
    return /^[1-9]\d{0,15}$/.test(text)
  }
  return typeof value === 'string' ? /^[A-Za-z0-9_-]{1,64}$/.test(value) : typeof value === 'number' && Number.isSafeInteger(value)
}
