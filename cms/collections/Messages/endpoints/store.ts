/**
 * Store one 留言 and its photos atomically: media items (never public: the message refers to them
 * through a relationship, see ../index.ts) and the message as a draft in ONE transaction; on failure
 * the transaction is rolled back and the files already written are deleted.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { MESSAGE_CATEGORIES } from '../../../domain/contentTypes/index.ts'
import type { MessageInput } from '../../../domain/messages/index.ts'
import { slugs } from '../../../slugs.ts'
import type { CleanPhoto } from '../../ResidentReports/endpoints/photos.ts'

type StoredFile = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

async function removeFiles(mediaDir: string, docs: StoredFile[]): Promise<void> {
  const names = docs.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)])
  await Promise.all(
    names.filter((name): name is string => Boolean(name)).map((name) => fs.rm(path.join(mediaDir, path.basename(name)), { force: true })),
  )
}

export async function storeMessage(
  req: PayloadRequest,
  input: { message: MessageInput; photos: CleanPhoto[]; trackingHash: string; textHash: string },
): Promise<number | string> {
  const { payload } = req
  const written: StoredFile[] = []
  const context = { skipRebuild: true }
  const { message } = input
  const ownTransaction = await initTransaction(req)
  try {
    const photoIds: (number | string)[] = []
    for (const [index, photo] of input.photos.entries()) {
      const media = await payload.create({
        collection: slugs.media,
        data: { alt: `市民留言照片 ${index + 1}：${MESSAGE_CATEGORIES[message.category].zh}，${message.subject}`.slice(0, 200) },
        file: { data: photo.data, mimetype: 'image/jpeg', name: `message-${randomBytes(8).toString('hex')}.jpg`, size: photo.size },
        req,
        overrideAccess: true,
        context,
      })
      written.push(media as StoredFile)
      photoIds.push(media.id)
    }
    const doc = await payload.create({
      collection: slugs.messages,
      data: {
        _status: 'draft',
        title: message.subject,
        category: message.category,
        text: message.text,
        allowPublic: message.allowPublic,
        photos: photoIds,
        contact: { name: message.contactName || null, phone: message.contactPhone || null },
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
