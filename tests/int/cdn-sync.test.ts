/**
 * The live site synced to a CDN origin bucket, against a real S3-compatible server (s3rver) started
 * here: two small builds in a row — the second sync uploads only what changed, deletes what left,
 * leaves objects outside its prefix alone, and every object carries its type and caching.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { S3Settings, StorageEnv } from '../../cms/config/storage.ts'
import { s3Client } from '../../cms/storage/client.ts'
import { listObjects } from '../../cms/storage/objects.ts'
import { afterSwitch, syncSite } from '../../publisher/cdnSync.ts'
import { IMMUTABLE, REVALIDATE } from '../../publisher/rules/cdnSync.ts'
import { type S3Server, startS3Server } from '../helpers/s3Server.ts'
import { makeTempDir } from '../helpers/tempPayload.ts'

const BUCKET = 'site-origin'
let s3: S3Server
let settings: S3Settings
const dirs: string[] = []

function build(files: Record<string, string>): string {
  const dir = makeTempDir('cdn-build')
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const md5 = (data: Buffer | string) => createHash('md5').update(data).digest('hex')

/** The bucket under `prefix` as { path: md5 of its bytes } (read back from the server). */
async function bucketContents(prefix: string): Promise<Record<string, string>> {
  const client = s3Client(settings)
  const result: Record<string, string> = {}
  for (const { key } of await listObjects(client, BUCKET, prefix ? `${prefix}/` : '')) {
    const body = await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray()
    result[prefix ? key.slice(prefix.length + 1) : key] = md5(Buffer.from(body))
  }
  return result
}

function dirContents(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      result[path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')] = md5(
        fs.readFileSync(path.join(entry.parentPath, entry.name)),
      )
  return result
}

const head = (key: string) => s3Client(settings).send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))

const first = {
  'index.html': '<h1>首页</h1><link href="/_astro/a.111.css">',
  'about/index.html': '<h1>关于</h1>',
  '_astro/a.111.css': 'body{}',
  'media/photo.webp': 'RIFF-webp-bytes',
  'rss.xml': '<rss version="2.0"></rss>',
  'feed.json': '{"items":[]}',
}
const second = {
  'index.html': '<h1>首页 新</h1><link href="/_astro/a.222.css">',
  'news/index.html': '<h1>新闻</h1>',
  '_astro/a.222.css': 'body{color:red}',
  'media/photo.webp': 'RIFF-webp-bytes',
  'rss.xml': '<rss version="2.0"></rss>',
  'feed.json': '{"items":[]}',
}

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  settings = s3.settings(BUCKET)
})
afterAll(async () => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
  await s3?.close()
})

describe('syncing the built site to a bucket', () => {
  it('should upload a first build whole, each object with its type and caching', async () => {
    const dir = build(first)
    const report = await syncSite(dir, { s3: settings, prefix: '' })
    expect([report.uploaded, report.deleted, report.unchanged]).toEqual([6, 0, 0])
    expect(await bucketContents('')).toEqual(dirContents(dir))
    const expected: [string, string, string][] = [
      ['index.html', 'text/html; charset=utf-8', REVALIDATE],
      ['about/index.html', 'text/html; charset=utf-8', REVALIDATE],
      ['_astro/a.111.css', 'text/css; charset=utf-8', IMMUTABLE],
      ['media/photo.webp', 'image/webp', IMMUTABLE],
      ['rss.xml', 'application/xml; charset=utf-8', REVALIDATE],
      ['feed.json', 'application/json; charset=utf-8', REVALIDATE],
    ]
    for (const [key, type, cache] of expected) {
      const object = await head(key)
      expect([key, object.ContentType, object.CacheControl]).toEqual([key, type, cache])
    }
  })

  it('should upload only what changed and delete what left on the next build', async () => {
    const dir = build(second)
    const report = await syncSite(dir, { s3: settings, prefix: '' })
    expect(report.plan.uploads.map((upload) => upload.key)).toEqual(['_astro/a.222.css', 'index.html', 'news/index.html'])
    expect(report.plan.deletes).toEqual(['_astro/a.111.css', 'about/index.html'])
    expect([report.uploaded, report.deleted, report.unchanged]).toEqual([3, 2, 3])
    expect(await bucketContents('')).toEqual(dirContents(dir))
    expect((await head('news/index.html')).CacheControl).toBe(REVALIDATE)
    expect((await head('_astro/a.222.css')).CacheControl).toBe(IMMUTABLE)
  })

  it('should do nothing when the build did not change', async () => {
    const report = await syncSite(build(second), { s3: settings, prefix: '' })
    expect([report.uploaded, report.deleted, report.unchanged]).toEqual([0, 0, 6])
  })

  it('should keep to its prefix: objects beside it stay, the site under it equals the build', async () => {
    await s3Client(settings).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'www-other/keep.txt', Body: 'x' }))
    const env: StorageEnv = { media: { kind: 'local' }, cdn: { enabled: true, s3: settings, prefix: 'www' } }
    const dir = build(first)
    await afterSwitch(dir, env)
    expect(await bucketContents('www')).toEqual(dirContents(dir))
    await afterSwitch(build(second), env)
    expect(await bucketContents('www')).toEqual(dirContents(dirs[dirs.length - 1] as string))
    expect((await listObjects(s3Client(settings), BUCKET, 'www-other/')).map((object) => object.key)).toEqual(['www-other/keep.txt'])
    expect((await head('www/index.html')).ContentType).toBe('text/html; charset=utf-8')
  })

  it('should leave dot files out and never throw when the bucket cannot be reached', async () => {
    const dir = build({ 'index.html': 'x', '.preview-ready': '' })
    const report = await syncSite(dir, { s3: settings, prefix: 'dots' })
    expect(report.plan.uploads.map((upload) => upload.path)).toEqual(['index.html'])
    const unreachable: StorageEnv = {
      media: { kind: 'local' },
      cdn: { enabled: true, prefix: '', s3: { ...settings, endpoint: 'http://127.0.0.1:1', bucket: 'nope' } },
    }
    await expect(afterSwitch(dir, unreachable)).resolves.toBeUndefined()
  })
})
