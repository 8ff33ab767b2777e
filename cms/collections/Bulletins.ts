import type { CollectionConfig } from 'payload'
import { isAdmin, isAuthor, publishedOrStaff } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugField } from '../fields/slug.ts'
import { slugs } from '../slugs.ts'

export const Bulletins: CollectionConfig = {
  slug: slugs.bulletins,
  labels: { singular: label('通报', 'Bulletin'), plural: label('通报 / 督查专报', 'Bulletins') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', '_status', 'updatedAt'],
    group: label('发布内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, create: isAuthor, update: isAuthor, delete: isAdmin },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    {
      name: 'date',
      type: 'date',
      label: label('发布日期', 'Date'),
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    slugField(),
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), maxLength: 300 },
    { name: 'cover', type: 'upload', relationTo: slugs.media, label: label('题图', 'Lead image') },
    { name: 'body', type: 'richText', label: label('正文', 'Body'), required: true },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('PDF 附件', 'PDF attachments'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
  ],
}
