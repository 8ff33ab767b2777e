import { isReviewerField, isStaff, isStaffField, isStaffOrLiaisonField, publishedOrOwnUnit, staffOrOwnUnit } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { CONTENT_TYPES, RECTIFICATION_LABELS, SUPERVISION_STATE_LABELS } from '../../domain/contentTypes/index.ts'
import { accountabilityRule } from '../../domain/exposureRules.ts'
import { supervisionEndpoint } from '../../endpoints/supervision.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { applyExposureRules } from './hooks/applyExposureRules.ts'
import { applySupervision } from './hooks/applySupervision.ts'
import { refreshAccountability } from './hooks/refreshAccountability.ts'

const staffOnly = { update: isStaffField, create: isStaffField }
const rectificationAccess = { update: isStaffOrLiaisonField, create: isStaffOrLiaisonField }
/** The completion date is the reviewer's verification record, never the liaison's own claim. */
const verificationAccess = { update: isReviewerField, create: isStaffField }
const hasOriginalDeadline = (data: { originalDeadline?: unknown }): boolean => Boolean(data?.originalDeadline)

/** 曝光台: a problem, the unit responsible, a deadline, and its rectification until fixed; the rule names ACCOUNTABILITY_WINDOW_DAYS. */
export const exposures = (windowDays: number) =>
  publicContent(slugs.exposures, {
    labels: CONTENT_TYPES.exposures.labels,
    admin: {
      useAsTitle: CONTENT_TYPES.exposures.titleField,
      defaultColumns: ['title', 'unit', 'rectification.status', 'deadline', 'foundAt', '_status'],
      listSearchableFields: ['title', 'place'],
      description: label(
        '列表默认把问责、逾期事项排在最前。单位联络员只能填写本单位事项的整改情况。',
        'Accountability and overdue items come first. Unit liaisons fill in only the rectification of their own unit’s items.',
      ),
    },
    defaultSort: ['urgency', 'deadline'],
    access: { read: publishedOrOwnUnit, create: isStaff, update: staffOrOwnUnit },
    hooks: { beforeChange: [applySupervision, applyExposureRules], afterChange: [refreshAccountability] },
    endpoints: [supervisionEndpoint],
    fields: [
      { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120, access: staffOnly },
      { name: 'description', type: 'textarea', label: label('问题描述', 'Description'), required: true, access: staffOnly },
      {
        name: 'beforePhotos',
        type: 'upload',
        relationTo: slugs.media,
        hasMany: true,
        label: label('整改前照片', 'Before photos'),
        access: staffOnly,
      },
      { name: 'place', type: 'text', label: label('地点', 'Place'), required: true, access: staffOnly },
      {
        name: 'coordinates',
        type: 'group',
        label: label('坐标（可选）', 'Coordinates (optional)'),
        access: staffOnly,
        fields: [
          { name: 'lat', type: 'number', label: label('纬度', 'Latitude'), min: -90, max: 90 },
          { name: 'lng', type: 'number', label: label('经度', 'Longitude'), min: -180, max: 180 },
        ],
      },
      {
        name: 'foundAt',
        type: 'date',
        label: label('发现时间', 'Found at'),
        required: true,
        access: staffOnly,
        admin: { date: dayPicker },
      },
      {
        name: 'unit',
        type: 'relationship',
        relationTo: slugs.units,
        required: true,
        index: true,
        label: label('责任单位', 'Responsible unit'),
        access: staffOnly,
      },
      {
        name: 'deadline',
        type: 'date',
        label: label('整改期限', 'Deadline'),
        index: true,
        access: staffOnly,
        admin: {
          date: dayPicker,
          description: label(
            '留空则为发现时间加上规定天数（EXPOSURE_DEADLINE_DAYS，默认 3 天）。',
            'Empty: found at + EXPOSURE_DEADLINE_DAYS (default 3).',
          ),
        },
      },
      {
        name: 'originalDeadline',
        type: 'date',
        label: label('原定整改期限', 'Original deadline'),
        access: { create: serverOnlyField, update: serverOnlyField },
        admin: {
          date: dayPicker,
          readOnly: true,
          condition: hasOriginalDeadline,
          description: label('批准延期后由系统保留最初的期限；整改期限为批准的日期。', 'Kept by the system once an extension is granted.'),
        },
      },
      {
        name: 'rectification',
        type: 'group',
        label: label('整改情况', 'Rectification'),
        access: rectificationAccess,
        fields: [
          {
            name: 'status',
            type: 'select',
            label: label('整改状态', 'Status'),
            defaultValue: 'pending',
            index: true,
            options: selectOptions(RECTIFICATION_LABELS),
            admin: {
              description: label(
                `${accountabilityRule(windowDays).zh} “已整改”由审核员核实后设置；联络员填写整改回复并上传整改后照片。`,
                `${accountabilityRule(windowDays).en} "Rectified" is set by a reviewer after verification; liaisons write the reply and upload after-photos.`,
              ),
            },
          },
          { name: 'reply', type: 'textarea', label: label('整改回复', 'Reply') },
          { name: 'afterPhotos', type: 'upload', relationTo: slugs.media, hasMany: true, label: label('整改后照片', 'After photos') },
          {
            name: 'rectifiedAt',
            type: 'date',
            label: label('整改完成时间', 'Rectified at'),
            access: verificationAccess,
            admin: { date: dayPicker },
          },
        ],
      },
      {
        name: 'statusHistory',
        type: 'array',
        label: label('状态记录', 'Status history'),
        admin: { readOnly: true, initCollapsed: true },
        access: { create: serverOnlyField, update: serverOnlyField },
        fields: [
          {
            name: 'status',
            type: 'select',
            options: selectOptions(RECTIFICATION_LABELS),
            label: label('状态', 'Status'),
          },
          { name: 'at', type: 'date', label: label('时间', 'At') },
          {
            name: 'by',
            type: 'relationship',
            relationTo: slugs.users,
            label: label('操作人', 'By'),
            access: { read: isStaffOrLiaisonField },
          },
          { name: 'note', type: 'text', label: label('备注', 'Note') },
        ],
      },
      {
        name: 'supervision',
        type: 'group',
        label: label('督办单', 'Supervision order'),
        access: { create: serverOnlyField, update: serverOnlyField },
        admin: {
          description: label(
            '由页面上方的“开具督办单”“核实销号”“退回整改”按钮设置；编号按年度顺序分配，永不重复。',
            'Set by the 开具督办单 / 核实销号 / 退回整改 buttons; numbered per year, never reused.',
          ),
          components: { beforeInput: ['/components/workbench/SupervisionActions.tsx#SupervisionActions'] },
        },
        fields: [
          {
            name: 'state',
            type: 'select',
            label: label('督办状态', 'State'),
            defaultValue: 'none',
            index: true,
            options: selectOptions(SUPERVISION_STATE_LABELS),
            admin: { readOnly: true },
          },
          { name: 'label', type: 'text', label: label('督办单编号', 'Order number'), admin: { readOnly: true } },
          { name: 'year', type: 'number', label: label('年度', 'Year'), admin: { readOnly: true, hidden: true } },
          { name: 'number', type: 'number', label: label('序号', 'Number'), admin: { readOnly: true, hidden: true } },
          { name: 'issuedAt', type: 'date', label: label('督办时间', 'Issued at'), admin: { readOnly: true } },
          { name: 'verifiedAt', type: 'date', label: label('销号时间', 'Verified at'), admin: { readOnly: true } },
          {
            name: 'verifiedBy',
            type: 'relationship',
            relationTo: slugs.users,
            label: label('核实人', 'Verified by'),
            access: { read: isStaffOrLiaisonField },
            admin: { readOnly: true },
          },
          {
            name: 'returnReason',
            type: 'textarea',
            label: label('退回理由', 'Reason sent back'),
            access: { read: isStaffOrLiaisonField },
            admin: { readOnly: true },
          },
          {
            name: 'returnedAt',
            type: 'date',
            label: label('退回时间', 'Sent back at'),
            access: { read: isStaffOrLiaisonField },
            admin: { readOnly: true },
          },
        ],
      },
      { name: 'urgency', type: 'number', index: true, admin: { hidden: true }, access: staffOnly },
      {
        name: 'reporter',
        type: 'group',
        label: label('举报人（不公开）', 'Reporter (private)'),
        access: { read: isStaffField, ...staffOnly },
        fields: [
          { name: 'name', type: 'text', label: label('姓名', 'Name') },
          { name: 'phone', type: 'text', label: label('联系电话', 'Phone') },
        ],
      },
      {
        name: 'internalNotes',
        type: 'textarea',
        label: label('内部备注（不公开）', 'Internal notes (private)'),
        access: { read: isStaffField, ...staffOnly },
      },
    ],
  })
