/**
 * The database index that matches a public list query. Anonymous lists ask for
 * `_status = 'published'` in the collection's default order, so one compound index on the status
 * followed by the sort fields lets the database read the first page straight from the index. Pure.
 */
type Sort = string | string[] | undefined

/** Payload sorts by `-createdAt` when a collection names no default order. */
const DEFAULT_SORT = '-createdAt'

/** The fields of the compound index for a drafted collection with this `defaultSort`. */
export function publishedListIndex(defaultSort: Sort): { fields: string[] } {
  const sort =
    defaultSort === undefined || defaultSort.length === 0 ? [DEFAULT_SORT] : Array.isArray(defaultSort) ? defaultSort : [defaultSort]
  return { fields: ['_status', ...sort.map((field) => field.replace(/^-/, ''))] }
}
