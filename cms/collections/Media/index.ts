import type { CollectionConfig } from 'payload'
import { anyone, isStaff } from '../../access/index.ts'
import { ACCEPTED_MIME_TYPES } from '../../domain/uploadRules.ts'
import { label } from '../../fields/label.ts'
import { mediaDir } from '../../paths.ts'
import { slugs } from '../../slugs.ts'
import { rejectDisallowedFile } from './hooks/rejectDisallowedFile.ts'

const webp = { format: 'webp' as const, options: { quality: 78 } }

/** Renditions made by sharp on upload; the site builds its srcset from them. */
export const IMAGE_SIZES = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
  { name: 'card', width: 800, height: 533, position: 'centre', formatOptions: webp },
  { name: 'hero', width: 1600, height: 900, position: 'centre', withoutEnlargement: true, formatOptions: webp },
  { name: 'social', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg' as const, options: { quality: 82 } } },
]

export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: label('媒体文件', 'Media file'), plural: label('媒体库', 'Media') },
  admin: {
    group: label('系统', 'System'),
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    description: label(
      '只接受图片（JPEG、PNG、WebP、GIF、AVIF）和 PDF，按文件内容检查。上传后自动生成缩略图、卡片、横幅和 1200×630 分享图。',
      'Images (JPEG, PNG, WebP, GIF, AVIF) and PDF only, checked by content. Thumbnail, card, hero and a 1200×630 social image are generated on upload.',
    ),
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeOperation: [rejectDisallowedFile] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...ACCEPTED_MIME_TYPES],
    imageSizes: IMAGE_SIZES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('替代文字', 'Alt text'),
      required: true,
      maxLength: 200,
      admin: {
        description: label(
          '为看不见图片的读者描述图片内容（必填）。PDF 请填写文件名称。',
          'Describe the image for readers who cannot see it (required). For a PDF, give its title.',
        ),
      },
    },
    { name: 'credit', type: 'text', label: label('来源/署名', 'Credit'), maxLength: 100 },
  ],
}
