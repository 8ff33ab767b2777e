/** Small S3 operations shared by the public media copies and the CDN sync. */
import { DeleteObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { eachLimited } from './files.ts'

export type StoredObject = { key: string; size: number; etag: string; lastModified?: Date }

/** Every object under `prefix` (all pages of the listing). */
export async function listObjects(client: S3Client, bucket: string, prefix: string): Promise<StoredObject[]> {
  const objects: StoredObject[] = []
  let token: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }))
    for (const item of page.Contents ?? [])
      if (item.Key)
        objects.push({
          key: item.Key,
          size: Number(item.Size ?? 0),
          etag: String(item.ETag ?? ''),
          ...(item.LastModified ? { lastModified: item.LastModified } : {}),
        })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

/** Delete these keys one request each (DeleteObjects needs checksums not every S3-compatible server takes). */
export async function deleteKeys(client: S3Client, bucket: string, keys: readonly string[]): Promise<void> {
  await eachLimited(keys, 8, async (key) => {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
  })
}

/** True when the error is S3's "no such key" (HEAD answers a bare 404). */
export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404
}
