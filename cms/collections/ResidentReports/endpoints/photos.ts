/**
 * Residents' photos, checked by content with the media library's rules (judgeUpload), images only,
 * then re-encoded by sharp with the orientation applied: EXIF, GPS and every other metadata are gone
 * before anything is stored. The hash of the original bytes is kept for duplicate detection.
 */
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import type { FieldError } from '../../../domain/residentReports.ts'
import { photoHash } from '../../../domain/residentReports.ts'
import { judgeUpload } from '../../../domain/uploadRules.ts'

export type CleanPhoto = { data: Buffer; hash: string; size: number }

export async function cleanPhotos(files: File[], maxBytes: number): Promise<{ photos: CleanPhoto[]; errors: FieldError[] }> {
  const photos: CleanPhoto[] = []
  const errors: FieldError[] = []
  for (const [index, file] of files.entries()) {
    const label = `照片 ${index + 1}（${file.name.slice(0, 40) || '未命名'}）`
    const bytes = Buffer.from(await file.arrayBuffer())
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
    try {
      const data = await sharp(bytes, { limitInputPixels: 100_000_000 })
        .rotate()
        .resize({ width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 85 })
        .toBuffer()
      photos.push({ data, hash: photoHash(bytes), size: data.length })
    } catch {
      errors.push({ field: 'photos', message: `${label}：图片已损坏或无法读取，请换一张。` })
    }
  }
  return { photos, errors }
}
