import type { CollectionConfig } from 'payload'
import { isAdmin, isStaffField, isStaffOrLiaisonField, nobody, staffOrOwnUnit } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { HOURS_MAX, SIGNUP_LIMITS } from '../../domain/volunteering/index.ts'
import { label } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { checkAttendance } from './checkAttendance.ts'

const server = { create: serverOnlyField, update: serverOnlyField }
const hidden = { read: serverOnlyField, ...server }
const attendance = { create: serverOnlyField, update: isStaffOrLiaisonField }

export const SIGNUP_STATUS = { signed: label('已报名', 'Signed up'), cancelled: label('已取消', 'Cancelled') }

/**
 * 志愿报名: residents' sign-ups from an activity's page (POST /api/volunteer-activities/:id/signup).
 * Nobody creates them through the API. Name and phone are staff-only and erased
 * VOLUNTEER_CONTACT_RETENTION_DAYS after the activity (cms/jobs/eraseVolunteerContacts.ts); the
 * organising unit's liaison sees a masked roster and records attendance and hours, for their own
 * unit's activities only.
 */
export const VolunteerSignups: CollectionConfig = {
  slug: slugs.volunteerSignups,
  labels: { singular: label('志愿报名', 'Volunteer sign-up'), plural: label('志愿报名与时长', 'Volunteer sign-ups and hours') },
  admin: {
    group: label('市民参与', 'Residents'),
    useAsTitle: 'roster',
    defaultColumns: ['roster', 'activity', 'status', 'attended', 'hours', 'createdAt'],
    description: label(
      '市民在活动页面的报名。单位联络员只能看到本单位活动的报名（姓名打码），活动开始后登记出勤和志愿时长。姓名、手机号仅工作人员可见，活动结束后按规定天数自动删除；只有报名时同意公开的志愿者，其称呼才出现在志愿时长榜上。',
      'Sign-ups from activity pages. A unit liaison sees only their unit’s activities (names masked) and records attendance and hours once the activity has started. Name and phone are staff-only and erased after the retention period; only volunteers who agreed are named on the hours board.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: staffOrOwnUnit, create: nobody, update: staffOrOwnUnit, delete: isAdmin },
  hooks: { beforeChange: [checkAttendance] },
  fields: [
    {
      name: 'activity',
      type: 'relationship',
      relationTo: slugs.volunteerActivities,
      required: true,
      index: true,
      label: label('活动', 'Activity'),
      access: server,
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      index: true,
      label: label('组织单位', 'Organising unit'),
      access: server,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'signed',
      index: true,
      label: label('状态', 'Status'),
      options: Object.entries(SIGNUP_STATUS).map(([value, l]) => ({ value, label: l })),
      access: server,
    },
    { name: 'roster', type: 'text', label: label('报名人（打码）', 'Volunteer (masked)'), access: server, admin: { readOnly: true } },
    {
      name: 'contact',
      type: 'group',
      label: label('报名人信息（仅工作人员可见，活动结束后自动删除）', 'Contact (staff only, erased after the activity)'),
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      fields: [
        { name: 'name', type: 'text', label: label('姓名', 'Name'), maxLength: SIGNUP_LIMITS.nameMax },
        { name: 'phone', type: 'text', label: label('手机号', 'Phone'), maxLength: 20 },
      ],
    },
    {
      name: 'publicName',
      type: 'text',
      maxLength: SIGNUP_LIMITS.nameMax,
      label: label('志愿时长榜上的称呼（报名时同意公开才有）', 'Name on the hours board (only with consent)'),
      access: server,
      admin: { readOnly: true },
    },
    { name: 'attended', type: 'checkbox', defaultValue: false, label: label('已出勤', 'Attended'), access: attendance },
    {
      name: 'hours',
      type: 'number',
      min: 0,
      max: HOURS_MAX,
      defaultValue: 0,
      label: label('志愿时长（小时）', 'Hours'),
      access: attendance,
      admin: { step: 0.5 },
    },
    {
      name: 'recordedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('登记人', 'Recorded by'),
      access: server,
      admin: { readOnly: true },
    },
    {
      name: 'cancelledAt',
      type: 'date',
      label: label('取消时间', 'Cancelled at'),
      access: server,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'contactErasedAt',
      type: 'date',
      index: true,
      label: label('个人信息删除于', 'Contact erased at'),
      access: server,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'phoneKey', type: 'text', unique: true, index: true, access: hidden, admin: { hidden: true } },
    { name: 'slot', type: 'number', access: hidden, admin: { hidden: true } },
  ],
}
