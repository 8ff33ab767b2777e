import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

/**
 * 待处理照片: a resident's photo as it arrived (随手拍, 留言), kept only until the processPhotos job
 * (cms/jobs/processPhotos.ts) has re-encoded it without metadata into the media library. The bytes
 * live in the database, not in the uploads folder, so no URL ever serves them and every host sees
 * them. Nobody reads them through any API (admins may delete); a photo that could not be processed
 * stays with its reason until the owner's contact is erased (REPORT_CONTACT_RETENTION_DAYS after closing).
 *
 * The bytes are either base64 in `data` (stored through Payload) or, for 随手拍's batches on SQLite
 * (ResidentReports/endpoints/reportBatch.ts), raw in the table's BLOB column `bytes` with `data` ''.
 * `bytes` is no Payload field (Payload has no binary field type): migration
 * 20261207_130256_issue26_pending_photo_bytes adds it (SQLite and PostgreSQL), plain SQL writes and
 * reads it (cms/jobs/processPhotos.ts bytesOf), and Payload never selects it. A future migration that
 * rebuilds this table must keep the column.
 */
export const PendingPhotos: CollectionConfig = {
  slug: slugs.pendingPhotos,
  labels: { singular: label('待处理照片', 'Pending photo'), plural: label('待处理照片', 'Pending photos') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'owner', type: 'text', required: true, index: true, label: label('所属集合', 'Collection') },
    { name: 'ownerId', type: 'text', required: true, index: true, label: label('所属记录', 'Document') },
    { name: 'position', type: 'number', required: true, label: label('序号', 'Position') },
    { name: 'alt', type: 'text', label: label('替代文字', 'Alt text') },
    // Base64 of a photo up to the 10 MB cap (Payload's default text cap is 40,000 characters).
    {
      name: 'data',
      type: 'textarea',
      required: true,
      maxLength: 14_000_000,
      label: label('照片原始数据（base64）', 'Photo bytes (base64)'),
    },
    { name: 'failure', type: 'text', label: label('处理失败原因', 'Why processing failed') },
  ],
}
