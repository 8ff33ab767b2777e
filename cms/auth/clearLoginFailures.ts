import type { CollectionAfterLoginHook } from 'payload'
import { clientIp, loginThrottle } from './loginThrottle.ts'

/** Users afterLogin: the password was right, so the account's failures are cleared and this attempt is not held against the IP. */
export const clearLoginFailures: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  loginThrottle.succeed({ account: String((user as { email?: unknown }).email ?? ''), ip: clientIp(req) }, Date.now())
  return user
}
