import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

/**
 * 网站构建锁: which process runs the site builder (one row, name `site-builder`). Written only by
 * the builders themselves through publisher/lease.ts; administrators can see who holds it.
 */
export const BuilderLeases: CollectionConfig = {
  slug: slugs.builderLeases,
  labels: { singular: label('网站构建锁', 'Builder lease'), plural: label('网站构建锁', 'Builder leases') },
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'holder', 'expiresAt'],
    description: label(
      '同一时间只有一个进程构建公众网站；持有者每几秒续期一次，停止续期约 30 秒后由等待中的构建进程接替。',
      'One process builds the public site at a time; the holder renews every few seconds and a waiting builder takes over about 30 s after it stops.',
    ),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: label('名称', 'Name'), admin: { readOnly: true } },
    { name: 'holder', type: 'text', label: label('持有者（主机:进程）', 'Holder (host:pid)'), admin: { readOnly: true } },
    {
      name: 'expiresAt',
      type: 'date',
      label: label('到期时间', 'Expires at'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
    },
  ],
}
