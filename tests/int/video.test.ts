/**
 * Video in the media library (issue 25 item 1) on real Payload with a temp SQLite file: real MP4s
 * encoded by the npm ffmpeg, checked by content with mp4box; captions required to publish; the
 * video, its poster and captions private until published, then served with Range.
 */
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { bigMp4, h264Mp4, hevcMp4, VTT } from '../helpers/videoFixtures.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
const VIDEO_CAP = 200_000

type Media = { id: number; filename: string; mimeType: string; publicUse?: boolean; poster?: unknown; captions?: unknown } & Record<
  string,
  unknown
>

const upload = (name: string, data: Buffer, mimetype: string, extra: Record<string, unknown> = {}) =>
  ctx.payload.create({
    collection: 'media',
    data: { alt: name, ...extra },
    file: { data, name, mimetype, size: data.length },
    user: editor,
    overrideAccess: false,
  }) as Promise<unknown> as Promise<Media>

async function refusal(promise: Promise<unknown>): Promise<{ path: string; message: string }> {
  const error = (await promise.then(
    () => null,
    (caught: unknown) => caught,
  )) as { data?: { errors?: { path: string; message: string }[] } } | null
  expect(error, 'expected a refusal').not.toBeNull()
  return error?.data?.errors?.[0] ?? { path: '', message: String(error) }
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return handleEndpoints({
    config: ctx.config as never,
    request: new Request(`http://localhost/api${url}`, { headers }),
    payloadInstanceCacheKey: ctx.key,
  })
}

