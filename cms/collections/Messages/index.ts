import type { Condition } from 'payload'
import { isStaff, isStaffField, isStaffOrLiaisonField, staffOrOwnUnit } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { CONTENT_TYPES, MESSAGE_CATEGORIES, MESSAGE_RATINGS } from '../../domain/contentTypes/index.ts'
import { MESSAGE_LIMITS, MESSAGE_PHOTOS_MAX } from '../../domain/messages/index.ts'
import { REPORT_LIMITS } from '../../domain/residentReports.ts'
import { label, selectOptions } from '../../fields/label.ts'
import { photoProcessingFields } from '../../fields/photoProcessing.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { publicOrOwnUnitMessages } from './access.ts'
import { rateEndpoint } from './endpoints/rate.ts'
import { messageStatusEndpoint } from './endpoints/status.ts'
import { messageSubmitEndpoint } from './endpoints/submit.ts'
import { prepareMessage } from './hooks/prepareMessage.ts'

const server = { create: serverOnlyField, update: serverOnlyField }
/** Written by the resident's form (or staff); routing and redaction by staff; liaisons read. */
const staffWrites = { create: isStaffField, update: isStaffField }
const hidden = { read: serverOnlyField, ...server }
const sidebar = { position: 'sidebar' as const, readOnly: true }
const answered: Condition = (data) => Boolean(data?.answeredAt)

/**
 * 市民留言: residents' questions and suggestions from the public form (POST /api/messages/submit).
 * Staff route each to the responsible unit, the unit's liaison drafts the reply and submits it, a
 * reviewer publishes message and reply together. The public reads only what the resident allowed to
 * be published (./access.ts); contact, photos and hashes are never public.
 */
export const Messages = publicContent(slugs.messages, {
  labels: CONTENT_TYPES.messages.labels,
  admin: {
    group: label('市民参与', 'Residents'),
    useAsTitle: CONTENT_TYPES.messages.titleField,
    defaultColumns: ['title', 'category', 'unit', 'deadline', 'answeredAt', '_status'],
    listSearchableFields: ['title', 'text'],
    description: label(
      '工作人员选择“责任单位”转办；该单位联络员填写答复并提交审核；审核员“通过并发布”后留言和答复一并公开。居民未同意公开的留言发布后只通过查询码可见。答复期限按国务院办公厅公布的节假日安排计算工作日。联系人和照片仅工作人员可见。',
      'Staff route each message to a unit; its liaison drafts the reply and submits it; a reviewer publishes message and reply together. Messages the resident kept private are answered through the tracking code only. Deadlines count working days on China’s official calendar. Contact and photos are staff-only.',
    ),
  },
  defaultSort: '-receivedAt',
  access: { read: publicOrOwnUnitMessages, create: isStaff, update: staffOrOwnUnit },
  hooks: { beforeChange: [prepareMessage] },
  endpoints: [messageSubmitEndpoint, messageStatusEndpoint, rateEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('留言标题', 'Subject'),
      required: true,
      maxLength: MESSAGE_LIMITS.subjectMax,
      access: staffWrites,
    },
    {
      name: 'category',
      type: 'select',
      label: label('留言类别', 'Category'),
      required: true,
      index: true,
      options: selectOptions(MESSAGE_CATEGORIES),
      access: staffWrites,
    },
    {
      name: 'text',
      type: 'textarea',
      label: label('留言内容', 'Message'),
      required: true,
      maxLength: MESSAGE_LIMITS.textMax,
      access: staffWrites,
      admin: { description: label('公开前可删去其中的个人信息。', 'Remove personal details before publishing.') },
    },
    {
      name: 'allowPublic',
      type: 'checkbox',
      label: label('居民允许公开', 'Resident allows publishing'),
      defaultValue: false,
      index: true,
      // Staff may record the consent of a message taken by phone; nobody changes it afterwards.
      access: { read: isStaffOrLiaisonField, create: isStaffField, update: serverOnlyField },
      admin: {
        ...sidebar,
        description: label(
          '居民提交时选择，不能修改；未允许的留言只通过查询码答复。',
          'Chosen by the resident; private ones are answered through the tracking code.',
        ),
      },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      index: true,
      label: label('责任单位（转办）', 'Responsible unit'),
      access: staffWrites,
      admin: { description: label('选择后该单位联络员可见并答复。', 'Its liaison then sees and answers the message.') },
    },
    {
      name: 'reply',
      type: 'textarea',
      label: label('答复内容', 'Reply'),
      maxLength: MESSAGE_LIMITS.replyMax,
      access: { create: isStaffOrLiaisonField, update: isStaffOrLiaisonField },
      admin: { description: label('由责任单位联络员撰写后提交审核。', 'Drafted by the unit’s liaison, then submitted for review.') },
    },
    {
      // A relationship, not an upload field: publishing never makes a resident's photos public (cms/media/visibility.ts follows upload fields).
      name: 'photos',
      type: 'relationship',
      relationTo: slugs.media,
      hasMany: true,
      maxRows: MESSAGE_PHOTOS_MAX,
      label: label('照片（不公开）', 'Photos (never public)'),
      access: { read: isStaffOrLiaisonField, ...server },
    },
    {
      name: 'contact',
      type: 'group',
      label: label('联系人（仅工作人员可见，答复后按规定天数删除）', 'Contact (staff only, erased after answering)'),
      access: { read: isStaffField, ...server },
      fields: [
        { name: 'name', type: 'text', label: label('姓名', 'Name'), maxLength: REPORT_LIMITS.nameMax },
        { name: 'phone', type: 'text', label: label('电话', 'Phone'), maxLength: 20 },
      ],
    },
    { name: 'receivedAt', type: 'date', index: true, label: label('收到时间', 'Received at'), access: server, admin: sidebar },
    { name: 'routedAt', type: 'date', label: label('转办时间', 'Routed at'), access: server, admin: sidebar },
    {
      name: 'deadline',
      type: 'date',
      index: true,
      label: label('答复期限', 'Reply deadline'),
      access: server,
      admin: {
        ...sidebar,
        description: label(
          '收到后 MESSAGE_REPLY_WORKING_DAYS 个工作日（默认 5）。',
          'MESSAGE_REPLY_WORKING_DAYS working days (default 5).',
        ),
      },
    },
    { name: 'answeredAt', type: 'date', index: true, label: label('答复时间', 'Answered at'), access: server, admin: sidebar },
    {
      name: 'rating',
      type: 'select',
      label: label('居民评价', 'Resident’s rating'),
      options: selectOptions(MESSAGE_RATINGS),
      access: server,
      admin: { ...sidebar, condition: answered },
    },
    { name: 'ratedAt', type: 'date', label: label('评价时间', 'Rated at'), access: server, admin: { ...sidebar, condition: answered } },
    {
      name: 'contactErasedAt',
      type: 'date',
      label: label('联系人删除于', 'Contact erased at'),
      access: { read: isStaffField, ...server },
      admin: sidebar,
    },
    { name: 'trackingHash', type: 'text', unique: true, index: true, access: hidden, admin: { hidden: true } },
    { name: 'textHash', type: 'text', index: true, access: hidden, admin: { hidden: true } },
    {
      name: 'photoHashes',
      type: 'array',
      access: hidden,
      admin: { hidden: true },
      fields: [{ name: 'hash', type: 'text', index: true }],
    },
    ...photoProcessingFields(),
  ],
})
