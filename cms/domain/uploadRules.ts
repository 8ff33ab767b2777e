import { isServableMedia } from '../http/rules/securityHeaders.ts'
import { CAPTIONS_MAX_BYTES, CAPTIONS_MIME, VIDEO_MIME } from './video.ts'

/** What the media library accepts. Pure: the detected type comes in, a verdict goes out. */
export const ACCEPTED_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'application/pdf',
  VIDEO_MIME,
  CAPTIONS_MIME,
] as const

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export type UploadVerdict = { ok: true } | { ok: false; message: string }

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Decide from the bytes' detected type (not the file name) and the size.
 * `detectedMime` is undefined when the content matches no known binary format (plain text, scripts…).
 */
export function judgeUpload(input: {
  detectedMime: string | undefined
  size: number
  maxBytes: number
  videoMaxBytes?: number
}): UploadVerdict {
  const maxBytes = capFor(input.detectedMime, input.maxBytes, input.videoMaxBytes)
  if (input.size > maxBytes) {
    const what = input.detectedMime === VIDEO_MIME ? '视频' : input.detectedMime === CAPTIONS_MIME ? '字幕' : '文件'
    return {
      ok: false,
      message: `${what}过大：${megabytes(input.size)}，上限 ${megabytes(maxBytes)}。 / File too large: ${megabytes(input.size)}; the limit is ${megabytes(maxBytes)}.`,
    }
  }
  const detected = input.detectedMime
  if (!detected || !(ACCEPTED_MIME_TYPES as readonly string[]).includes(detected)) {
    return {
      ok: false,
      message: `文件内容不是允许的类型（检测到：${detected ?? '未知'}）。只接受 JPEG、PNG、WebP、GIF、AVIF 图片、PDF、MP4 视频（H.264/AAC）或 WebVTT 字幕。 / File content is not allowed (detected: ${detected ?? 'unknown'}); only JPEG, PNG, WebP, GIF, AVIF images, PDF, MP4 video (H.264/AAC) or WebVTT captions are accepted.`,
    }
  }
  return { ok: true }
}

/** The one extension each accepted type is stored with: the uploader's file name never decides it. */
export const EXTENSION_FOR_MIME: Record<(typeof ACCEPTED_MIME_TYPES)[number], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'text/vtt': 'vtt',
}

/** The size cap of a detected type: VIDEO_MAX_BYTES for video (MEDIA_MAX_BYTES when not given), a fixed cap for captions. */
export function capFor(detectedMime: string | undefined, maxBytes: number, videoMaxBytes?: number): number {
  if (detectedMime === VIDEO_MIME) return videoMaxBytes ?? maxBytes
  if (detectedMime === CAPTIONS_MIME) return Math.min(CAPTIONS_MAX_BYTES, maxBytes)
  return maxBytes
}

/**
 * The name a file is stored under: the uploader's base name (path and every extension removed,
 * control and reserved characters replaced) plus the extension of the detected type.
 * `notice.html` detected as PDF becomes `notice.pdf`; `photo.jpg.html` detected as JPEG `photo.jpg`.
 */
export function storedUploadName(originalName: string | undefined, detectedMime: string): string {
  const extension = EXTENSION_FOR_MIME[detectedMime as keyof typeof EXTENSION_FOR_MIME]
  if (!extension) throw new Error(`not an accepted type: ${detectedMime}`)
  const leaf =
    String(originalName ?? '')
      .split(/[\\/]/)
      .pop() ?? ''
  const base = (leaf.split('.')[0] ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*%#&;'`$\\/\s]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'file'}.${extension}`
}

/** True when a path under /media/ may be served: one of the accepted types' extensions, no dot files. */
export function isServableMediaPath(filename: string): boolean {
  const leaf = filename.split('/').pop() ?? ''
  return !leaf.startsWith('.') && isServableMedia(leaf)
}
