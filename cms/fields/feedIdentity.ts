import type { Field } from 'payload'
import { keepFeedId, keepFirstPublished } from '../hooks/keepFeedIdentity.ts'
import { label } from './label.ts'

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }

/** The feed identity of a public document (issue 25): its GUID and first publish, set by the system, public. */
export const feedIdentityFields = (): Field[] => [
  {
    name: 'feedId',
    type: 'text',
    label: label('订阅标识（GUID）', 'Feed GUID'),
    index: true,
    hooks: { beforeChange: [keepFeedId] },
    admin: {
      ...readOnlySidebar,
      description: label(
        '创建时自动生成，此后永不改变（更换域名或迁移数据库也不变）；媒体订阅据此识别同一条内容。',
        'Made on creation and never changed (not by a new domain or database either); partners’ readers identify the item by it.',
      ),
    },
  },
  {
    name: 'firstPublishedAt',
    type: 'date',
    label: label('首次发布时间', 'First published'),
    hooks: { beforeChange: [keepFirstPublished] },
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayAndTime' },
      description: label('首次发布时自动记录，订阅中的发布时间。', 'Recorded on first publish; the feed’s published date.'),
    },
  },
]
