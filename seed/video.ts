import type { Payload } from 'payload'
import { ffmpegPath } from '../cms/media/ffmpeg.ts'
import { captionsFor, encodeMp4 } from './demoVideo.ts'
import { SEED_CONTEXT } from './upsert.ts'

type Id = number | string

/** A demo video of the seed: file name stem, card lines, captions lines, alt text. */
export type SeedVideo = { name: string; card: string[]; captions: string[]; alt: string; seconds?: number; background?: string }

async function upsertFile(
  payload: Payload,
  name: string,
  make: () => Promise<{ data: Buffer; mimetype: string }>,
  extra: Record<string, unknown>,
): Promise<Id> {
  const found = await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0].id
  const { data, mimetype } = await make()
  const created = await payload.create({
    collection: 'media',
    data: extra as never,
    file: { data, mimetype, name, size: data.length },
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  return created.id
}

/**
 * A generated demo video in the media library with its WebVTT captions (and the poster frame the
 * upload takes from it), found again by file name on the next run. Null (no video) on a platform
 * for which @ffmpeg-installer ships no binary.
 */
export async function upsertVideo(payload: Payload, video: SeedVideo): Promise<Id | null> {
  if (!ffmpegPath()) {
    payload.logger.warn(`seed: no ffmpeg for this platform (@ffmpeg-installer/ffmpeg), demo video ${video.name} left out`)
    return null
  }
  const seconds = video.seconds ?? 4
  const captions = await upsertFile(
    payload,
    `demo-video-${video.name}.vtt`,
    async () => ({ data: captionsFor(video.captions, seconds), mimetype: 'text/vtt' }),
    { alt: `${video.alt}（字幕）`, credit: '演示字幕（本系统生成）' },
  )
  return upsertFile(
    payload,
    `demo-video-${video.name}.mp4`,
    async () => ({ data: await encodeMp4({ lines: video.card, seconds, background: video.background }), mimetype: 'video/mp4' }),
    { alt: video.alt, credit: '演示视频（本系统生成，非真实节目）', captions },
  )
}
