import type { CollectionConfig } from 'payload'
import { isReviewerField, isStaff, nobody } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { hasRole } from '../../domain/roles.ts'
import { PROPOSAL_STATUS } from '../../domain/titles.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { applyDecision, checkDecision } from './decide.ts'

const server = { create: serverOnlyField, update: serverOnlyField }
const reviewer = { create: serverOnlyField, update: isReviewerField }

/**
 * 摘牌提议: made by the system when a title's holder is confirmed for 问责 ("目标考核扣分、文明单位摘牌、
 * 领导干部问责", seed 002), never an automatic removal. A reviewer accepts it (the title is revoked
 * and published with the reason and date) or rejects it with a reason; a decided proposal is kept
 * as it is. Staff only.
 */
export const TitleRevocations: CollectionConfig = {
  slug: slugs.titleRevocations,
  labels: { singular: label('摘牌提议', 'Revocation proposal'), plural: label('摘牌提议', 'Revocation proposals') },
  admin: {
    group: label('发布内容', 'Content'),
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'title', 'status', 'createdAt'],
    description: label(
      '单位被确认问责时，系统为其持有的文明称号生成摘牌提议。审核员核实后选择“已摘牌”（填写摘牌原因和日期，称号随即发布为“已摘牌”）或“不予摘牌”（填写理由）。系统不会自动摘牌。',
      'When a unit is confirmed for accountability, the system proposes revoking its titles. A reviewer accepts (with reason and date; the title is published as revoked) or rejects with a reason. Nothing is revoked automatically.',
    ),
  },
  defaultSort: '-createdAt',
  access: {
    read: isStaff,
    create: nobody,
    // Only a pending proposal can be decided, by a reviewer or an admin.
    update: ({ req }) => (hasRole(req.user, 'admin', 'reviewer') ? { status: { equals: 'pending' } } : false),
    delete: nobody,
  },
  hooks: { beforeChange: [checkDecision], afterChange: [applyDecision] },
  fields: [
    { name: 'summary', type: 'text', label: label('摘要', 'Summary'), admin: { readOnly: true }, access: server },
    {
      name: 'title',
      type: 'relationship',
      relationTo: slugs.civilityTitles,
      required: true,
      index: true,
      label: label('文明称号', 'Civility title'),
      access: server,
      admin: { readOnly: true },
    },
    {
      name: 'record',
      type: 'relationship',
      relationTo: slugs.accountabilityRecords,
      required: true,
      index: true,
      label: label('问责记录', 'Accountability record'),
      access: server,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      label: label('处理结果', 'Decision'),
      options: selectOptions(PROPOSAL_STATUS),
      access: reviewer,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 1000,
      label: label('摘牌原因（公开）', 'Reason (public)'),
      access: reviewer,
      admin: { description: label('确认摘牌时在称号页面公开显示。', 'Shown on the title page once revoked.') },
    },
    { name: 'revokedOn', type: 'date', label: label('摘牌日期', 'Revocation date'), access: reviewer, admin: { date: dayPicker } },
    {
      name: 'rejectReason',
      type: 'textarea',
      maxLength: 1000,
      label: label('不予摘牌的理由（内部）', 'Reason to reject (internal)'),
      access: reviewer,
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('处理人', 'Decided by'),
      access: server,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: label('处理时间', 'Decided at'),
      access: server,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
