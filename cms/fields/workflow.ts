import type { Field } from 'payload'
import { isAdminField, isReviewerField, isStaffOrLiaisonField } from '../access/index.ts'
import { serverOnlyField } from '../access/serverOnly.ts'
import { REVIEW_ACTION_LABELS, REVIEW_STATE_LABELS, REVIEW_STATES } from '../domain/workflow.ts'
import { label } from './label.ts'

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
      readOnly: true,
      description: label(
        '由页面上方的“提交审核”“通过并发布”“退回”按钮设置，不能手动修改。',
        'Set by the 提交审核 / 通过并发布 / 退回 buttons above; not edited by hand.',
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
    name: 'sensitiveOverride',
    type: 'textarea',
    label: label('错敏词放行理由', 'Sensitive-word override reason'),
    maxLength: 500,
    access: { read: isReviewerField, update: isReviewerField, create: isReviewerField },
    admin: {
      position: 'sidebar',
      description: label(
        '仅审核员：发布时若检出错敏词且确认无误（如引用历史文献），填写理由后发布；理由记入审核记录。',
        'Reviewers only: when flagged words are correct here, give a reason to publish; it is recorded.',
      ),
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
        options: Object.entries(REVIEW_ACTION_LABELS).map(([value, l]) => ({ value, label: { ...l } })),
      },
      { name: 'by', type: 'relationship', relationTo: 'users', label: label('操作人', 'By') },
      { name: 'at', type: 'date', label: label('时间', 'At'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'comment', type: 'textarea', label: label('意见/理由', 'Comment') },
    ],
  },
]
