/**
 * Uploads as an attacker and a resident see them: the stored name and type come from the content,
 * photo metadata is gone, and anonymous readers get a file only while a published document uses it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resyncMediaVisibility } from '../../cms/media/visibility.ts'
import type { User } from '../../cms/payload-types.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let liaison: User
let editorToken = ''

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const mediaPath = (name: string) => path.join(ctx.settings.paths.mediaDir, name)

async function get(url: string, token?: string): Promise<Response> {
  const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  return handleEndpoints({
    config: ctx.config as never,
    request: new Request(`http://localhost/api${url}`, { headers }),
    payloadInstanceCacheKey: ctx.key,
  })
}

async function upload(name: string, data: Buffer, mimetype: string, user: User = editor) {
  return ctx.payload.create({ collection: 'media', data: { alt: name }, file: file(data, name, mimetype), user, overrideAccess: false })
}

const jpeg = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#0a6' } })
    .jpeg()
    .toBuffer()

async function anonymousSees(id: number): Promise<boolean> {
  const { docs } = await ctx.payload.find({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false })
  return docs.length === 1
}

beforeAll(async () => {
  ctx = await startTempPayload('media-privacy')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  editorToken = await tokenFor(ctx, editor.email)
})
afterAll(() => ctx.close())

describe('stored file names and types', () => {
  it('should store a PDF named notice.html with a script inside as notice.pdf, served as application/pdf with nosniff', async () => {
    const pdf = simplePdf('Notice')
    const polyglot = Buffer.concat([pdf.subarray(0, pdf.length - 6), Buffer.from('<script>fetch("/api/users")</script>\n%%EOF\n')])
    const doc = await upload('notice.html', polyglot, 'text/html')
    expect(doc.filename).toBe('notice.pdf')
    expect(doc.mimeType).toBe('application/pdf')
    expect(fs.existsSync(mediaPath('notice.pdf'))).toBe(true)
    expect(fs.readdirSync(ctx.settings.paths.mediaDir).some((name) => name.endsWith('.html'))).toBe(false)
    const response = await get(`/media/file/${doc.filename}`, editorToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('should take the extension of a JPEG named photo.jpg.svg from its content', async () => {
    const doc = await upload('photo.jpg.svg', await jpeg(), 'image/svg+xml')
    expect(doc.filename).toBe('photo.jpg')
    expect(doc.mimeType).toBe('image/jpeg')
  })

  it('should store photo originals without EXIF or GPS and with the orientation applied', async () => {
    const tagged = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#a33' } })
      .jpeg()
      .withExif({
        IFD0: { Copyright: 'reporter', ImageDescription: 'secret place' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '118/1 3/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const before = await sharp(tagged).metadata()
    expect(before.exif?.length ?? 0).toBeGreaterThan(0)
    expect(before.orientation).toBe(6)
    const doc = await upload('gps.jpg', tagged, 'image/jpeg')
    const stored = fs.readFileSync(mediaPath(doc.filename as string))
    const after = await sharp(stored).metadata()
    expect(after.exif).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect([after.width, after.height]).toEqual([200, 400])
    expect([doc.width, doc.height]).toEqual([200, 400])
    expect(stored.includes(Buffer.from('secret place'))).toBe(false)
  })
})

describe('media privacy', () => {
  it('should keep a draft attachment private until the document is published, and private again once unpublished', async () => {
    const photo = await upload('draft-photo.jpg', await jpeg(), 'image/jpeg')
    expect(await anonymousSees(photo.id)).toBe(false)
    expect((await get(`/media/file/${photo.filename}`)).status).toBe(403)
    expect([403, 404]).toContain((await get(`/media/${photo.id}`)).status)

    const ad = await ctx.payload.create({
      collection: 'public-ads',
      data: { ...validDataFor('public-ads', refs), image: photo.id, reviewState: 'submitted' } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await anonymousSees(photo.id)).toBe(false)

    await ctx.payload.update({ collection: 'public-ads', id: ad.id, data: { _status: 'published' }, user: reviewer, overrideAccess: false })
    expect(await anonymousSees(photo.id)).toBe(true)
    const served = await get(`/media/file/${photo.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')

    await ctx.payload.update({ collection: 'public-ads', id: ad.id, data: { _status: 'draft' }, user: reviewer, overrideAccess: false })
    expect(await anonymousSees(photo.id)).toBe(false)
    expect((await get(`/media/file/${photo.filename}`)).status).toBe(403)
  })

  it('should not make a file public when an editor attaches it to a draft of a published document', async () => {
    const [first, second] = [await upload('first.jpg', await jpeg(), 'image/jpeg'), await upload('second.jpg', await jpeg(), 'image/jpeg')]
    const ad = await ctx.payload.create({
      collection: 'public-ads',
      data: { ...validDataFor('public-ads', refs), image: first.id, _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await anonymousSees(first.id)).toBe(true)
    await ctx.payload.update({
      collection: 'public-ads',
      id: ad.id,
      data: { image: second.id },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await anonymousSees(second.id)).toBe(false)
    expect(await anonymousSees(first.id)).toBe(true)
    await ctx.payload.delete({ collection: 'public-ads', id: ad.id, user: reviewer, overrideAccess: false })
    expect(await anonymousSees(first.id)).toBe(false)
  })

  it('should make the site identity’s WeChat QR code public once saved, and private again when replaced; a resync agrees', async () => {
    const admin = await makeUser(ctx.payload, 'admin')
    const first = await upload('wechat-qr.png', await jpeg(), 'image/jpeg')
    const second = await upload('wechat-qr-new.png', await jpeg(), 'image/jpeg')
    expect(await anonymousSees(first.id)).toBe(false)
    const save = (wechatQr: number | null) =>
      ctx.payload.updateGlobal({
        slug: 'site-identity',
        data: { wechatName: '示范市文明网', wechatQr },
        user: admin,
        overrideAccess: false,
        context: { skipRebuild: true },
      })
    await save(first.id)
    expect(await anonymousSees(first.id)).toBe(true)
    expect((await get(`/media/file/${first.filename}`)).status).toBe(200)
    await save(second.id)
    expect(await anonymousSees(first.id)).toBe(false)
    expect((await get(`/media/file/${first.filename}`)).status).not.toBe(200)
    expect(await anonymousSees(second.id)).toBe(true)
    // The full resync (after migrations) counts the global's upload as public use too.
    await ctx.payload.db.updateOne({ collection: 'media', id: second.id, data: { publicUse: false } })
    await resyncMediaVisibility(ctx.payload)
    expect(await anonymousSees(second.id)).toBe(true)
    expect(await anonymousSees(first.id)).toBe(false)
    await save(null)
    expect(await anonymousSees(second.id)).toBe(false)
  })

  it('should list only files in published use to anonymous API readers, and every file to staff', async () => {
    const anonymous = (await (await get('/media?limit=100')).json()) as { docs: { publicUse?: boolean }[] }
    const staff = (await (await get('/media?limit=100', editorToken)).json()) as { docs: unknown[] }
    expect(anonymous.docs.length).toBeLessThan(staff.docs.length)
    expect(anonymous.docs.every((doc) => doc.publicUse === true)).toBe(true)
  })

  it('should ignore a publicUse flag or an uploader sent in the request', async () => {
    const doc = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'forged', publicUse: true, uploadedBy: reviewer.id } as never,
      file: file(await jpeg(), 'forged.jpg', 'image/jpeg'),
      user: editor,
      overrideAccess: false,
    })
    expect(doc.publicUse).toBe(false)
    expect(typeof doc.uploadedBy === 'object' ? doc.uploadedBy?.id : doc.uploadedBy).toBe(editor.id)
    expect(await anonymousSees(doc.id)).toBe(false)
  })

  it('should let a unit liaison upload and read their own photo but not another private upload', async () => {
    const own = await upload('after.jpg', await jpeg(), 'image/jpeg', liaison)
    const others = await upload('others.jpg', await jpeg(), 'image/jpeg', editor)
    const { docs } = await ctx.payload.find({ collection: 'media', user: liaison, overrideAccess: false, pagination: false })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(own.id)
    expect(ids).not.toContain(others.id)
    await expect(
      ctx.payload.update({ collection: 'media', id: others.id, data: { alt: 'x' }, user: liaison, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
