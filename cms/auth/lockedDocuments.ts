/**
 * Access for Payload's `payload-locked-documents` collection.
 *
 * Framework internals (ARCHITECTURE rule 16): Payload 3.90 adds this collection during config
 * sanitisation with "any signed-in user may read, create, update and delete any lock", and offers
 * no option to override it (plugins run before it exists). So the access functions of the
 * sanitised collection are replaced here, after `buildConfig`, in this one place. If an upgrade
 * renames or drops the collection this throws at startup, and tests/int/accounts-security.test.ts
 * checks an editor cannot read or release another user's lock.
 */
import type { SanitizedConfig } from 'payload'
import { createOwnLock, deleteOwnLock, readLocks, updateOwnLock } from '../access/accounts.ts'

export const LOCKED_DOCUMENTS_SLUG = 'payload-locked-documents'

export async function restrictDocumentLocks(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<SanitizedConfig> {
  const resolved = await config
  const locks = resolved.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS_SLUG)
  if (!locks)
    throw new Error(`Payload 未生成 ${LOCKED_DOCUMENTS_SLUG} 集合：请检查升级后的文档锁实现。 / ${LOCKED_DOCUMENTS_SLUG} is missing.`)
  locks.access = { ...locks.access, read: readLocks, create: createOwnLock, update: updateOwnLock, delete: deleteOwnLock }
  return resolved
}
