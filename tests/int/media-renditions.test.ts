/**
 * The media collection decodes each upload once (cms/media/renditions.ts) and must store exactly what
 * Payload's own pipeline stored before. The reference here IS Payload's code: its createImageSizes with
 * the collection's sizes, and the sharp call its `constructorOptions` made for the original. So this
 * also fails when a Payload upgrade changes how renditions are cut (rule 16,
 * cms/collections/Media/imageSizes.ts).
 *
 * Compared, with no tolerance: each rendition's file name, width, height, type, size in bytes and its
 * decoded pixels (raw buffers equal); the original's format, size and decoded pixels. The originals'
 * bytes are equal too, except that a PNG no longer carries the upload's pixel density (pHYs).
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { createLocalReq, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMAGE_SIZES, PAYLOAD_IMAGE_SIZES } from '../../cms/collections/Media/imageSizes.ts'
import { focalResize, type RenditionSpec, resizedSize } from '../../cms/domain/renditionPlan.ts'
import type { Media } from '../../cms/payload-types.ts'
import { createImageSizes } from '../../node_modules/payload/dist/uploads/image-resizing/createImageSizes.js'
import { rejectionText } from '../helpers/errors.ts'
import { IMAGE_FIXTURES, imageFixture } from '../helpers/imageFixtures.ts'
import { makeTempDir, startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

let ctx: TempPayload
let scratch: string
const media = (name: string) => path.join(ctx.settings.paths.mediaDir, name)
const mediaFiles = () => fs.readdirSync(ctx.settings.paths.mediaDir).sort()
const animated = (mimeType: string) => mimeType === 'image/gif' || mimeType === 'image/webp'

beforeAll(async () => {
  ctx = await startTempPayload('renditions')
  scratch = makeTempDir('renditions-reference')
})
afterAll(async () => {
  await ctx.close()
  fs.rmSync(scratch, { recursive: true, force: true })
})

/** What Payload 3.90 made from `file` for the collection's sizes, the way it did before this pipeline. */
async function payloadSizes(file: Buffer, mimeType: string, savedFilename: string, focalPoint: { x: number; y: number } | undefined) {
  const { width, height } = await sharp(file).metadata()
  const { sizeData, sizesToSave } = await createImageSizes({
    config: { upload: { imageSizes: IMAGE_SIZES } } as unknown as SanitizedCollectionConfig,
    dimensions: { width, height },
    file: { data: file, mimetype: mimeType, name: savedFilename, size: file.length } as PayloadRequest['file'],
    focalPoint,
    mimeType,
    req: {} as PayloadRequest,
    savedFilename,
    sharp,
    staticPath: scratch,
    withMetadata: false,
  })
  return {
    sizeData,
    files: new Map(sizesToSave.map((saved) => [path.basename(saved.path), 'buffer' in saved ? saved.buffer : Buffer.alloc(0)])),
  }
}

async function expectSamePixels(actual: Buffer, expected: Buffer, frames: boolean): Promise<void> {
  const decode = (data: Buffer) =>
    sharp(data, frames ? { animated: true } : {})
      .raw()
      .toBuffer({ resolveWithObject: true })
  const [a, b] = await Promise.all([decode(actual), decode(expected)])
  expect(a.info).toEqual(b.info)
  expect(Buffer.compare(a.data, b.data)).toBe(0)
}

/** Every size of `doc` equals Payload's, in the document and on disk. */
async function expectPayloadSizes(doc: Media, reference: Awaited<ReturnType<typeof payloadSizes>>): Promise<void> {
  for (const { name } of IMAGE_SIZES) {
    const expected = reference.sizeData[name]
    const actual = doc.sizes?.[name as keyof NonNullable<Media['sizes']>]
    const fields = (size: typeof expected | typeof actual) => [
      size?.filename ?? null,
      size?.width ?? null,
      size?.height ?? null,
      size?.mimeType ?? null,
      size?.filesize ?? null,
    ]
    expect(fields(actual), name).toEqual(fields(expected))
    if (!expected?.filename) continue
    const made = reference.files.get(expected.filename) as Buffer
    await expectSamePixels(fs.readFileSync(media(expected.filename)), made, animated(doc.mimeType as string))
  }
}

