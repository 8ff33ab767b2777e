/** What the media library accepts. Pure: the detected type comes in, a verdict goes out. */
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'] as const

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export function maxUploadBytes(env: Readonly<Record<string, string | undefined>>): number {
  const value = Number(env.MEDIA_MAX_BYTES)
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_UPLOAD_BYTES
}

export type UploadVerdict = { ok: true } | { ok: false; message: string }

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Decide from the bytes' detected type (not the file name) and the size.
 * `detectedMime` is undefined when the content matches no known binary format (plain text, scripts…).
 */
export function judgeUpload(input: { detectedMime: string | undefined; size: number; maxBytes: number }): UploadVerdict {
  if (input.size > input.maxBytes) {
    return {
      ok: false,
      message: `文件过大：${megabytes(input.size)}，上限 ${megabytes(input.maxBytes)}。 / File too large: ${megabytes(input.size)}; the limit is ${megabytes(input.maxBytes)}.`,
    }
  }
  const detected = input.detectedMime
  if (!detected || !(ACCEPTED_MIME_TYPES as readonly string[]).includes(detected)) {
    return {
      ok: false,
      message: `文件内容不是允许的类型（检测到：${detected ?? '未知'}）。只接受 JPEG、PNG、WebP、GIF、AVIF 图片或 PDF。 / File content is not allowed (detected: ${detected ?? 'unknown'}); only JPEG, PNG, WebP, GIF, AVIF images or PDF are accepted.`,
    }
  }
  return { ok: true }
}
