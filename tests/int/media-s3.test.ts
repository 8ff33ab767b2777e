/**
 * Uploads in object storage: real Payload with @payloadcms/storage-s3 against a real S3-compatible
 * server (s3rver) started here. Files land in the private uploads/ folder with their renditions,
 * metadata stripped; /api/media/file/… keeps the privacy rules; the site links the public base URL
 * and a publish build copies exactly the linked files to public/, which the switch prunes again.
 */
import fs from 'node:fs'
import path from 'node:path'
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { S3Settings, StorageEnv } from '../../cms/config/storage.ts'
import type { Media, User } from '../../cms/payload-types.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { pageSettings } from '../../site/lib/pageSettings.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { tokenFor } from '../helpers/rest.ts'
import { type S3Server, startS3Server } from '../helpers/s3Server.ts'
import { makeTempDir, startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

const BUCKET = 'campaign-media'
let s3: S3Server
let settings: S3Settings
let base = ''
let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let editorToken = ''

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const client = async () => (await import('../../cms/storage/client.ts')).s3Client(settings)
const keys = async (prefix: string) => {
  const { listObjects } = await import('../../cms/storage/objects.ts')
  return (await listObjects(await client(), BUCKET, prefix)).map((object) => object.key).sort()
}
const objectBytes = async (key: string) =>
  Buffer.from(await (await (await client()).send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray())
const fileNames = (doc: Media) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(Boolean) as string[]

async function get(url: string, token?: string): Promise<Response> {
  const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  return handleEndpoints({
    config: ctx.config as never,
    request: new Request(`http://localhost/api${url}`, { headers }),
    payloadInstanceCacheKey: ctx.key,
  })
}

const photo = () =>
  sharp({ create: { width: 1700, height: 1000, channels: 3, background: '#2a7' } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: 'secret place' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 48/1 0/1' } })
    .toBuffer()

async function upload(name: string, data: Buffer, mimetype: string, extra: Record<string, unknown> = {}): Promise<Media> {
  return ctx.payload.create({
    collection: 'media',
    data: { alt: name, ...extra } as never,
    file: file(data, name, mimetype),
    user: editor,
    overrideAccess: false,
  })
}

const publishAd = (image: number) =>
  ctx.payload.create({
    collection: 'public-ads',
    data: { ...validDataFor('public-ads', refs), image, _status: 'published' } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  settings = s3.settings(BUCKET)
  base = `${s3.endpoint}/${BUCKET}/public`
  ctx = await startTempPayload('media-s3', { ...s3.env(BUCKET), S3_PUBLIC_BASE_URL: `${base}/` })
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  editorToken = await tokenFor(ctx, editor.email)
})
afterAll(async () => {
  await ctx?.close()
  await s3?.close()
})

describe('uploads in S3', () => {
  let doc: Media

  it('should store the original and every rendition in the private uploads/ folder, and nothing on disk', async () => {
    doc = await upload('street.jpg', await photo(), 'image/jpeg')
    expect(Object.keys(doc.sizes ?? {}).sort()).toEqual(['card', 'hero', 'social', 'thumbnail'])
    const names = fileNames(doc)
    expect(names).toHaveLength(5)
    expect(await keys('uploads/street')).toEqual(names.map((name) => `uploads/${name}`).sort())
    expect((await keys('')).every((key) => key.startsWith('uploads/'))).toBe(true)
    expect(fs.readdirSync(ctx.settings.paths.mediaDir)).toEqual([])
    const social = await (await client()).send(new HeadObjectCommand({ Bucket: BUCKET, Key: `uploads/${doc.sizes?.social?.filename}` }))
    expect(social.ContentType).toBe('image/jpeg')
    expect((await sharp(await objectBytes(`uploads/${doc.sizes?.card?.filename}`)).metadata()).format).toBe('webp')
  })

  it('should strip EXIF and GPS before the file reaches the bucket', async () => {
    const stored = await objectBytes(`uploads/${doc.filename}`)
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
    expect(stored.includes(Buffer.from('secret place'))).toBe(false)
  })

  it('should refuse an unused file to anonymous readers of /api/media/file/… and serve it to staff with our headers', async () => {
    expect([403, 404]).toContain((await get(`/media/file/${doc.filename}`)).status)
    expect([403, 404]).toContain((await get(`/media/file/${doc.sizes?.card?.filename}`)).status)
    const staff = await get(`/media/file/${doc.filename}`, editorToken)
    expect(staff.status).toBe(200)
    expect(staff.headers.get('content-type')).toBe('image/jpeg')
    expect(staff.headers.get('x-content-type-options')).toBe('nosniff')
    expect(staff.headers.get('content-security-policy')).toContain('sandbox')
    expect(Buffer.from(await staff.arrayBuffer()).equals(await objectBytes(`uploads/${doc.filename}`))).toBe(true)
  })

  it('should serve the file to anonymous readers once a published document uses it', async () => {
    await publishAd(doc.id)
    const served = await get(`/media/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(await objectBytes(`uploads/${doc.filename}`))).toBe(true)
    expect((await get(`/media/file/${doc.sizes?.thumbnail?.filename}`)).status).toBe(200)
  })

  it('should file an upload under uploads/ whatever prefix or object key the caller sends', async () => {
    const forged = await upload('forged.jpg', await photo(), 'image/jpeg', { prefix: 'public', _objectKey: '../public' })
    expect(await keys('public/')).toEqual([])
    expect(await keys(`uploads/${forged.filename}`)).toEqual([`uploads/${forged.filename}`])
  })

  it('should queue no site rebuild for a new upload (the adapter’s own re-save is not an edit), but one for an edit', async () => {
    const queued = async () =>
      (await ctx.payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'site-publish' } }, overrideAccess: true }))
        .totalDocs
    const before = await queued()
    const fresh = await upload('fresh.jpg', await photo(), 'image/jpeg')
    expect(await queued()).toBe(before)
    await ctx.payload.update({ collection: 'media', id: fresh.id, data: { alt: '新的替代文字' }, user: editor, overrideAccess: false })
    expect(await queued()).toBe(before + 1)
  })

  it('should delete the objects with the media item', async () => {
    const doomed = await upload('doomed.png', await photo(), 'image/jpeg')
    expect(await keys(`uploads/${doomed.filename}`)).toHaveLength(1)
    await ctx.payload.delete({ collection: 'media', id: doomed.id, user: reviewer, overrideAccess: false })
    for (const name of fileNames(doomed)) expect(await keys(`uploads/${name}`)).toEqual([])
  })
})

describe('the site with media in S3', () => {
  let used: Media
  let pdf: Media
  let draftOnly: Media
  let outDir: string

  beforeAll(async () => {
    used = await upload('used.jpg', await photo(), 'image/jpeg')
    pdf = await upload('notice.pdf', simplePdf('Notice'), 'application/pdf')
    draftOnly = await upload('draft.jpg', await photo(), 'image/jpeg')
    await publishAd(used.id)
    outDir = makeTempDir('media-s3-site')
  })

  it('should link images at S3_PUBLIC_BASE_URL', async () => {
    const { siteImageUnder, mediaUrl } = await import('../../site/lib/media.ts')
    const mediaBase = pageSettings(ctx.settings).mediaBase
    const image = siteImageUnder(mediaBase)(used)
    expect(image?.src).toBe(`${base}/${encodeURIComponent(used.sizes?.card?.filename as string)}`)
    expect(image?.srcset.split(', ').map((entry) => entry.split(' ')[0])).toEqual(
      ['thumbnail', 'card', 'hero'].map((size) => `${base}/${used.sizes?.[size as 'card']?.filename}`),
    )
    expect(image?.social).toBe(`${base}/${used.sizes?.social?.filename}`)
    expect(mediaUrl('a b.jpg', mediaBase)).toBe(`${base}/a%20b.jpg`)
  })

  it('should copy exactly the linked files to public/ in a publish build, download /media/ links, and copy nothing in a preview', async () => {
    const { siteImageUnder } = await import('../../site/lib/media.ts')
    const { placePublicMedia } = await import('../../publisher/astro/publicMedia.ts')
    const storage = ctx.settings.storage.media
    const image = siteImageUnder(pageSettings(ctx.settings).mediaBase)(used)
    const page = `<img src="${image?.src}" srcset="${image?.srcset}"><meta content="${image?.social}"><a href="/media/${pdf.filename}">PDF</a>`
    fs.writeFileSync(path.join(outDir, 'index.html'), page)

    const preview = await placePublicMedia(outDir, { preview: true, storage, mediaDir: ctx.settings.paths.mediaDir })
    expect(preview).toEqual({ local: 1, published: 0, missing: [] })
    expect(await keys('public/')).toEqual([])

    const placed = await placePublicMedia(outDir, { storage, mediaDir: ctx.settings.paths.mediaDir })
    const linked = fileNames(used).filter((name) => name !== used.filename)
    expect(placed).toEqual({ local: 1, published: 4, missing: [] })
    expect(await keys('public/')).toEqual(linked.map((name) => `public/${name}`).sort())
    expect(fs.readdirSync(path.join(outDir, 'media'))).toEqual([pdf.filename])
    expect(fs.readFileSync(path.join(outDir, 'media', pdf.filename as string)).equals(await objectBytes(`uploads/${pdf.filename}`))).toBe(
      true,
    )
    const copy = await (await client()).send(new HeadObjectCommand({ Bucket: BUCKET, Key: `public/${used.sizes?.card?.filename}` }))
    expect([copy.ContentType, copy.CacheControl]).toEqual(['image/webp', 'public, max-age=31536000, immutable'])
    // What anonymous readers reach at the public base URL: the linked renditions, never the draft's file.
    expect((await fetch(`${base}/${used.sizes?.card?.filename}`)).status).toBe(200)
    expect((await fetch(`${base}/${draftOnly.filename}`)).status).toBe(404)
    expect(storage.kind).toBe('s3')
  })

  it('should delete public copies the live site no longer links after the switch, but not copies a build may have just made', async () => {
    const { afterSwitch } = await import('../../publisher/cdnSync.ts')
    const { siteImageUnder } = await import('../../site/lib/media.ts')
    const toSiteImage = siteImageUnder(pageSettings(ctx.settings).mediaBase)
    const env: StorageEnv = { media: { kind: 's3', s3: settings, publicBaseUrl: base }, cdn: { enabled: false } }
    const later = new Date(Date.now() + 5 * 60_000)
    fs.writeFileSync(path.join(outDir, 'index.html'), `<img src="${toSiteImage(used)?.src}">`)
    await afterSwitch(outDir, env)
    expect(await keys('public/')).toHaveLength(4)
    await afterSwitch(outDir, env, later)
    expect(await keys('public/')).toEqual([`public/${used.sizes?.card?.filename}`])
    fs.writeFileSync(path.join(outDir, 'index.html'), '<p>unpublished</p>')
    await afterSwitch(outDir, env, later)
    expect(await keys('public/')).toEqual([])
    expect(await keys(`uploads/${used.filename}`)).toEqual([`uploads/${used.filename}`])
  })
})
