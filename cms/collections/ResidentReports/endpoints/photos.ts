/**
 * Residents' photos. While the resident waits, only cheap checks by content (judgeUpload): the type
 * from the file's magic bytes (images only), the size cap, and the dimensions from the image header
 * (no decoding). The photo is then stored as it arrived, privately (cms/collections/PendingPhotos.ts),
 * and re-encoded after the answer (cms/jobs/processPhotos.ts) by reencodePhoto: orientation applied,
 * EXIF, GPS and every other metadata gone. The hash of the original bytes is kept for duplicate detection.
 */
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import type { FieldError } from '../../../domain/residentReports.ts'
import { photoHash } from '../../../domain/residentReports.ts'
import { judgeUpload } from '../../../domain/uploadRules.ts'
import type { FormFile } from './readForm.ts'

/** The largest photo accepted, in pixels (width × height, read from the header). */
export const PHOTO_MAX_PIXELS = 100_000_000

export type CheckedPhoto = { data: Buffer; hash: string; size: number }

async function headerPixels(bytes: Buffer): Promise<number | null> {
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata()
    return width && height ? width * height : null
  } catch {
    return null
  }
}

/** `files` as readForm hands them out; each checked photo's `data` is the same bytes (no copy). */
export async function checkPhotos(files: FormFile[], maxBytes: number): Promise<{ photos: CheckedPhoto[]; errors: FieldError[] }> {
  const photos: CheckedPhoto[] = []
  const errors: FieldError[] = []
  for (const [index, file] of files.entries()) {
    const label = `照片 ${index + 1}（${file.name.slice(0, 40) || '未命名'}）`
    const bytes = file.bytes
    const detectedMime = (await fileTypeFromBuffer(bytes))?.mime
    const verdict = judgeUpload({ detectedMime, size: bytes.length, maxBytes })
    if (!verdict.ok) {
      errors.push({ field: 'photos', message: `${label}：${verdict.message.split(' / ')[0]}` })
      continue
    }
    if (!detectedMime?.startsWith('image/')) {
      errors.push({ field: 'photos', message: `${label}：只接受照片（JPEG、PNG、WebP、GIF、AVIF），不接受 PDF。` })
      continue
    }
    const pixels = await headerPixels(bytes)
    if (pixels === null) {
      errors.push({ field: 'photos', message: `${label}：图片已损坏或无法读取，请换一张。` })
      continue
    }
    if (pixels > PHOTO_MAX_PIXELS) {
      errors.push({ field: 'photos', message: `${label}：照片像素过多（上限 1 亿像素），请缩小后重试。` })
      continue
    }
    photos.push({ data: bytes, hash: photoHash(bytes), size: bytes.length })
  }
  return { photos, errors }
}

/** The photo as the media library keeps it: orientation applied, at most 2400 px, JPEG, no metadata at all. Throws on a damaged image. */
export const reencodePhoto = (bytes: Buffer): Promise<Buffer> =>
  sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'warning' })
    .rotate()
    .resize({ width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85 })
    .toBuffer()
