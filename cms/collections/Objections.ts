import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, isStaffField, nobody } from '../access/index.ts'
import { serverOnlyField } from '../access/serverOnly.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'
import { closeObjection } from './ObjectionsClose.ts'

export const OBJECTION_STATUS = {
  received: label('已收到', 'Received'),
  verifying: label('核实中', 'Verifying'),
  closed: label('已办结', 'Closed'),
}

const server = { create: serverOnlyField, update: serverOnlyField }

/** An objection is about exactly one thing in 公示: a nominee or a civility title. */
const oneTarget = (_value: unknown, { data }: { data: Partial<Record<string, unknown>> }): true | string => {
  const targets = [data?.nominee, data?.title].filter((target) => target !== null && target !== undefined && target !== '')
  return targets.length === 1
    ? true
    : '异议对象：必须是一位人选或一个文明称号（二选一）。 / Target: exactly one nominee or one civility title.'
}

/**
 * 异议反馈: objections residents send about a nominee or a new civility title during its public
 * notice (POST /api/good-people/:id/objection, /api/civility-titles/:id/objection). Staff only, with the same privacy rules as 随手拍:
 * contact data is staff-readable only and erased after closing (cms/jobs/eraseReportContacts.ts).
 */
export const Objections: CollectionConfig = {
  slug: slugs.objections,
  labels: { singular: label('异议反馈', 'Objection'), plural: label('公示异议反馈', 'Objections') },
  admin: {
    group: label('市民参与', 'Residents'),
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'nominee', 'title', 'status', 'createdAt'],
    description: label(
      '公示期间市民对人选或文明称号提出的异议。联系人信息仅工作人员可见，办结后自动删除。',
      'Objections raised during a public notice. Contact data is staff-only and erased after closing.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [closeObjection] },
  fields: [
    { name: 'summary', type: 'text', label: label('摘要', 'Summary'), admin: { readOnly: true }, access: server },
    {
      name: 'nominee',
      type: 'relationship',
      relationTo: slugs.goodPeople,
      index: true,
      label: label('人选', 'Nominee'),
      access: server,
      validate: oneTarget,
    },
    {
      name: 'title',
      type: 'relationship',
      relationTo: slugs.civilityTitles,
      index: true,
      label: label('文明称号', 'Civility title'),
      access: server,
      validate: oneTarget,
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      label: label('异议内容', 'Objection'),
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'received',
      label: label('处理状态', 'Status'),
      options: Object.entries(OBJECTION_STATUS).map(([value, l]) => ({ value, label: l })),
    },
    { name: 'note', type: 'textarea', label: label('核实情况（内部）', 'Findings (internal)') },
    {
      name: 'contact',
      type: 'group',
      label: label('联系人（仅工作人员可见，办结后自动删除）', 'Contact (staff only, erased after closing)'),
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      fields: [
        { name: 'name', type: 'text', maxLength: 20, label: label('姓名', 'Name') },
        { name: 'phone', type: 'text', maxLength: 20, label: label('电话', 'Phone') },
      ],
    },
    {
      name: 'closedAt',
      type: 'date',
      index: true,
      label: label('办结时间', 'Closed at'),
      access: server,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'contactErasedAt',
      type: 'date',
      label: label('联系人信息删除于', 'Contact erased at'),
      access: server,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
