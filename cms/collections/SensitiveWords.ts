import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

export const SENSITIVE_WORDS_SLUG = slugs.sensitiveWords

/**
 * 错敏词 added locally on top of the list shipped with the project (cms/domain/sensitiveWordList.ts):
 * local leaders' names written wrong, renamed local offices. Admins write; staff read.
 */
export const SensitiveWords: CollectionConfig = {
  slug: SENSITIVE_WORDS_SLUG,
  labels: { singular: label('错敏词', 'Sensitive word'), plural: label('错敏词库', 'Sensitive words') },
  admin: {
    useAsTitle: 'word',
    group: label('系统', 'System'),
    defaultColumns: ['word', 'suggestion', 'active', 'updatedAt'],
    listSearchableFields: ['word', 'suggestion'],
    description: label(
      '提交审核和发布时，所有文字和富文本字段都会按系统内置词库和这里的词检查。只有管理员可以修改。',
      'Every text and rich-text field is checked against the shipped list and these words on submit and publish. Admins only.',
    ),
  },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'word', type: 'text', label: label('错误写法', 'Wrong form'), required: true, unique: true, maxLength: 60 },
    { name: 'suggestion', type: 'text', label: label('建议写法', 'Suggestion'), required: true, maxLength: 120 },
    { name: 'active', type: 'checkbox', label: label('启用', 'Active'), defaultValue: true, index: true },
    { name: 'note', type: 'textarea', label: label('说明', 'Note'), maxLength: 500 },
  ],
}
