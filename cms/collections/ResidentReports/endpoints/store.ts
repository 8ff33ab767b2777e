/**
 * Store one report and its photos atomically (./storeWithPhotos.ts): the report (照片处理中), the photos
 * as they arrived (private) and the job that turns them into media items (private: publicUse stays
 * false until a published exposure uses them) in ONE database transaction.
 */
import type { PayloadRequest } from 'payload'
import { REPORT_CATEGORIES, type ReportInput } from '../../../domain/residentReports.ts'
import { slugs } from '../../../slugs.ts'
import type { CheckedPhoto } from './photos.ts'
import { storeWithPhotos } from './storeWithPhotos.ts'

export function storeReport(
  req: PayloadRequest,
  input: { report: ReportInput; photos: CheckedPhoto[]; trackingHash: string; textHash: string },
): Promise<number | string> {
  const category = REPORT_CATEGORIES[input.report.category].zh
  const { report } = input
  return storeWithPhotos(req, {
    photos: input.photos,
    collection: slugs.residentReports,
    alt: (index) => `市民随手拍照片 ${index + 1}：${category}，${report.place}`,
    create: async (photoStatus, context) => {
      const doc = await req.payload.create({
        collection: slugs.residentReports,
        data: {
          status: 'received',
          category: report.category,
          description: report.description,
          place: report.place,
          coordinates: { lat: report.lat, lng: report.lng },
          photos: [],
          photoStatus,
          contact: { name: report.contactName || null, phone: report.contactPhone || null },
          trackingHash: input.trackingHash,
          textHash: input.textHash,
          photoHashes: input.photos.map((photo) => ({ hash: photo.hash })),
        } as never,
        req,
        overrideAccess: true,
        context,
        // Only the id is needed: the stored document is not read back through its fields.
        select: { category: true },
        depth: 0,
      })
      return doc.id
    },
  })
}
