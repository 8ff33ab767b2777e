import type { CollectionConfig } from 'payload'
import { isAdminOrReviewer, isReviewerField } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { ACCOUNTABILITY_FORMS, RECORD_STATUSES } from '../../domain/accountabilityRecords.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { requestSiteRebuild } from '../../hooks/requestSiteRebuild.ts'
import { slugs } from '../../slugs.ts'
import { confirmedOrStaff, proposedOnlyForReviewers } from './access.ts'
import { guardRecord } from './hooks/guardRecord.ts'
import { proposeTitleRevocations } from './hooks/proposeTitleRevocations.ts'

export const ACCOUNTABILITY_RECORDS_SLUG = slugs.accountabilityRecords

/**
 * 问责记录: a permanent entry on a unit. Reviewers record one (confirmed at once) or confirm what
 * the three-strikes rule proposed; a confirmed record is never changed or deleted. The public site
 * lists confirmed records on the unit's page.
 */
export const AccountabilityRecords: CollectionConfig = {
  slug: ACCOUNTABILITY_RECORDS_SLUG,
  labels: { singular: label('问责记录', 'Accountability record'), plural: label('问责记录', 'Accountability records') },
  admin: {
    useAsTitle: 'summary',
    group: label('发布内容', 'Content'),
    defaultColumns: ['unit', 'date', 'form', 'status'],
    description: label(
      '“待确认”由曝光三次未整改规则自动提议，审核员核实后将状态改为“已确认”；已确认的记录永久保留，不能修改或删除。',
      'Proposals come from the three-strikes rule; a reviewer confirms them. Confirmed records are permanent.',
    ),
  },
  defaultSort: '-date',
  access: { read: confirmedOrStaff, create: isAdminOrReviewer, update: isAdminOrReviewer, delete: proposedOnlyForReviewers },
  hooks: { beforeChange: [guardRecord], afterChange: [requestSiteRebuild, proposeTitleRevocations] },
  fields: [
    { name: 'unit', type: 'relationship', relationTo: slugs.units, required: true, index: true, label: label('被问责单位', 'Unit') },
    { name: 'date', type: 'date', required: true, index: true, label: label('问责日期', 'Date'), admin: { date: dayPicker } },
    { name: 'form', type: 'select', required: true, label: label('问责形式', 'Form'), options: selectOptions(ACCOUNTABILITY_FORMS) },
    { name: 'summary', type: 'textarea', required: true, maxLength: 1000, label: label('事由', 'Summary') },
    { name: 'exposures', type: 'relationship', relationTo: slugs.exposures, hasMany: true, label: label('相关曝光事项', 'Exposures') },
    { name: 'bulletin', type: 'relationship', relationTo: slugs.bulletins, label: label('相关通报', 'Bulletin') },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'confirmed',
      index: true,
      label: label('状态', 'Status'),
      options: selectOptions(RECORD_STATUSES),
      access: { update: isReviewerField, create: serverOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('确认人', 'Confirmed by'),
      access: { read: isReviewerField, create: serverOnlyField, update: serverOnlyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: label('确认时间', 'Confirmed at'),
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
