/**
 * Store one 留言 and its photos atomically (../../ResidentReports/endpoints/storeWithPhotos.ts): the
 * message as a draft, its photos as they arrived (private) and the job that turns them into media
 * items (never public: the message refers to them through a relationship, see ../index.ts) in ONE transaction.
 */
import type { PayloadRequest } from 'payload'
import { MESSAGE_CATEGORIES } from '../../../domain/contentTypes/index.ts'
import type { MessageInput } from '../../../domain/messages/index.ts'
import { slugs } from '../../../slugs.ts'
import type { CheckedPhoto } from '../../ResidentReports/endpoints/photos.ts'
import { storeWithPhotos } from '../../ResidentReports/endpoints/storeWithPhotos.ts'

export function storeMessage(
  req: PayloadRequest,
  input: { message: MessageInput; photos: CheckedPhoto[]; trackingHash: string; textHash: string },
): Promise<number | string> {
  const { message } = input
  return storeWithPhotos(req, {
    photos: input.photos,
    collection: slugs.messages,
    alt: (index) => `市民留言照片 ${index + 1}：${MESSAGE_CATEGORIES[message.category].zh}，${message.subject}`,
    create: async (photoStatus, context) => {
      const doc = await req.payload.create({
        collection: slugs.messages,
        data: {
          _status: 'draft',
          title: message.subject,
          category: message.category,
          text: message.text,
          allowPublic: message.allowPublic,
          photos: [],
          photoStatus,
          contact: { name: message.contactName || null, phone: message.contactPhone || null },
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
