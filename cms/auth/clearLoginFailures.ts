import type { CollectionAfterLoginHook } from 'payload'
import type { HeldSlot } from '../limits/claims.ts'
import { finishLogin } from './loginThrottle.ts'
import { LOGIN_SLOTS } from './throttleLogin.ts'

/** Users afterLogin: the password was right, so this attempt is withdrawn and the account's failures from this network are cleared. */
export const clearLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const held = req.context[LOGIN_SLOTS] as HeldSlot[] | undefined
  if (!held) return user
  delete req.context[LOGIN_SLOTS]
  await finishLogin(req.payload, held)
  return user
}
