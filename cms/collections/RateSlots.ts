import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

/**
 * Shared limits and one-time keys (cms/limits/sharedLimits.ts). One row is one counted event in a
 * fixed window (`bucket` = rule | subject digest | window number, `slot` = 0 … max − 1) or one used
 * one-time key (slot 0). The unique index on (bucket, slot) is what makes every limit exact under
 * parallel requests and across every API process: two requests can never hold the same slot.
 * Rows are deleted once `expiresAt` has passed (cms/jobs/pruneRateSlots.ts). Nothing personal is
 * stored: subjects (addresses, accounts) are kept only as keyed digests.
 */
export const RateSlots: CollectionConfig = {
  slug: slugs.rateSlots,
  labels: { singular: label('限流记录', 'Rate slot'), plural: label('限流记录', 'Rate slots') },
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['bucket', 'slot'], unique: true }],
  fields: [
    { name: 'bucket', type: 'text', required: true, index: true },
    { name: 'slot', type: 'number', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
