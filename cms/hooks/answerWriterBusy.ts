import type { Config } from 'payload'
import { isWriterBusy, WRITER_BUSY_MESSAGE, WRITER_BUSY_RETRY_SECONDS } from '../domain/writerBusy.ts'

/**
 * A write that waited too long for the embedded database (cms/sqliteWriter.ts) answers 503 with a
 * Retry-After and a message saying nothing was saved — on every REST route, admin saves included —
 * instead of Payload's "Something went wrong." 500. Its transaction was rolled back (or never began).
 */
type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

export const answerWriterBusy: AfterErrorHook = ({ error, req }) => {
  if (!isWriterBusy(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('retry-after', String(WRITER_BUSY_RETRY_SECONDS))
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: WRITER_BUSY_MESSAGE }] } }
}
