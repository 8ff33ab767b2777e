/**
 * What to do with a request's Range header for a file of a known size (RFC 9110 §14). Pure.
 * Only one byte range is served; a list of ranges, another unit or a malformed value is ignored
 * (the whole file is sent with 200, which RFC 9110 allows); a well-formed range that starts past
 * the end of the file is unsatisfiable (416).
 */
export type RangeDecision = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }

const FULL: RangeDecision = { kind: 'full' }
const UNSATISFIABLE: RangeDecision = { kind: 'unsatisfiable' }
const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/i
/** Longer digit strings are beyond Number's exact range and beyond any file this server holds. */
const MAX_DIGITS = 15

const toPosition = (digits: string): number => (digits.length > MAX_DIGITS ? Number.POSITIVE_INFINITY : Number(digits))

function suffixRange(lengthDigits: string, size: number): RangeDecision {
  const length = toPosition(lengthDigits)
  if (length === 0 || size === 0) return UNSATISFIABLE
  return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 }
}

/** The decision for `header` (the raw Range value, if any) on a file of `size` bytes. */
export function decideRange(header: string | undefined, size: number): RangeDecision {
  if (!header) return FULL
  const match = SINGLE_RANGE.exec(header.trim())
  if (!match) return FULL
  const [, firstDigits = '', lastDigits = ''] = match
  if (firstDigits === '' && lastDigits === '') return FULL
  if (firstDigits === '') return suffixRange(lastDigits, size)
  const start = toPosition(firstDigits)
  const last = lastDigits === '' ? Number.POSITIVE_INFINITY : toPosition(lastDigits)
  if (last < start) return FULL
  if (start >= size) return UNSATISFIABLE
  return { kind: 'partial', start, end: Math.min(last, size - 1) }
}

/** The Content-Range value of a 206 (`bytes 0-9/100`) or of a 416 (`bytes *\/100`). */
export function contentRange(decision: RangeDecision, size: number): string {
  return decision.kind === 'partial' ? `bytes ${decision.start}-${decision.end}/${size}` : `bytes */${size}`
}
