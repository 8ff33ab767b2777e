import { APIError } from 'payload'

/**
 * A 403 with our own bilingual message that Payload logs as one info line like its own Forbidden
 * (its logger picks the level by the error's name), not as an error with a stack trace.
 */
export function forbidden(message: string): APIError {
  const error = new APIError(message, 403, null, true)
  error.name = 'Forbidden'
  return error
}
