/**
 * A resident's submission and its photos stored atomically (随手拍, 留言), in ONE database transaction:
 * the document (照片处理中 while it has photos), each photo's bytes as they arrived in the private
 * pending-photos collection (never in the uploads folder, never a URL), and a persisted processPhotos
 * job (cms/jobs/processPhotos.ts) that re-encodes them without metadata into the media library after
 * the answer, and survives a restart. On any failure the transaction is rolled back: nothing is half-saved.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import type { Settings } from '../../../config/settings.ts'
import { queuePhotoJob, runPhotoJobsSoon } from '../../../jobs/processPhotos.ts'
import { slugs } from '../../../slugs.ts'
import type { CheckedPhoto } from './photos.ts'

export type PhotoSubmission = {
  photos: CheckedPhoto[]
  /** The collection the document goes into. */
  collection: typeof slugs.residentReports | typeof slugs.messages
  /** The media item's alt text for the photo at this index. */
  alt: (index: number) => string
  /** Create the document (inside the transaction, through `req`) with this photo status; returns its id. */
  create: (photoStatus: 'none' | 'pending', context: { skipRebuild: true }) => Promise<number | string>
}

/** Whether the process that accepted photos re-encodes them itself: only without photo workers, and never an API-only one. */
export const processesPhotosHere = (settings: Pick<Settings, 'role' | 'limits'>): boolean =>
  settings.limits.photoWorkers === 0 && settings.role !== 'api'

/**
 * After a commit that queued photo jobs: photo workers (PHOTO_WORKERS ≥ 1) poll the queue; without them,
 * this process runs it (never ROLE=api). req.context.processPhotosNow === false leaves the job to the
 * cron (tests of a restart before processing).
 */
export function photosStored(req: PayloadRequest, count: number): void {
  if (count > 0 && processesPhotosHere(settingsOf(req.payload)) && req.context?.processPhotosNow !== false) runPhotoJobsSoon(req.payload)
}

export async function storeWithPhotos(req: PayloadRequest, submission: PhotoSubmission): Promise<number | string> {
  const { payload } = req
  const context = { skipRebuild: true } as const
  const ownTransaction = await initTransaction(req)
  try {
    const id = await submission.create(submission.photos.length > 0 ? 'pending' : 'none', context)
    for (const [position, photo] of submission.photos.entries()) {
      await payload.create({
        collection: slugs.pendingPhotos,
        data: {
          owner: submission.collection,
          ownerId: String(id),
          position,
          alt: submission.alt(position).slice(0, 200),
          data: photo.data.toString('base64'),
        },
        req,
        overrideAccess: true,
        depth: 0,
        context,
        // Not read back: the bytes go in once and come out only in the photo worker.
        select: { position: true },
      })
    }
    if (submission.photos.length > 0) await queuePhotoJob(req, { collection: submission.collection, id: String(id) })
    if (ownTransaction) await commitTransaction(req)
    photosStored(req, submission.photos.length)
    return id
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
