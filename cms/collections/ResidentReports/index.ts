import type { CollectionConfig, Condition } from 'payload'
import { isAdmin, isStaff, isStaffField, nobody } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { REPORT_CATEGORIES, REPORT_LIMITS, REPORT_STATUS } from '../../domain/residentReports.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { photoProcessingFields } from '../../fields/photoProcessing.ts'
import { slugs } from '../../slugs.ts'
import { convertEndpoint } from './endpoints/convert.ts'
import { statusEndpoint } from './endpoints/status.ts'
import { submitEndpoint } from './endpoints/submit.ts'
import { applyReportDecision } from './hooks/applyReportDecision.ts'
import { convertToExposure } from './hooks/convertToExposure.ts'

const server = { create: serverOnlyField, update: serverOnlyField }
const hiddenServer = { read: isStaffField, ...server }
const staffOnly = { read: isStaffField, create: isStaffField, update: isStaffField }
const whenStatus =
  (status: string): Condition =>
  (data) =>
    data?.status === status
const notConverted: Condition = (data) => !data?.exposure

/**
 * 市民随手拍: reports residents send from the public form (POST /api/resident-reports/submit).
 * Staff only: nobody else reads or writes them through any API; contact data is erased by the
 * eraseReportContacts job REPORT_CONTACT_RETENTION_DAYS after a report is closed.
 */
export const ResidentReports: CollectionConfig = {
  slug: slugs.residentReports,
  labels: { singular: label('随手拍', 'Resident report'), plural: label('市民随手拍', 'Resident reports') },
  admin: {
    group: label('市民参与', 'Residents'),
    useAsTitle: 'place',
    defaultColumns: ['place', 'category', 'status', 'unit', 'createdAt'],
    listSearchableFields: ['place', 'description'],
    description: label(
      '新提交的排在最前，可按状态、类别、单位筛选。受理、不予受理（须填写理由）、合并到另一条随手拍，或选择责任单位“转为曝光事项”（生成草稿，照片、地点、描述已填好，再走正常审核）。联系人信息仅工作人员可见，办结后按规定天数自动删除。',
      'Newest first; filter by status, category, unit. Accept, reject (with a reason), merge into another report, or pick a unit to convert it into a draft exposure. Contact data is staff-only and erased after the retention period.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: isStaff, delete: isAdmin },
  endpoints: [submitEndpoint, statusEndpoint, convertEndpoint],
  hooks: { beforeChange: [convertToExposure, applyReportDecision] },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: label('处理状态', 'Status'),
      required: true,
      defaultValue: 'received',
      index: true,
      options: selectOptions(REPORT_STATUS),
    },
    {
      name: 'rejectReason',
      type: 'textarea',
      label: label('不予受理理由（市民凭查询码可见）', 'Reason (shown to the reporter)'),
      maxLength: REPORT_LIMITS.reasonMax,
      admin: { condition: whenStatus('rejected') },
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: slugs.residentReports,
      label: label('合并到', 'Merged into'),
      admin: { condition: whenStatus('merged') },
    },
    {
      name: 'category',
      type: 'select',
      label: label('问题类别', 'Category'),
      required: true,
      index: true,
      options: selectOptions(REPORT_CATEGORIES),
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('问题描述', 'Description'),
      required: true,
      maxLength: REPORT_LIMITS.descriptionMax,
    },
    { name: 'place', type: 'text', label: label('地点', 'Place'), required: true, maxLength: REPORT_LIMITS.placeMax },
    {
      name: 'coordinates',
      type: 'group',
      label: label('坐标（可选）', 'Coordinates (optional)'),
      fields: [
        { name: 'lat', type: 'number', label: label('纬度', 'Latitude'), min: -90, max: 90 },
        { name: 'lng', type: 'number', label: label('经度', 'Longitude'), min: -180, max: 180 },
      ],
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      maxRows: REPORT_LIMITS.photosMax,
      label: label('照片（不公开）', 'Photos (private)'),
    },
    { name: 'unit', type: 'relationship', relationTo: slugs.units, index: true, label: label('所属单位', 'Unit') },
    {
      name: 'convertUnit',
      type: 'relationship',
      relationTo: slugs.units,
      label: label('转为曝光事项：选择责任单位后保存', 'Convert to exposure: pick the responsible unit and save'),
      admin: {
        condition: notConverted,
        description: label(
          '保存后生成一条曝光事项草稿（照片、地点、描述已预填），需经正常审核后发布。',
          'Saving creates a draft exposure that then goes through review.',
        ),
      },
    },
    {
      name: 'exposure',
      type: 'relationship',
      relationTo: slugs.exposures,
      label: label('对应曝光事项', 'Exposure'),
      admin: { readOnly: true },
      access: server,
    },
    {
      name: 'contact',
      type: 'group',
      label: label('联系人（仅工作人员可见，办结后自动删除）', 'Contact (staff only, erased after closing)'),
      access: staffOnly,
      fields: [
        { name: 'name', type: 'text', label: label('姓名', 'Name'), maxLength: REPORT_LIMITS.nameMax },
        { name: 'phone', type: 'text', label: label('电话', 'Phone'), maxLength: 20 },
      ],
    },
    {
      name: 'closedAt',
      type: 'date',
      label: label('办结时间', 'Closed at'),
      index: true,
      access: server,
      admin: { readOnly: true, position: 'sidebar', date: dayPicker },
    },
    {
      name: 'contactErasedAt',
      type: 'date',
      label: label('联系人信息删除于', 'Contact erased at'),
      access: server,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('处理人', 'Handled by'),
      access: server,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'trackingHash',
      type: 'text',
      unique: true,
      index: true,
      access: { read: serverOnlyField, ...server },
      admin: { hidden: true },
    },
    { name: 'textHash', type: 'text', index: true, access: hiddenServer, admin: { hidden: true } },
    {
      name: 'photoHashes',
      type: 'array',
      access: hiddenServer,
      admin: { hidden: true },
      fields: [{ name: 'hash', type: 'text', index: true }],
    },
    ...photoProcessingFields(),
  ],
}
