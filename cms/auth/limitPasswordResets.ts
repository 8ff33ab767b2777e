import type { CollectionBeforeOperationHook } from 'payload'
import { resetClaims } from '../domain/loginThrottle.ts'
import { takeAll } from '../limits/claims.ts'
import { clientIp, setRetryAfter, TooManyResetRequests } from './loginThrottle.ts'

/**
 * Users beforeOperation for REST `POST /api/users/forgot-password`, GraphQL `forgotPasswordUser` and
 * the admin's "forgot password" form: each request counts against its client's network and against
 * the e-mail it names, registered or not (so neither the 200 nor the 429 tells whether the address
 * has an account). Over either limit → 429 with Retry-After, and no e-mail is sent. The Local API
 * (server code, tests) is not limited.
 */
export const limitPasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || req.payloadAPI === 'local') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const verdict = await takeAll(req.payload, resetClaims(email, clientIp(req)))
  if (verdict.allowed) return args
  setRetryAfter(req, verdict.retryAfterSeconds)
  throw new TooManyResetRequests(verdict.retryAfterSeconds)
}
