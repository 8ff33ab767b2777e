/**
 * Media under review, as an attacker tries it first: an editor or liaison changing a file that
 * published content uses (alt text, credit, the file itself) through REST and GraphQL with real JWTs;
 * the reviewer's 通过 / 退回 (POST /api/media/:id/review/<action>) with the 错敏词 check; and that
 * editors' ordinary work (new uploads, files no published page uses) goes on as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FILE_LOCKED } from '../../cms/domain/mediaReview.ts'
import type { Media, User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { graphql } from '../helpers/graphql.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

type Who = 'editor' | 'reviewer' | 'admin' | 'liaison'
let ctx: TempPayload
let refs: Refs
const users = {} as Record<Who, User>
const tokens = {} as Record<Who, string>
let shade = 0

/** A JPEG of its own colour, so a replacement's bytes differ from the original's. */
function jpeg(): Promise<Buffer> {
  shade += 37
  return sharp({ create: { width: 320, height: 200, channels: 3, background: { r: shade % 256, g: 120, b: 80 } } })
    .jpeg()
    .toBuffer()
}
const file = (data: Buffer, name: string) => ({ data, name, mimetype: 'image/jpeg', size: data.length })
const stored = (id: number) => ctx.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
const bytesOf = (doc: Media) => fs.readFileSync(path.join(ctx.settings.paths.mediaDir, doc.filename as string))

async function upload(who: Who, alt = '原来的说明', credit: string | null = '原来的署名'): Promise<Media> {
  return ctx.payload.create({
    collection: 'media',
    data: { alt, credit },
    file: file(await jpeg(), `photo-${++shade}.jpg`),
    user: users[who],
    overrideAccess: false,
  })
}

/** An image a published public ad shows (publicUse is then set by the server). */
async function publicImage(who: Who = 'editor'): Promise<Media> {
  const media = await upload(who)
  await ctx.payload.create({
    collection: 'public-ads',
    data: { ...validDataFor('public-ads', refs), image: media.id, _status: 'published' } as never,
    overrideAccess: true,
  })
  const doc = await stored(media.id)
  expect(doc.publicUse).toBe(true)
  return doc
}

/** The site rebuilds asked for this media item (payload-jobs rows on the site-publish queue). */
async function rebuildsFor(id: number): Promise<number> {
  const { docs } = await ctx.payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: 'site-publish' } },
    pagination: false,
    overrideAccess: true,
  })
  return docs.filter((job) => (job.input as { reason?: string } | null)?.reason === `media:${id}`).length
}

/** A multipart request as the admin sends an upload: the file and the other fields as `_payload`. */
async function multipart(method: string, url: string, token: string, data: Record<string, unknown>, bytes: Buffer) {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'replacement.jpg')
  body.append('_payload', JSON.stringify(data))
  const request = new Request(`http://localhost/api${url}`, { method, headers: { authorization: `JWT ${token}` }, body })
  const response = await handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: ctx.key })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const patch = (who: Who | undefined, id: number, body: unknown, query = '') =>
  rest(ctx, 'PATCH', `/media/${id}${query}`, { token: who ? tokens[who] : undefined, body })
const review = (who: Who | undefined, id: number | string, action: string, body: unknown = {}) =>
  rest(ctx, 'POST', `/media/${id}/review/${action}`, { token: who ? tokens[who] : undefined, body })
const pendingOf = (doc: Media) => doc.pendingChange ?? {}
const messageOf = (json: Record<string, unknown>) => JSON.stringify(json.errors ?? json.message ?? json)

beforeAll(async () => {
  ctx = await startTempPayload('media-review')
  refs = await makeRefs(ctx.payload)
  users.editor = await makeUser(ctx.payload, 'editor')
  users.reviewer = await makeUser(ctx.payload, 'reviewer')
  users.admin = await makeUser(ctx.payload, 'admin')
  users.liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  for (const who of Object.keys(users) as Who[]) tokens[who] = await tokenFor(ctx, users[who].email)
}, 60_000)
afterAll(() => ctx.close())

