import type { Field } from 'payload'
import { isAdminField, isReviewerField, isStaffOrLiaisonField } from '../access/index.ts'
import { serverOnlyField } from '../access/serverOnly.ts'
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '../domain/workflow.ts'
import { label } from './label.ts'

const REVIEW_ACTIONS = {
  submitted: label('提交审核', 'Submitted'),
  approved: label('审核通过并发布', 'Approved and published'),
  rejected: label('退回', 'Rejected'),
  'force-published': label('管理员强制发布', 'Force-published by admin'),
  'edited-published': label('修改已发布内容', 'Edited published content'),
  system: label('系统', 'System'),
}

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }

/** Review workflow fields shared by every public content type; none of them is ever public. */
export const workflowFields = (): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    label: label('审核状态', 'Review state'),
    defaultValue: 'draft',
    options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
    index: true,
    access: { read: isStaffOrLiaisonField },
    admin: {
      position: 'sidebar',
      description: label(
        '编辑：写好后选“已提交审核”并保存草稿；审核员：发布或选“已退回”并填写审核意见。',
        'Editors: choose “Submitted” and save the draft. Reviewers: publish, or choose “Rejected” with a comment.',
      ),
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: label('审核意见', 'Review comment'),
    access: { read: isStaffOrLiaisonField, update: isReviewerField, create: isReviewerField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'publishReason',
    type: 'text',
    label: label('强制发布理由', 'Force-publish reason'),
    access: { read: isReviewerField, update: isAdminField, create: isAdminField },
    admin: {
      position: 'sidebar',
      description: label('仅管理员在未经审核直接发布时填写，会被记录。', 'Admins only, when publishing without review; recorded.'),
    },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('最后修改人', 'Last edited by'),
    access: { read: isStaffOrLiaisonField, create: serverOnlyField, update: serverOnlyField },
    admin: readOnlySidebar,
  },
  {
    name: 'reviewLog',
    type: 'array',
    label: label('审核记录', 'Review log'),
    access: { read: isStaffOrLiaisonField, create: serverOnlyField, update: serverOnlyField },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      {
        name: 'action',
        type: 'select',
        label: label('操作', 'Action'),
        options: Object.entries(REVIEW_ACTIONS).map(([value, l]) => ({ value, label: l })),
      },
      { name: 'by', type: 'relationship', relationTo: 'users', label: label('操作人', 'By') },
      { name: 'at', type: 'date', label: label('时间', 'At'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'comment', type: 'textarea', label: label('意见/理由', 'Comment') },
    ],
  },
]
