/**
 * Did the clock change what an entry shows between two syncs? (issue 26) The loaders of the
 * clock-driven types (the content-type table's clockField) re-read every document whose date lies in a
 * window of a few days around now, so that a page showing it by the clock is made again. The kept
 * renderer used to count any such re-read as a change of the whole collection: at every publish, so
 * every route reading exposures, 民生实事, 电视问政 or volunteering was listed again. Now a re-read entry
 * whose data did not change counts only when one of its dates (any date or instant in its data, a day
 * taken as its whole China day) begins or ends between the last sync and now. A new China day needs
 * nothing here: the kept renderer then lists and renders everything again anyway (keptStatic.ts).
 * Pure: the times are passed in.
 */

const DAY_MS = 24 * 60 * 60 * 1000
/** China time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
/** How deep and how many values of an entry are looked at; beyond that the entry counts as changed. */
const MAX_DEPTH = 6
const MAX_VALUES = 2_000

/** The moments a date string stands for: an instant itself; a day its China start and end. */
function moments(text: string): number[] {
  if (DATE_ONLY.test(text)) {
    const start = Date.parse(`${text}T00:00:00Z`) - CHINA_OFFSET_MS
    return Number.isFinite(start) ? [start, start + DAY_MS] : []
  }
  if (INSTANT.test(text)) {
    const at = Date.parse(text)
    return Number.isFinite(at) ? [at] : []
  }
  return []
}

/**
 * True when a date in `data` begins or ends in (`from`, `to`] (ms), or when `data` is too big to tell.
 * `from` null (no earlier sync known): true.
 */
export function clockTurned(data: unknown, from: number | null, to: number): boolean {
  if (from === null) return true
  let seen = 0
  const walk = (value: unknown, depth: number): boolean => {
    if (++seen > MAX_VALUES || depth > MAX_DEPTH) return true
    if (typeof value === 'string') return moments(value).some((at) => at > from && at <= to)
    if (Array.isArray(value)) return value.some((item) => walk(item, depth + 1))
    if (value && typeof value === 'object') return Object.values(value).some((item) => walk(item, depth + 1))
    return false
  }
  return walk(data, 0)
}
