import type { CollectionBeforeOperationHook } from 'payload'
import { loginAttemptOf, loginThrottle, setRetryAfter, TooManyLoginAttempts } from './loginThrottle.ts'

/**
 * Users beforeOperation, before Payload looks at the password: REST `POST /api/users/login` and
 * GraphQL `loginUser` are refused with 429 + Retry-After once the account or the client IP has
 * too many recent failures. Otherwise the attempt counts as a failure until `clearLoginFailures`
 * sees it succeed. Local API logins (server code, tests) are not throttled.
 */
export const throttleLogin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const verdict = loginThrottle.attempt(loginAttemptOf(req, (args as { data?: unknown }).data), Date.now())
  if (verdict.allowed) return args
  setRetryAfter(req, verdict.retryAfterSeconds)
  throw new TooManyLoginAttempts(verdict.retryAfterSeconds)
}
