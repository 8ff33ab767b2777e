import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Where an upload's object lives is the server's choice: the storage plugin's `prefix` and
 * `_objectKey` fields are writable through the APIs, so a caller's values are dropped here and the
 * plugin files every upload under the one private folder (cms/config/storage.ts PRIVATE_PREFIX).
 */
export const keepStorageKeys: CollectionBeforeChangeHook = ({ data }) => {
  if (!data || typeof data !== 'object') return data
  const { prefix: _prefix, _objectKey: _key, ...rest } = data as Record<string, unknown>
  return rest
}