describe('renditions made from one decode', () => {
  it.each(Object.keys(IMAGE_FIXTURES))('should store %s exactly as Payload’s own pipeline did', async (name) => {
    const fixture = await imageFixture(name)
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: fixture.about },
      file: { data: fixture.data, name, mimetype: fixture.mimetype, size: fixture.data.length },
      overrideAccess: true,
    })
    const frames = animated(fixture.mimetype)
    const original = await sharp(fixture.data, { limitInputPixels: 100_000_000, ...(frames ? { animated: true } : {}) })
      .rotate()
      .toBuffer()
    const stored = fs.readFileSync(media(doc.filename as string))
    await expectSamePixels(stored, original, frames)
    const [storedMeta, originalMeta] = await Promise.all([sharp(stored).metadata(), sharp(original).metadata()])
    expect([storedMeta.format, storedMeta.exif, storedMeta.orientation]).toEqual([originalMeta.format, undefined, undefined])
    expect([doc.width, doc.height, doc.filesize, doc.mimeType]).toEqual([
      originalMeta.width,
      originalMeta.height,
      original.length,
      fixture.mimetype,
    ])
    await expectPayloadSizes(doc, await payloadSizes(fixture.data, fixture.mimetype, doc.filename as string, { x: 50, y: 50 }))
  })

  it('should remake the renditions around a new focal point as Payload did, from the stored original', async () => {
    const fixture = await imageFixture('rotated.jpg')
    const { id, filename } = await ctx.payload.create({
      collection: 'media',
      data: { alt: '焦点' },
      file: { data: fixture.data, name: 'focal.jpg', mimetype: fixture.mimetype, size: fixture.data.length },
      overrideAccess: true,
    })
    const stored = fs.readFileSync(media(filename as string))
    // As the admin sends it: the new focal point in the request's upload edits.
    const req = await createLocalReq({}, ctx.payload)
    req.query = { uploadEdits: { focalPoint: { x: 20, y: 75 } } }
    const doc = await ctx.payload.update({ collection: 'media', id, data: {}, req, overrideAccess: true })
    expect([doc.focalX, doc.focalY]).toEqual([20, 75])
    expect(Buffer.compare(fs.readFileSync(media(doc.filename as string)), stored)).toBe(0)
    await expectPayloadSizes(doc, await payloadSizes(stored, 'image/jpeg', doc.filename as string, { x: 20, y: 75 }))
  })

  it('should cut around a focal point sent with the upload, as Payload did', async () => {
    const fixture = await imageFixture('portrait.jpg')
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: '带焦点上传', focalX: 30.4, focalY: 80 },
      file: { data: fixture.data, name: 'with-focal.jpg', mimetype: fixture.mimetype, size: fixture.data.length },
      overrideAccess: true,
    })
    expect([doc.focalX, doc.focalY]).toEqual([30, 80])
    await expectPayloadSizes(doc, await payloadSizes(fixture.data, fixture.mimetype, doc.filename as string, { x: 30, y: 80 }))
  })

  it('should make the renditions of a replacement file as Payload did: without a focal point, sharp’s own crop', async () => {
    const first = await imageFixture('small.jpg')
    const { id } = await ctx.payload.create({
      collection: 'media',
      data: { alt: '替换' },
      file: { data: first.data, name: 'replaced.jpg', mimetype: first.mimetype, size: first.data.length },
      overrideAccess: true,
    })
    const next = await imageFixture('landscape.jpg')
    const doc = await ctx.payload.update({
      collection: 'media',
      id,
      data: {},
      file: { data: next.data, name: 'replacement.jpg', mimetype: next.mimetype, size: next.data.length },
      overrideAccess: true,
    })
    // Payload gives a replacement file no focal point (the stored focalX stays); its sizes are sharp's cover crops.
    expect(doc.width).toBe(1600)
    await expectPayloadSizes(doc, await payloadSizes(next.data, next.mimetype, doc.filename as string, undefined))
  })

  it('should give a duplicate its own renditions around the same focal point, as Payload did, and a byte-identical original', async () => {
    const fixture = await imageFixture('landscape.jpg')
    const original = await ctx.payload.create({
      collection: 'media',
      data: { alt: '副本', focalX: 70, focalY: 40 },
      file: { data: fixture.data, name: 'copy.jpg', mimetype: fixture.mimetype, size: fixture.data.length },
      overrideAccess: true,
    })
    const copy = await ctx.payload.duplicate({ collection: 'media', id: original.id, overrideAccess: true })
    const stored = fs.readFileSync(media(original.filename as string))
    expect(copy.filename).not.toBe(original.filename)
    expect(Buffer.compare(fs.readFileSync(media(copy.filename as string)), stored)).toBe(0)
    expect([copy.focalX, copy.focalY]).toEqual([70, 40])
    await expectPayloadSizes(copy, await payloadSizes(stored, 'image/jpeg', copy.filename as string, { x: 70, y: 40 }))
  })

  it('should make the renditions of a cropped image from the crop Payload stored', async () => {
    const fixture = await imageFixture('landscape.jpg')
    const { id } = await ctx.payload.create({
      collection: 'media',
      data: { alt: '裁剪' },
      file: { data: fixture.data, name: 'crop.jpg', mimetype: fixture.mimetype, size: fixture.data.length },
      overrideAccess: true,
    })
    const req = await createLocalReq({}, ctx.payload)
    req.query = {
      uploadEdits: {
        crop: { x: 10, y: 20, width: 50, height: 50, unit: '%' },
        widthInPixels: 800,
        heightInPixels: 500,
        focalPoint: { x: 50, y: 50 },
      },
    }
    const doc = await ctx.payload.update({ collection: 'media', id, data: {}, req, overrideAccess: true })
    const cropped = fs.readFileSync(media(doc.filename as string))
    expect([doc.width, doc.height]).toEqual([800, 500])
    expect((await sharp(cropped).metadata()).exif).toBeUndefined()
    await expectPayloadSizes(doc, await payloadSizes(cropped, 'image/jpeg', doc.filename as string, { x: 50, y: 50 }))
  })

  it('should forecast the scaled size exactly as sharp and libvips round it, shrinking and enlarging', async () => {
    // Ties (2941×692 to a height of 630 is 2677.5 wide) and enlargements included; fixed, so a failure repeats.
    const shapes = [
      [2941, 692],
      [2716, 2016],
      [64, 410],
      [1000, 1600],
      [1600, 1000],
      [1201, 799],
      [333, 1777],
      [3001, 2999],
      [1500, 2000],
      [799, 533],
    ]
    for (const [width, height] of shapes as [number, number][]) {
      const blank = Buffer.alloc(width * height)
      for (const { name } of IMAGE_SIZES) {
        const side = focalResize({ width, height }, IMAGE_SIZES.find((size) => size.name === name) as RenditionSpec)
        const { info } = await sharp(blank, { raw: { width, height, channels: 1 } })
          .resize(side)
          .raw()
          .toBuffer({ resolveWithObject: true })
        expect(resizedSize({ width, height }, side), `${width}×${height} → ${JSON.stringify(side)}`).toEqual({
          width: info.width,
          height: info.height,
        })
      }
    }
  })

  it('should leave every size to the collection: Payload itself makes none', async () => {
    const fixture = await imageFixture('landscape.jpg')
    const { sizeData, sizesToSave } = await createImageSizes({
      config: { upload: { imageSizes: PAYLOAD_IMAGE_SIZES } } as unknown as SanitizedCollectionConfig,
      dimensions: { width: 1600, height: 1000 },
      file: { data: fixture.data, mimetype: 'image/jpeg', name: 'camera.jpg', size: fixture.data.length } as PayloadRequest['file'],
      focalPoint: { x: 50, y: 50 },
      mimeType: 'image/jpeg',
      req: {} as PayloadRequest,
      savedFilename: 'camera.jpg',
      sharp,
      staticPath: scratch,
      withMetadata: false,
    })
    expect(sizesToSave).toEqual([])
    expect(Object.values(sizeData).every((size) => size.filename === null && size.width === null)).toBe(true)
    expect(Object.keys(sizeData)).toEqual(IMAGE_SIZES.map((size) => size.name))
  })
})

