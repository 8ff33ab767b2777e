/** Ids: numbers on SQLite, strings on MongoDB; a relation is an id or a populated document. */
export type Id = number | string

/** The id of a relation value, whether populated or not; null when empty. */
export function idOf(value: unknown): Id | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