/** Drafted by the editor, submitted, then published by the reviewer (the review workflow's steps). */
async function draftAndPublish(collection: 'tv-episodes' | 'public-ads', data: Record<string, unknown>) {
  const doc = await ctx.payload.create({ collection, data: data as never, draft: true, user: editor, overrideAccess: false })
  await ctx.payload.update({
    collection,
    id: doc.id,
    data: { reviewState: 'submitted' } as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  const published = ctx.payload.update({
    collection,
    id: doc.id,
    data: { _status: 'published' } as never,
    user: reviewer,
    overrideAccess: false,
  })
  return { id: doc.id, published }
}

const media = async (id: unknown): Promise<Media> =>
  (await ctx.payload.findByID({ collection: 'media', id: id as number, depth: 0, overrideAccess: true })) as unknown as Media

beforeAll(async () => {
  ctx = await startTempPayload('video', { VIDEO_MAX_BYTES: String(VIDEO_CAP) })
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  await tokenFor(ctx, editor.email)
}, 120_000)
afterAll(() => ctx.close())

describe('video uploads, checked by content', () => {
  it('should store an H.264/AAC MP4 sent as clip.bin (octet-stream) as clip.mp4 with duration, size, codecs and a poster frame', async () => {
    const doc = await upload('clip.bin', await h264Mp4(), 'application/octet-stream')
    expect(doc.filename).toBe('clip.mp4')
    expect(doc.mimeType).toBe('video/mp4')
    expect(doc.duration).toBeCloseTo(2, 0)
    expect([doc.width, doc.height]).toEqual([320, 180])
    expect(String(doc.videoCodec)).toMatch(/^avc1\./)
    expect(doc.audioCodec).toBe('mp4a.40.2')
    const poster = await media(doc.poster)
    expect(poster.mimeType).toBe('image/jpeg')
    expect([poster.width, poster.height]).toEqual([320, 180])
    expect(poster.publicUse).toBe(false)
  }, 60_000)

  it.each([
    [
      'a PNG renamed movie.mp4',
      async () =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
          .png()
          .toBuffer(),
      'image/png',
    ],
    ['a text file named movie.mp4', async () => Buffer.from('这不是视频 not a video\n'), 'text/plain'],
  ])('should store %s under its real type, never as video', async (_name, make, expected) => {
    const data = await make()
    if (expected === 'image/png') {
      const doc = await upload('movie.mp4', data, 'video/mp4')
      expect([doc.filename, doc.mimeType]).toEqual(['movie.png', 'image/png'])
      return
    }
    const error = await refusal(upload('movie.mp4', data, 'video/mp4'))
    expect(error.path).toBe('file')
    expect(error.message).toContain('MP4 视频（H.264/AAC）')
  })

  it('should refuse an MP4 whose video is HEVC, naming the codec found', async () => {
    const error = await refusal(upload('hevc.mp4', await hevcMp4(), 'video/mp4'))
    expect(error.path).toBe('file')
    expect(error.message).toContain('只接受 H.264 视频和 AAC 音频')
    expect(error.message).toContain('hvc1')
  }, 60_000)

  it('should refuse an MP4 cut short (no movie header) as not a readable MP4', async () => {
    const error = await refusal(upload('cut.mp4', (await h264Mp4()).subarray(0, 40), 'video/mp4'))
    expect(error.message).toMatch(/视频文件|允许的类型/)
  })

  it('should refuse a video over VIDEO_MAX_BYTES with the limit in the message', async () => {
    const data = await bigMp4()
    expect(data.length).toBeGreaterThan(VIDEO_CAP)
    const error = await refusal(upload('big.mp4', data, 'video/mp4'))
    expect(error.path).toBe('file')
    expect(error.message).toContain('视频过大')
    expect(error.message).toContain('0.2 MB')
  }, 60_000)

  it('should accept WebVTT captions by content and refuse a .vtt that is not WebVTT', async () => {
    const ok = await upload('subs.txt', VTT, 'text/plain')
    expect([ok.filename, ok.mimeType]).toEqual(['subs.vtt', 'text/vtt'])
    const badTiming = await refusal(upload('bad.vtt', Buffer.from('WEBVTT\n\n00:00:03.000 --> 00:00:01.000\n倒着的\n'), 'text/vtt'))
    expect(badTiming.message).toContain('“字幕”须是 WebVTT 文件')
    const notVtt = await refusal(upload('notes.vtt', Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nSRT\n'), 'text/vtt'))
    expect(notVtt.path).toBe('file')
  })
})

describe('captions before publishing, and privacy until then', () => {
  it('should refuse to publish an episode whose video has no captions, naming 视频文件 and 字幕', async () => {
    const video = await upload('episode.mp4', await h264Mp4(), 'video/mp4')
    const { published } = await draftAndPublish('tv-episodes', { ...validDataFor('tv-episodes', refs), video: video.id })
    const error = await refusal(published)
    expect(error.path).toBe('video')
    expect(error.message).toContain('“视频文件”还没有字幕，不能发布')
    expect((await media(video.id)).publicUse).toBe(false)
  }, 60_000)

  it('should refuse to publish a video ad without captions too', async () => {
    const video = await upload('ad.mp4', await h264Mp4(), 'video/mp4')
    const { published } = await draftAndPublish('public-ads', { ...validDataFor('public-ads', refs), format: 'video', video: video.id })
    const error = await refusal(published)
    expect(error.path).toBe('video')
    expect(error.message).toContain('字幕')
  }, 60_000)

  it('should keep an unpublished episode’s video, poster and captions from anonymous readers, then serve them with Range once published', async () => {
    const captions = await upload('ep2.vtt', VTT, 'text/vtt')
    const video = await upload('ep2.mp4', await h264Mp4(), 'video/mp4', { captions: captions.id })
    const poster = await media(video.poster)
    const episode = await ctx.payload.create({
      collection: 'tv-episodes',
      data: { ...validDataFor('tv-episodes', refs), video: video.id } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await ctx.payload.update({
      collection: 'tv-episodes',
      id: episode.id,
      data: { reviewState: 'submitted' } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    for (const file of [video.filename, captions.filename, poster.filename]) expect((await get(`/media/file/${file}`)).status).toBe(403)
    const { docs } = await ctx.payload.find({ collection: 'media', where: { id: { equals: video.id } }, overrideAccess: false })
    expect(docs).toHaveLength(0)

    await ctx.payload.update({
      collection: 'tv-episodes',
      id: episode.id,
      data: { _status: 'published' } as never,
      user: reviewer,
      overrideAccess: false,
    })
    for (const id of [video.id, captions.id, poster.id]) expect((await media(id)).publicUse).toBe(true)
    const whole = await get(`/media/file/${video.filename}`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('video/mp4')
    const part = await get(`/media/file/${video.filename}`, { range: 'bytes=0-99' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${(await h264Mp4()).length}`)
    expect((await part.arrayBuffer()).byteLength).toBe(100)
    expect((await get(`/media/file/${captions.filename}`)).status).toBe(200)
  }, 60_000)
})
