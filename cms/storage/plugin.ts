/**
 * Uploads in object storage through Payload's official adapter (@payloadcms/storage-s3) when
 * S3_BUCKET is set. The plugin is always applied (switched off without S3) with its fields always
 * inserted, so the schema — and the committed SQLite migrations — are the same either way.
 *
 * Privacy stays Payload's: `disablePayloadAccessControl` is left off, so the file URL stays
 * /api/media/file/<name>, access rules (media.publicUse) decide who gets a file, and the adapter
 * streams it from the private bucket with our response headers. Renditions are made by Payload as
 * before; the adapter uploads the original and every size under `uploads/`.
 *
 * Framework detail (rule 16), kept to this file: after uploading, the adapter saves the document once
 * more from inside its afterChange hook, marked `req.context.skipCloudStorage`. That save is not an
 * edit, so the collection's own afterChange hooks (the site rebuild request) skip it; the upload's
 * own save runs them. tests/int/media-s3.test.ts fails if an upload starts queueing a rebuild.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionAfterChangeHook, CollectionConfig, Plugin } from 'payload'
import { type MediaStorage, PRIVATE_PREFIX } from '../config/storage.ts'
import { slugs } from '../slugs.ts'
import { s3ClientConfig } from './client.ts'
import { keepStorageKeys } from './keepStorageKeys.ts'

const notForStorageResave =
  (hook: CollectionAfterChangeHook): CollectionAfterChangeHook =>
  (args) =>
    args.req.context?.skipCloudStorage ? args.doc : hook(args)

function prepareMedia(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== slugs.media) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [keepStorageKeys, ...(hooks.beforeChange ?? [])],
      afterChange: (hooks.afterChange ?? []).map(notForStorageResave),
    },
  }
}

export function mediaStorage(media: MediaStorage): Plugin {
  const s3 = media.kind === 's3' ? media.s3 : undefined
  const adapter = s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? 'unused',
    config: s3 ? s3ClientConfig(s3) : {},
    collections: { [slugs.media]: { prefix: PRIVATE_PREFIX } },
  })
  return (config) => adapter({ ...config, collections: config.collections?.map(prepareMedia) })
}
