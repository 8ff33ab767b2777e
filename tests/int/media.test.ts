import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { rejectionText } from '../helpers/errors.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let editor: User

const jpeg = () =>
  sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#b3261e' } })
    .jpeg()
    .toBuffer()
const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const minimalPdf = simplePdf('Supervision bulletin 13')

beforeAll(async () => {
  ctx = await startTempPayload('media')
  editor = await makeUser(ctx.payload, 'editor')
})
afterAll(() => ctx.close())

const mediaFiles = () => fs.readdirSync(ctx.settings.paths.mediaDir).sort()

describe('media uploads', () => {
  it('should store a JPEG with thumbnail, card, hero and a 1200×630 social rendition', async () => {
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: '文明交通示意图' },
      file: file(await jpeg(), 'street.jpg', 'image/jpeg'),
      user: editor,
      overrideAccess: false,
    })
    expect(doc.mimeType).toBe('image/jpeg')
    expect([doc.sizes?.thumbnail?.width, doc.sizes?.thumbnail?.height]).toEqual([400, 300])
    expect([doc.sizes?.card?.width, doc.sizes?.card?.height]).toEqual([800, 533])
    expect([doc.sizes?.hero?.width, doc.sizes?.hero?.height]).toEqual([1600, 900])
    expect([doc.sizes?.social?.width, doc.sizes?.social?.height]).toEqual([1200, 630])
    expect(doc.sizes?.card?.mimeType).toBe('image/webp')
    const social = await sharp(path.join(ctx.settings.paths.mediaDir, doc.sizes?.social?.filename as string)).metadata()
    expect([social.width, social.height, social.format]).toEqual([1200, 630, 'jpeg'])
  })

  it('should accept a PDF', async () => {
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: '督查专报第13期' },
      file: file(minimalPdf, 'bulletin.pdf', 'application/pdf'),
      overrideAccess: true,
    })
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('should reject a text file named .jpg by its content, in Chinese, writing nothing', async () => {
    const before = { files: mediaFiles(), count: (await ctx.payload.count({ collection: 'media' })).totalDocs }
    const upload = ctx.payload.create({
      collection: 'media',
      data: { alt: '伪装的文件' },
      file: file(Buffer.from('<script>alert(1)</script> not an image'), 'photo.jpg', 'image/jpeg'),
      user: editor,
      overrideAccess: false,
    })
    expect(await rejectionText(upload)).toMatch(/\[file\] 文件内容不是允许的类型（检测到：未知）/)
    expect(mediaFiles()).toEqual(before.files)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before.count)
  })

  it('should reject a zip disguised as a PDF', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array(60).fill(0)])
    const upload = ctx.payload.create({
      collection: 'media',
      data: { alt: 'x' },
      file: file(zip, 'report.pdf', 'application/pdf'),
      overrideAccess: true,
    })
    expect(await rejectionText(upload)).toContain('检测到：application/zip')
  })

  it('should require alt text and name the field', async () => {
    const before = mediaFiles()
    const upload = ctx.payload.create({
      collection: 'media',
      data: {} as { alt: string },
      file: file(await jpeg(), 'no-alt.jpg', 'image/jpeg'),
      overrideAccess: true,
    })
    expect(await rejectionText(upload)).toMatch(/\[alt\]/)
    expect(mediaFiles()).toEqual(before)
  })

  it('should reject a file over MEDIA_MAX_BYTES', async () => {
    // Settings are read once per Payload: an instance whose MEDIA_MAX_BYTES is 1000.
    const capped = await startTempPayload('media-cap', { MEDIA_MAX_BYTES: '1000' })
    try {
      const upload = capped.payload.create({
        collection: 'media',
        data: { alt: '大图' },
        file: file(await jpeg(), 'big.jpg', 'image/jpeg'),
        overrideAccess: true,
      })
      expect(await rejectionText(upload)).toMatch(/\[file\] 文件过大：.*上限 0 MB/)
    } finally {
      await capped.close()
    }
  })

  it('should not let an anonymous visitor upload', async () => {
    await expect(
      ctx.payload.create({
        collection: 'media',
        data: { alt: '匿名' },
        file: file(await jpeg(), 'anon.jpg', 'image/jpeg'),
        overrideAccess: false,
      }),
    ).rejects.toThrow('您无权执行此操作')
  })
})
