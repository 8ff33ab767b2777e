import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, nobody } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

/**
 * Every bulletin issue number ever handed out. A unique index on (series, year, number) makes a
 * number impossible to hand out twice, even to two editors publishing at the same moment; claims
 * are never deleted, so a number is never reused.
 */
export const IssueClaims: CollectionConfig = {
  slug: slugs.issueClaims,
  labels: { singular: label('期号记录', 'Issue claim'), plural: label('期号记录', 'Issue claims') },
  admin: { hidden: true },
  access: { read: isStaff, create: isAdmin, update: nobody, delete: nobody },
  indexes: [{ fields: ['series', 'year', 'number'], unique: true }],
  fields: [
    { name: 'series', type: 'text', required: true },
    { name: 'year', type: 'number', required: true },
    { name: 'number', type: 'number', required: true },
    { name: 'bulletin', type: 'relationship', relationTo: slugs.bulletins },
  ],
}
