/**
 * Uploaded videos as pages show them: the MP4, its picture size and length, the poster and the
 * WebVTT captions (kept on the video's media item as posterFile / captionsFile), linked under the
 * build's /media/ folder or S3_PUBLIC_BASE_URL like images (site/lib/media.ts). Pure.
 */
import { formatDuration, VIDEO_MIME } from '../../cms/domain/video.ts'
import { mediaUrl } from './media.ts'

export type SiteVideo = {
  src: string
  type: typeof VIDEO_MIME
  width: number
  height: number
  /** Seconds, and as 分:秒. */
  duration: number | null
  durationText: string | null
  bytes: number
  title: string
  poster: string | null
  captions: string | null
}

type VideoDoc = {
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  duration?: number | null
  filesize?: number | null
  alt?: string | null
  posterFile?: string | null
  captionsFile?: string | null
}

export const siteVideoUnder =
  (base: string) =>
  (value: unknown): SiteVideo | undefined => {
    if (!value || typeof value !== 'object') return undefined
    const doc = value as VideoDoc
    if (!doc.filename || doc.mimeType !== VIDEO_MIME) return undefined
    const duration = typeof doc.duration === 'number' && doc.duration > 0 ? doc.duration : null
    return {
      src: mediaUrl(doc.filename, base),
      type: VIDEO_MIME,
      width: doc.width ?? 16,
      height: doc.height ?? 9,
      duration,
      durationText: duration === null ? null : formatDuration(duration),
      bytes: Number(doc.filesize ?? 0),
      title: doc.alt ?? '',
      poster: doc.posterFile ? mediaUrl(doc.posterFile, base) : null,
      captions: doc.captionsFile ? mediaUrl(doc.captionsFile, base) : null,
    }
  }
