/** Access for accounts and Payload's system collections (job runner, document locks). */
import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole } from '../domain/roles.ts'

/** For `jobs.access` (run, queue, cancel): those receive only `{ req }`. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

const lockOwner = (data: unknown): string | undefined => {
  const user = (data as { user?: { value?: unknown } | number | string } | undefined)?.user
  const value = user && typeof user === 'object' ? user.value : user
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value === undefined || value === null ? undefined : String(value)
}

const ownLocks = (id: number | string): Where => ({ 'user.value': { equals: id } })

/**
 * Reading document locks. The admin's server-rendered views ask (Local API, overrideAccess:false)
 * who holds the lock on the document being opened, so signed-in users see every lock there;
 * through REST and GraphQL only an admin sees other people's locks.
 */
export const readLocks: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin') || req.payloadAPI === 'local') return true
  return ownLocks(req.user.id)
}

/** Releasing a lock: an admin any lock, everyone else only their own. */
export const deleteOwnLock: Access = ({ req }) => {
  if (!req.user) return false
  return hasRole(req.user, 'admin') ? true : ownLocks(req.user.id)
}

/** Refreshing a lock: an admin any lock (taking it over), everyone else only their own and only in their own name. */
export const updateOwnLock: Access = ({ req, data }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const owner = lockOwner(data)
  return owner === undefined || owner === String(req.user.id) ? ownLocks(req.user.id) : false
}

/** Creating a lock: only in one's own name (the admin itself writes locks through the database adapter). */
export const createOwnLock: Access = ({ req, data }) => {
  if (!req.user) return false
  return hasRole(req.user, 'admin') || lockOwner(data) === String(req.user.id)
}
