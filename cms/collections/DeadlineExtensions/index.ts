import type { CollectionConfig } from 'payload'
import { isReviewerField, isStaffOrLiaisonField, nobody } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { EXTENSION_STATUS_LABELS } from '../../domain/extensions.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { extensionReaders, mayAskExtension, pendingForReviewers } from './access.ts'
import { applyGrantedDeadline } from './hooks/applyGrantedDeadline.ts'
import { checkExtension } from './hooks/checkExtension.ts'

const askOnce = { create: isStaffOrLiaisonField, update: serverOnlyField }
const reviewerDecides = { create: serverOnlyField, update: isReviewerField }
const stamped = { create: serverOnlyField, update: serverOnlyField }

/**
 * 延期申请: a liaison (or staff) asks for a later deadline with a reason; a reviewer or admin grants
 * it (with the date) or refuses it (with a reason). Requests and decisions are kept, never deleted;
 * the granted date becomes the exposure's deadline and the first one is shown beside it.
 */
export const DeadlineExtensions: CollectionConfig = {
  slug: slugs.deadlineExtensions,
  labels: { singular: label('延期申请', 'Deadline extension'), plural: label('延期申请', 'Deadline extensions') },
  admin: {
    useAsTitle: 'reason',
    group: label('发布内容', 'Content'),
    defaultColumns: ['exposure', 'requestedDeadline', 'status', 'requestedAt'],
    description: label(
      '联络员填写理由和申请的日期；审核员选择“已批准”（填写批准的期限）或“不予延期”（填写理由）。记录永久保留。',
      'Liaisons give a reason and a date; a reviewer grants (with the date) or refuses (with a reason). Kept for good.',
    ),
  },
  defaultSort: '-requestedAt',
  access: { read: extensionReaders, create: mayAskExtension, update: pendingForReviewers, delete: nobody },
  hooks: { beforeChange: [checkExtension], afterChange: [applyGrantedDeadline] },
  fields: [
    {
      name: 'exposure',
      type: 'relationship',
      relationTo: slugs.exposures,
      required: true,
      index: true,
      label: label('曝光事项', 'Exposure'),
      access: askOnce,
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      index: true,
      label: label('责任单位', 'Unit'),
      access: stamped,
      admin: { readOnly: true },
    },
    { name: 'reason', type: 'textarea', required: true, maxLength: 1000, label: label('延期理由', 'Reason'), access: askOnce },
    {
      name: 'requestedDeadline',
      type: 'date',
      required: true,
      label: label('申请延期至', 'Asked until'),
      access: askOnce,
      admin: { date: dayPicker },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      label: label('审核结果', 'Decision'),
      options: selectOptions(EXTENSION_STATUS_LABELS),
      access: reviewerDecides,
      admin: { position: 'sidebar' },
    },
    {
      name: 'grantedDeadline',
      type: 'date',
      label: label('批准的期限', 'Granted deadline'),
      access: reviewerDecides,
      admin: { date: dayPicker, position: 'sidebar' },
    },
    {
      name: 'decisionReason',
      type: 'textarea',
      maxLength: 1000,
      label: label('审核意见 / 不予延期理由', 'Decision note'),
      access: reviewerDecides,
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('申请人', 'Asked by'),
      access: stamped,
      admin: { readOnly: true },
    },
    { name: 'requestedAt', type: 'date', index: true, label: label('申请时间', 'Asked at'), access: stamped, admin: { readOnly: true } },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('审核人', 'Decided by'),
      access: stamped,
      admin: { readOnly: true },
    },
    { name: 'decidedAt', type: 'date', label: label('审核时间', 'Decided at'), access: stamped, admin: { readOnly: true } },
  ],
}