describe('images the pipeline refuses, writing nothing', () => {
  const refused = async (data: Buffer, name: string, mimetype: string) => {
    const before = mediaFiles()
    const text = await rejectionText(
      ctx.payload.create({
        collection: 'media',
        data: { alt: name },
        file: { data, name, mimetype, size: data.length },
        overrideAccess: true,
      }),
    )
    expect(mediaFiles()).toEqual(before)
    return text
  }

  it('should refuse a picture of more than 100 million pixels by its header, before decoding it', async () => {
    expect(await refused(pngHeader(12_000, 9_000), 'huge.png', 'image/png')).toMatch(/\[file\] 图片像素过多（12000×9000），上限 1 亿像素/)
  })

  it('should refuse a damaged JPEG with a message naming the file field', async () => {
    const damaged = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)])
    expect(await refused(damaged, 'damaged.jpg', 'image/jpeg')).toMatch(/\[file\] 图片已损坏或无法读取/)
  })

  it('should refuse a create without a file instead of fetching a URL', async () => {
    const text = await rejectionText(
      ctx.payload.create({
        collection: 'media',
        data: { alt: '远程', filename: 'remote.jpg', url: 'http://127.0.0.1:9/remote.jpg' } as never,
        overrideAccess: true,
      }),
    )
    expect(text).toMatch(/\[file\] 请选择要上传的文件/)
  })
})

/** A greyscale PNG that claims its size with one row of pixels: the header is all the pipeline reads before refusing it. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(zlib.crc32(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
