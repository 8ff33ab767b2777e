/**
 * A resident's submission and its photos stored atomically (随手拍, 留言): the photos as private media
 * items and then the document, in ONE database transaction. On any failure the transaction is rolled
 * back and the files already written are deleted, so nothing is half-saved.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { slugs } from '../../../slugs.ts'
import type { CleanPhoto } from './photos.ts'

type StoredFile = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

async function removeFiles(mediaDir: string, docs: StoredFile[]): Promise<void> {
  const names = docs.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)])
  await Promise.all(
    names.filter((name): name is string => Boolean(name)).map((name) => fs.rm(path.join(mediaDir, path.basename(name)), { force: true })),
  )
}

export type PhotoSubmission = {
  photos: CleanPhoto[]
  /** The file name's prefix ('report', 'message'): a random name follows, so concurrent uploads never race for one name. */
  prefix: string
  /** The media item's alt text for the photo at this index. */
  alt: (index: number) => string
  /** Create the document with its photos' ids (inside the transaction, through `req`); returns its id. */
  create: (photoIds: (number | string)[], context: { skipRebuild: true }) => Promise<number | string>
}

export async function storeWithPhotos(req: PayloadRequest, submission: PhotoSubmission): Promise<number | string> {
  const { payload } = req
  const written: StoredFile[] = []
  const context = { skipRebuild: true } as const
  const ownTransaction = await initTransaction(req)
  try {
    const photoIds: (number | string)[] = []
    for (const [index, photo] of submission.photos.entries()) {
      const media = await payload.create({
        collection: slugs.media,
        data: { alt: submission.alt(index).slice(0, 200) },
        file: {
          data: photo.data,
          mimetype: 'image/jpeg',
          name: `${submission.prefix}-${randomBytes(8).toString('hex')}.jpg`,
          size: photo.size,
        },
        req,
        overrideAccess: true,
        context,
      })
      written.push(media as StoredFile)
      photoIds.push(media.id)
    }
    const id = await submission.create(photoIds, context)
    if (ownTransaction) await commitTransaction(req)
    return id
  } catch (error) {
    await killTransaction(req)
    await removeFiles(settingsOf(payload).paths.mediaDir, written)
    throw error
  }
}
