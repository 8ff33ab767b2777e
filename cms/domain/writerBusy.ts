/**
 * Whether an error is the embedded SQLite database staying busy for longer than a write may wait
 * (cms/sqliteWriter.ts WriterBusyError), rather than a bad request or a bug. Drizzle wraps a failed
 * statement's error in its own (DrizzleQueryError, the original as `cause`) and GraphQL in its own
 * (`originalError`), so both chains are followed and the error is known by name. Pure: README "Security" → "SQLite and transactions".
 */
export const WRITER_BUSY = 'WriterBusyError'

/** Seconds a client is asked to wait before trying again (the Retry-After header). */
export const WRITER_BUSY_RETRY_SECONDS = 5

export const WRITER_BUSY_MESSAGE =
  '数据库正忙，本次保存没有写入任何内容，请稍后重试。/ The database is busy: nothing was saved, please try again in a moment.'

export function isWriterBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { name, cause, originalError } = error as { name?: unknown; cause?: unknown; originalError?: unknown }
  if (name === WRITER_BUSY) return true
  // GraphQL wraps a resolver's error as `originalError` (graphql-js GraphQLError).
  return isWriterBusy(cause, depth + 1) || isWriterBusy(originalError, depth + 1)
}
