/**
 * Store one report and its photos atomically: media items (private: publicUse stays false until a
 * published exposure uses them) and the report in ONE database transaction. On any failure the
 * transaction is rolled back and the files already written are deleted, so nothing is half-saved.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { REPORT_CATEGORIES, type ReportInput } from '../../../domain/residentReports.ts'
import { slugs } from '../../../slugs.ts'
import type { CleanPhoto } from './photos.ts'

type StoredFile = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

async function removeFiles(mediaDir: string, docs: StoredFile[]): Promise<void> {
  const names = docs.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)])
  await Promise.all(
    names.filter((name): name is string => Boolean(name)).map((name) => fs.rm(path.join(mediaDir, path.basename(name)), { force: true })),
  )
}

export async function storeReport(
  req: PayloadRequest,
  input: { report: ReportInput; photos: CleanPhoto[]; trackingHash: string; textHash: string },
): Promise<number | string> {
  const { payload } = req
  const written: StoredFile[] = []
  const context = { skipRebuild: true }
  const category = REPORT_CATEGORIES[input.report.category].zh
  const ownTransaction = await initTransaction(req)
  try {
    const photoIds: (number | string)[] = []
    for (const [index, photo] of input.photos.entries()) {
      const media = await payload.create({
        collection: slugs.media,
        data: { alt: `市民随手拍照片 ${index + 1}：${category}，${input.report.place}`.slice(0, 200) },
        // A random name per upload: concurrent reports never race for the same file name (unique column).
        file: { data: photo.data, mimetype: 'image/jpeg', name: `report-${randomBytes(8).toString('hex')}.jpg`, size: photo.size },
        req,
        overrideAccess: true,
        context,
      })
      written.push(media as StoredFile)
      photoIds.push(media.id)
    }
    const { report } = input
    const doc = await payload.create({
      collection: slugs.residentReports,
      data: {
        status: 'received',
        category: report.category,
        description: report.description,
        place: report.place,
        coordinates: { lat: report.lat, lng: report.lng },
        photos: photoIds,
        contact: { name: report.contactName || null, phone: report.contactPhone || null },
        trackingHash: input.trackingHash,
        textHash: input.textHash,
        photoHashes: input.photos.map((photo) => ({ hash: photo.hash })),
      } as never,
      req,
      overrideAccess: true,
      context,
    })
    if (ownTransaction) await commitTransaction(req)
    return doc.id
  } catch (error) {
    await killTransaction(req)
    await removeFiles(settingsOf(payload).paths.mediaDir, written)
    throw error
  }
}
