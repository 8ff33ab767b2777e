/**
 * The uploads a built site links, when they live in S3 (cms/config/storage.ts):
 * - `/media/<name>` links: the object is downloaded into the build's own media/ folder;
 * - `<S3_PUBLIC_BASE_URL>/<name>` links: the object is copied inside the bucket from the private
 *   `uploads/` folder to `public/` (the only folder anonymous readers may reach), and after the
 *   build went live, public copies its pages no longer link are deleted.
 * Only publish builds copy to public/; preview builds (drafts) never do.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { PRIVATE_PREFIX, PUBLIC_PREFIX, type S3Settings } from '../config/storage.ts'
import { isServableMediaPath } from '../domain/uploadRules.ts'
import { s3Client } from './client.ts'
import { eachLimited } from './files.ts'
import { deleteKeys, isNotFound, listObjects } from './objects.ts'

export const privateKey = (name: string): string => `${PRIVATE_PREFIX}/${name}`
export const publicKey = (name: string): string => `${PUBLIC_PREFIX}/${name}`
/** Public copies are never rewritten under the same name with other bytes by Payload (names are unique). */
export const PUBLIC_MEDIA_CACHE = 'public, max-age=31536000, immutable'

const copySource = (bucket: string, key: string): string => `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`

async function head(client: S3Client, bucket: string, key: string) {
  try {
    return await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

export type CopyReport = { copied: number; unchanged: number; missing: string[] }

/** Make sure `public/<name>` holds the same bytes as `uploads/<name>` for each name. */
export async function copyToPublic(s3: S3Settings, names: Iterable<string>): Promise<CopyReport> {
  const client = s3Client(s3)
  const report: CopyReport = { copied: 0, unchanged: 0, missing: [] }
  await eachLimited([...names].filter(isServableMediaPath), 8, async (name) => {
    const source = await head(client, s3.bucket, privateKey(name))
    if (!source) return void report.missing.push(name)
    const current = await head(client, s3.bucket, publicKey(name))
    if (current && current.ETag === source.ETag && current.ContentLength === source.ContentLength) return void report.unchanged++
    await client.send(
      new CopyObjectCommand({
        Bucket: s3.bucket,
        Key: publicKey(name),
        CopySource: copySource(s3.bucket, privateKey(name)),
        MetadataDirective: 'REPLACE',
        ContentType: source.ContentType,
        CacheControl: PUBLIC_MEDIA_CACHE,
      }),
    )
    report.copied++
  })
  return report
}

/** Download `uploads/<name>` into `<target>/<name>` for each name; returns how many were placed. */
export async function downloadMedia(s3: S3Settings, names: Iterable<string>, target: string): Promise<number> {
  const client = s3Client(s3)
  let placed = 0
  await eachLimited([...names].filter(isServableMediaPath), 8, async (name) => {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: privateKey(name) }))
      if (!object.Body) return
      await fs.writeFile(path.join(target, name), await object.Body.transformToByteArray())
      placed++
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  })
  return placed
}

/**
 * Delete public copies that `keep` (the live site's links) does not name and that were made before
 * `madeBefore` (the switch, less a margin for clock skew): a build running meanwhile may already have
 * copied files its pages will link. Returns the names deleted.
 */
export async function prunePublicMedia(s3: S3Settings, keep: ReadonlySet<string>, madeBefore: Date = new Date()): Promise<string[]> {
  const client = s3Client(s3)
  const stale = (await listObjects(client, s3.bucket, `${PUBLIC_PREFIX}/`))
    .filter((object) => !object.lastModified || object.lastModified < madeBefore)
    .map((object) => object.key.slice(PUBLIC_PREFIX.length + 1))
    .filter((name) => !keep.has(name))
  await deleteKeys(client, s3.bucket, stale.map(publicKey))
  return stale
}
