/**
 * What happens after a build went live (siteBuild.ts calls afterSwitch once the live path points at it):
 * 1. Uploads in S3 with S3_PUBLIC_BASE_URL: public copies the live site no longer links are deleted
 *    (an unpublished document's files stop being public).
 * 2. With CDN_S3_BUCKET: the live site is synced to that bucket — only new or changed files uploaded
 *    (size + MD5 against the listing's ETags), files that left deleted, each with its Content-Type and
 *    Cache-Control (publisher/rules/cdnSync.ts). Assets go up before pages, deletions come last.
 * Neither step can fail a build: errors are logged, and the next switch syncs everything again.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import type { S3Settings, StorageEnv } from '../cms/config/storage.ts'
import { s3Client } from '../cms/storage/client.ts'
import { eachLimited } from '../cms/storage/files.ts'
import { linkedMediaOf } from '../cms/storage/linkedMedia.ts'
import { deleteKeys, listObjects } from '../cms/storage/objects.ts'
import { prunePublicMedia } from '../cms/storage/publicMedia.ts'
import { planSync, type SiteFile, type SyncPlan } from './rules/cdnSync.ts'

export type CdnTargetSettings = { s3: S3Settings; prefix: string }
export type SyncReport = { uploaded: number; deleted: number; unchanged: number }

function md5Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('md5')
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/** Every file of a built site (dot files left out), with its size and MD5. */
export async function siteFiles(dir: string): Promise<SiteFile[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')))
    .sort()
  const result: SiteFile[] = []
  await eachLimited(files, 8, async (relative) => {
    const full = path.join(dir, relative)
    result.push({ path: relative, size: (await fsp.stat(full)).size, md5: await md5Of(full) })
  })
  return result
}

/** Make the bucket (under its prefix) hold exactly the site in `dir`. Returns what it did. */
export async function syncSite(dir: string, target: CdnTargetSettings): Promise<SyncReport & { plan: SyncPlan }> {
  const client = s3Client(target.s3)
  const bucket = target.s3.bucket
  const remote = await listObjects(client, bucket, target.prefix ? `${target.prefix}/` : '')
  const plan = planSync(await siteFiles(dir), remote, target.prefix)
  const assets = plan.uploads.filter((upload) => !upload.path.endsWith('.html'))
  const pages = plan.uploads.filter((upload) => upload.path.endsWith('.html'))
  for (const batch of [assets, pages]) {
    await eachLimited(batch, 8, async (upload) => {
      const body = await fsp.readFile(path.join(dir, upload.path))
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: upload.key,
          Body: body,
          ContentType: upload.contentType,
          CacheControl: upload.cacheControl,
        }),
      )
    })
  }
  await deleteKeys(client, bucket, plan.deletes)
  return { uploaded: plan.uploads.length, deleted: plan.deletes.length, unchanged: plan.unchanged, plan }
}

/** Public copies younger than this at the switch are left for the next switch to judge (a build may be running meanwhile). */
const PRUNE_MARGIN_MS = 60_000

async function afterSwitchSteps(dir: string, env: StorageEnv, switchedAt: Date): Promise<void> {
  const media = env.media
  if (media.kind === 's3' && media.publicBaseUrl) {
    try {
      const { atBase } = await linkedMediaOf(dir, media.publicBaseUrl)
      const removed = await prunePublicMedia(media.s3, atBase, new Date(switchedAt.getTime() - PRUNE_MARGIN_MS))
      if (removed.length > 0) console.log(`媒体公开副本已删除 / public media copies deleted: ${removed.length}`)
    } catch (error) {
      console.error('✖ 公开媒体清理失败 / pruning public media failed:', error)
    }
  }
  if (env.cdn.enabled) {
    try {
      const report = await syncSite(dir, env.cdn)
      console.log(`CDN 同步 / CDN sync: ${report.uploaded} uploaded, ${report.deleted} deleted, ${report.unchanged} unchanged`)
    } catch (error) {
      console.error('✖ CDN 同步失败 / CDN sync failed (the next switch syncs again):', error)
    }
  }
}

let running: Promise<void> = Promise.resolve()

/** Run after each switch to `dir` (one at a time in this process), with the storage settings (settings.storage). Never throws. */
export function afterSwitch(dir: string, env: StorageEnv, switchedAt: Date = new Date()): Promise<void> {
  running = running.then(() => afterSwitchSteps(dir, env, switchedAt))
  return running
}

/** Resolves when every afterSwitch started so far has finished (a command that exits must wait for it). */
export const afterSwitchIdle = (): Promise<void> => running
