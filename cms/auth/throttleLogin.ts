import type { CollectionBeforeOperationHook } from 'payload'
import { loginAttemptOf } from '../domain/loginThrottle.ts'
import type { HeldSlot } from '../limits/claims.ts'
import { clientIp, setRetryAfter, startLoginAttempt, TooManyLoginAttempts } from './loginThrottle.ts'

/** Where the attempt's slots wait in req.context for `clearLoginFailures` (the same request). */
export const LOGIN_SLOTS = 'loginSlots'

/**
 * Users beforeOperation, before Payload looks at the password: REST `POST /api/users/login`, GraphQL
 * `loginUser` and the admin's login form are refused with 429 + Retry-After once the client's
 * network, or this account from this network, has too many recent failures (counted in the
 * database, shared by every API process). Otherwise the attempt counts as a failure until
 * `clearLoginFailures` sees it succeed. Local API logins (server code, tests) are not throttled.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const attempt = loginAttemptOf((args as { data?: unknown }).data, clientIp(req))
  if (!attempt) return args
  const verdict = await startLoginAttempt(req.payload, attempt)
  if (!verdict.allowed) {
    setRetryAfter(req, verdict.retryAfterSeconds)
    throw new TooManyLoginAttempts(verdict.retryAfterSeconds)
  }
  req.context[LOGIN_SLOTS] = verdict.held satisfies HeldSlot[]
  return args
}