describe('an editor changing a file that published content uses', () => {
  it('should keep the live alt text, store the proposal with who and when, and queue no rebuild (REST)', async () => {
    const media = await publicImage()
    const answer = await patch('editor', media.id, { alt: '编辑改的说明', credit: '新署名' })
    expect(answer.status).toBe(200)
    const doc = answer.json.doc as Media
    expect(doc.alt).toBe('原来的说明')
    expect(doc.pendingChange?.alt).toBe('编辑改的说明')
    const live = await stored(media.id)
    expect([live.alt, live.credit]).toEqual(['原来的说明', '原来的署名'])
    expect(pendingOf(live)).toMatchObject({ alt: '编辑改的说明', credit: '新署名', requestedBy: users.editor.id, rejectedReason: null })
    expect(Date.now() - new Date(String(live.pendingChange?.requestedAt)).getTime()).toBeLessThan(60_000)
    expect(await rebuildsFor(media.id)).toBe(0)
  })

  it('should not show a proposal to anonymous readers of the public file', async () => {
    const media = await publicImage()
    await patch('editor', media.id, { alt: '尚未审核的说明' })
    const anonymous = await rest(ctx, 'GET', `/media/${media.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.alt).toBe('原来的说明')
    expect(anonymous.json.pendingChange).toBeUndefined()
    expect(JSON.stringify(anonymous.json)).not.toContain('尚未审核的说明')
    const staff = await rest(ctx, 'GET', `/media/${media.id}`, { token: tokens.editor })
    expect((staff.json.pendingChange as { alt?: string }).alt).toBe('尚未审核的说明')
  })

  it('should ignore proposal, requester and reason fields an editor sends directly', async () => {
    const media = await publicImage()
    const forged = { pendingChange: { alt: '伪造的提议', requestedBy: users.reviewer.id, requestedAt: '2020-01-01T00:00:00.000Z' } }
    expect((await patch('editor', media.id, forged)).status).toBe(200)
    const doc = await stored(media.id)
    expect([doc.alt, doc.pendingChange?.alt ?? null, doc.pendingChange?.requestedAt ?? null]).toEqual(['原来的说明', null, null])
  })

  it('should refuse an empty alt text proposal naming the field', async () => {
    const media = await publicImage()
    const answer = await patch('editor', media.id, { alt: ' ' })
    expect(answer.status).toBe(400)
    expect(messageOf(answer.json)).toContain('替代文字')
    expect(pendingOf(await stored(media.id)).requestedAt ?? null).toBeNull()
  })

  it('should refuse replacing the file (multipart PATCH) with a message naming the file field, and leave the file as it was', async () => {
    const media = await publicImage()
    const before = bytesOf(media)
    const answer = await multipart('PATCH', `/media/${media.id}`, tokens.editor, { alt: '换图' }, await jpeg())
    expect(answer.status).toBe(400)
    expect(answer.json.errors).toEqual([expect.objectContaining({ data: expect.anything() })])
    expect(messageOf(answer.json)).toContain('“文件”不能替换')
    expect(messageOf(answer.json)).toContain('"path":"file"')
    const after = await stored(media.id)
    expect(after.filename).toBe(media.filename)
    expect(bytesOf(after).equals(before)).toBe(true)
    expect(after.alt).toBe('原来的说明')
    expect(await rebuildsFor(media.id)).toBe(0)
  })

  it('should refuse re-cropping or re-focusing the stored file, and a bulk PATCH with a file', async () => {
    const media = await publicImage()
    const before = bytesOf(media)
    const crop =
      '?uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=50&uploadEdits[crop][height]=50&uploadEdits[crop][unit]=%25'
    const focal = '?uploadEdits[focalPoint][x]=10&uploadEdits[focalPoint][y]=90'
    for (const query of [crop, focal]) {
      const answer = await patch('editor', media.id, { focalX: 10, focalY: 10 }, query)
      expect(answer.status).toBe(400)
      expect(messageOf(answer.json)).toContain(FILE_LOCKED.slice(0, 12))
    }
    const bulk = await multipart('PATCH', `/media?where[id][equals]=${media.id}`, tokens.editor, {}, await jpeg())
    expect(bulk.status).toBe(400)
    expect(messageOf(bulk.json)).toContain('“文件”不能替换')
    expect(bytesOf(await stored(media.id)).equals(before)).toBe(true)
  })

  it('should hold an alt change sent as a bulk PATCH too', async () => {
    const media = await publicImage()
    const answer = await rest(ctx, 'PATCH', `/media?where[id][equals]=${media.id}`, { token: tokens.editor, body: { alt: '批量改的说明' } })
    expect(answer.status).toBe(200)
    const doc = await stored(media.id)
    expect([doc.alt, doc.pendingChange?.alt]).toEqual(['原来的说明', '批量改的说明'])
  })

  it('should refuse deleting it, and still let the editor delete a file no published page uses', async () => {
    const media = await publicImage()
    expect([403, 404]).toContain((await rest(ctx, 'DELETE', `/media/${media.id}`, { token: tokens.editor })).status)
    expect((await stored(media.id)).filename).toBe(media.filename)
    const spare = await upload('editor')
    expect((await rest(ctx, 'DELETE', `/media/${spare.id}`, { token: tokens.editor })).status).toBe(200)
  })

  it('should do the same through GraphQL updateMedia', async () => {
    const media = await publicImage()
    const result = await graphql(
      ctx,
      `mutation { updateMedia(id: ${media.id}, data: { alt: "GraphQL 改的说明" }) { alt pendingChange { alt } } }`,
      tokens.editor,
    )
    expect(result.errors).toEqual([])
    expect(result.data?.updateMedia).toEqual({ alt: '原来的说明', pendingChange: { alt: 'GraphQL 改的说明' } })
    expect((await stored(media.id)).alt).toBe('原来的说明')
    expect(await rebuildsFor(media.id)).toBe(0)
    const anonymous = await graphql(ctx, `{ Media(id: ${media.id}) { alt pendingChange { alt } } }`)
    expect(JSON.stringify(anonymous.data)).not.toContain('GraphQL 改的说明')
  })
})

describe('a unit liaison (own uploads only)', () => {
  it('should hold a liaison’s alt change to their own published photo and refuse replacing its file', async () => {
    const media = await publicImage('liaison')
    const answer = await patch('liaison', media.id, { alt: '联络员改的说明' })
    expect(answer.status).toBe(200)
    const doc = await stored(media.id)
    expect([doc.alt, doc.pendingChange?.alt, doc.pendingChange?.requestedBy]).toEqual(['原来的说明', '联络员改的说明', users.liaison.id])
    const replaced = await multipart('PATCH', `/media/${media.id}`, tokens.liaison, {}, await jpeg())
    expect(replaced.status).toBe(400)
    expect(messageOf(replaced.json)).toContain('“文件”不能替换')
    expect([403, 404]).toContain((await rest(ctx, 'DELETE', `/media/${media.id}`, { token: tokens.liaison })).status)
  })

  it('should refuse a liaison any change to someone else’s published file', async () => {
    const media = await publicImage('editor')
    expect([403, 404]).toContain((await patch('liaison', media.id, { alt: '别人的图' })).status)
    expect([403, 404]).toContain((await multipart('PATCH', `/media/${media.id}`, tokens.liaison, {}, await jpeg())).status)
    const doc = await stored(media.id)
    expect([doc.alt, doc.pendingChange?.requestedAt ?? null]).toEqual(['原来的说明', null])
  })

  it('should let a liaison change their own photo no published page uses', async () => {
    const media = await upload('liaison')
    expect((await patch('liaison', media.id, { alt: '整改后照片' })).status).toBe(200)
    expect((await stored(media.id)).alt).toBe('整改后照片')
  })
})

describe('the reviewer’s decision (POST /api/media/:id/review/approve|reject)', () => {
  async function proposed(alt = '审核前的新说明', credit = '新署名'): Promise<Media> {
    const media = await publicImage()
    expect((await patch('editor', media.id, { alt, credit })).status).toBe(200)
    return stored(media.id)
  }

  it('should refuse anonymous callers, editors and liaisons, and unknown actions', async () => {
    const media = await proposed()
    for (const action of ['approve', 'reject']) {
      expect((await review(undefined, media.id, action, { comment: '不行' })).status).toBe(401)
      for (const who of ['editor', 'liaison'] as const) {
        const answer = await review(who, media.id, action, { comment: '不行' })
        expect(answer.status).toBe(403)
        expect(String(answer.json.message)).toContain('只有审核员或管理员')
      }
    }
    expect((await review('reviewer', media.id, 'publish')).status).toBe(404)
    expect((await review('reviewer', 'abc', 'approve')).status).toBe(404)
    expect((await review('reviewer', 999999, 'approve')).status).toBe(404)
    const doc = await stored(media.id)
    expect([doc.alt, doc.pendingChange?.alt]).toEqual(['原来的说明', '审核前的新说明'])
  })

  it('should refuse approving a 错敏词 in the proposed alt text naming field, word and suggestion, then accept it with a reason', async () => {
    const media = await proposed('中华人民共合国国旗')
    const refused = await review('reviewer', media.id, 'approve')
    expect(refused.status).toBe(400)
    expect(String(refused.json.message)).toContain('“替代文字”中有错敏词“中华人民共合国”')
    expect(String(refused.json.message)).toContain('建议改为“中华人民共和国”')
    let doc = await stored(media.id)
    expect([doc.alt, doc.pendingChange?.alt]).toEqual(['原来的说明', '中华人民共合国国旗'])
    expect(await rebuildsFor(media.id)).toBe(0)
    const overridden = await review('reviewer', media.id, 'approve', { sensitiveOverride: '引用原文件标题' })
    expect(overridden.status).toBe(200)
    doc = await stored(media.id)
    expect(doc.alt).toBe('中华人民共合国国旗')
  })

  it('should make a clean proposal live, clear it and ask for a site rebuild', async () => {
    const media = await proposed()
    const answer = await review('reviewer', media.id, 'approve', { requestedAt: media.pendingChange?.requestedAt })
    expect(answer.status).toBe(200)
    expect(answer.json.ok).toBe(true)
    const doc = await stored(media.id)
    expect([doc.alt, doc.credit]).toEqual(['审核前的新说明', '新署名'])
    expect(pendingOf(doc)).toMatchObject({ alt: null, credit: null, requestedAt: null, requestedBy: null, rejectedReason: null })
    expect(await rebuildsFor(media.id)).toBe(1)
    expect((await review('reviewer', media.id, 'approve')).status).toBe(409)
  })

  it('should refuse approving a proposal that changed since the reviewer read it', async () => {
    const media = await proposed()
    const answer = await review('admin', media.id, 'approve', { requestedAt: '2020-01-01T00:00:00.000Z' })
    expect(answer.status).toBe(409)
    expect((await stored(media.id)).alt).toBe('原来的说明')
  })

  it('should 退回 only with a comment, keep the reason, drop the proposal and ask for no rebuild', async () => {
    const media = await proposed()
    const bare = await review('reviewer', media.id, 'reject', { comment: '  ' })
    expect(bare.status).toBe(400)
    expect(String(bare.json.message)).toContain('审核意见')
    const answer = await review('reviewer', media.id, 'reject', { comment: '说明与图片不符' })
    expect(answer.status).toBe(200)
    const doc = await stored(media.id)
    expect([doc.alt, doc.credit]).toEqual(['原来的说明', '原来的署名'])
    expect(pendingOf(doc)).toMatchObject({ alt: null, credit: null, requestedAt: null, rejectedReason: '说明与图片不符' })
    expect(await rebuildsFor(media.id)).toBe(0)
  })

  it('should refuse a body over 16 KB', async () => {
    const media = await proposed()
    expect((await review('reviewer', media.id, 'reject', { comment: 'x'.repeat(17 * 1024) })).status).toBe(413)
  })

  it('should check a reviewer’s own direct edit of a published file for 错敏词, and apply a clean one with a rebuild', async () => {
    const media = await publicImage()
    const refused = await patch('reviewer', media.id, { credit: '中华人民共合国摄影' })
    expect(refused.status).toBe(400)
    expect(messageOf(refused.json)).toContain('错敏词“中华人民共合国”')
    expect((await stored(media.id)).credit).toBe('原来的署名')
    expect((await patch('reviewer', media.id, { alt: '审核员改的说明' })).status).toBe(200)
    expect((await stored(media.id)).alt).toBe('审核员改的说明')
    expect(await rebuildsFor(media.id)).toBe(1)
  })
})

describe('editors’ ordinary work', () => {
  it('should let an editor change the alt text and the file of an image no published page uses', async () => {
    const media = await upload('editor')
    expect((await patch('editor', media.id, { alt: '草稿配图' })).status).toBe(200)
    expect((await stored(media.id)).alt).toBe('草稿配图')
    const replaced = await multipart('PATCH', `/media/${media.id}`, tokens.editor, { alt: '换了图' }, await jpeg())
    expect(replaced.status).toBe(200)
    const doc = await stored(media.id)
    expect(doc.alt).toBe('换了图')
    expect(doc.filename).not.toBe(media.filename)
  })

  it('should let an editor upload a new file through REST', async () => {
    const answer = await multipart('POST', '/media', tokens.editor, { alt: '新上传' }, await jpeg())
    expect(answer.status).toBe(201)
    expect((answer.json.doc as Media).alt).toBe('新上传')
  })
})

describe('the reviewer’s workbench', () => {
  it('should count media changes awaiting review for reviewers, linking to the filtered media list', async () => {
    await ctx.payload.update({
      collection: 'media',
      where: { 'pendingChange.requestedAt': { exists: true } },
      data: {},
      context: { mediaDecision: { action: 'reject', comment: '清理' } },
      user: users.admin,
      overrideAccess: false,
    })
    await patch('editor', (await publicImage()).id, { alt: '待审一' })
    await patch('editor', (await publicImage()).id, { alt: '待审二' })
    const summary = await rest(ctx, 'GET', '/workbench/summary', { token: tokens.reviewer })
    const counts = summary.json.counts as { key: string; label: string; count: number; href: string }[]
    expect(counts.find((c) => c.key === 'mediaChanges')).toEqual({
      key: 'mediaChanges',
      label: '待审核的媒体修改',
      count: 2,
      href: '/admin/collections/media?where%5Band%5D%5B0%5D%5BpendingChange.requestedAt%5D%5Bexists%5D=true',
      tone: 'warn',
    })
    const editor = await rest(ctx, 'GET', '/workbench/summary', { token: tokens.editor })
    expect((editor.json.counts as { key: string }[]).some((c) => c.key === 'mediaChanges')).toBe(false)
  })
})
