import type { Config } from 'payload'
import { isWriterBusy, WRITER_BUSY_MESSAGE, WRITER_BUSY_RETRY_SECONDS } from '../domain/writerBusy.ts'

/**
 * A write that waited too long for the embedded database (cms/sqliteWriter.ts) answers 503 with a
 * Retry-After and a message saying nothing was saved — on every REST route, admin saves included —
 * instead of Payload's "Something went wrong." 500; a GraphQL mutation gets the same message in its
 * errors. Its transaction was rolled back (or never began).
 */
type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

export const answerWriterBusy: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isWriterBusy(error)) return
  // GraphQL answers 200 with an `errors` list (its own convention): the error there says the same, with
  // the status a client can act on in `extensions`, instead of "Something went wrong.".
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: WRITER_BUSY_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'WriterBusyError', statusCode: 503, retryAfter: WRITER_BUSY_RETRY_SECONDS },
      },
    }
  }
  const headers = new Headers(req.responseHeaders)
  headers.set('retry-after', String(WRITER_BUSY_RETRY_SECONDS))
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: WRITER_BUSY_MESSAGE }] } }
}
