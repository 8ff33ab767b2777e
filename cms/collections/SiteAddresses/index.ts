import type { CollectionConfig } from 'payload'
import { isStaff, nobody } from '../../access/index.ts'
import { label } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'

const readOnly = { readOnly: true }

/**
 * 网址记录 (slug history): every public address a published document ever had, written only by the
 * server (cms/hooks/recordAddress.ts) when a document is published, renamed, unpublished or deleted —
 * nobody creates, changes or deletes one through the admin, REST or GraphQL. Staff read it. Each build
 * turns it into the address table: earlier addresses answer 301 to the current one, a withdrawn
 * document's addresses 410 for a year (cms/domain/addresses.ts).
 */
export const SiteAddresses: CollectionConfig = {
  slug: slugs.siteAddresses,
  labels: { singular: label('网址记录', 'Address record'), plural: label('网址记录', 'Address records') },
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'path',
    defaultColumns: ['path', 'collection', 'docId', 'withdrawnAt', 'createdAt'],
    description: label(
      '已发布内容用过的每个网址，由系统在发布、改网址别名、撤下时自动记录：旧网址永久跳转（301）到当前网址，撤下内容的网址一年内显示“已撤下”（410）。不能手工修改。',
      'Every address published content has had, recorded by the server: old addresses redirect (301) to the current one; a withdrawn item’s addresses answer 410 for a year. Read-only.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['collection', 'docId', 'slug'], unique: true }],
  fields: [
    { name: 'collection', type: 'text', required: true, index: true, label: label('内容类型', 'Collection'), admin: readOnly },
    { name: 'docId', type: 'text', required: true, index: true, label: label('内容编号', 'Document id'), admin: readOnly },
    { name: 'slug', type: 'text', required: true, label: label('网址别名', 'Slug'), admin: readOnly },
    { name: 'path', type: 'text', required: true, label: label('网址', 'Path'), admin: readOnly },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: label('撤下时间', 'Withdrawn at'),
      admin: {
        ...readOnly,
        description: label('内容下线或删除的时间；重新发布后清空。', 'When the item was unpublished or deleted; cleared on republishing.'),
      },
    },
  ],
}
