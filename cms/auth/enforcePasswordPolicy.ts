import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { passwordProblem } from './passwordPolicy.ts'

const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Users beforeOperation: create, update (single and bulk) and reset-password all carry the new
 * password in `args.data`, whichever API they came through (the admin's "create first user" too).
 * An update without a password (or an empty one, which Payload ignores) changes nothing.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (!SETS_PASSWORD.has(operation)) return args
  const data = (args as { data?: { password?: unknown } }).data
  const password = data?.password
  if (operation === 'update' && (password === undefined || password === null || password === '')) return args
  const problem = passwordProblem(password)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'password' }] })
  return args
}
