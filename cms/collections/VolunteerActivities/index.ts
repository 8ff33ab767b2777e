import { publishedOrOwnUnit, staffOrOwnUnit } from '../../access/index.ts'
import { CONTENT_TYPES } from '../../domain/contentTypes/index.ts'
import { SIGNUP_LIMITS } from '../../domain/volunteering/index.ts'
import { label } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { cancelEndpoint, cancelPostEndpoint } from './endpoints/cancel.ts'
import { placesEndpoint } from './endpoints/places.ts'
import { signupEndpoint } from './endpoints/signup.ts'
import { checkActivityTimes } from './hooks/checkActivityTimes.ts'
import { keepLiaisonUnit } from './hooks/keepLiaisonUnit.ts'

const instant = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm', timeIntervals: 30 }

/**
 * 志愿服务活动: an activity residents sign up for without an account (POST /api/volunteer-activities/:id/signup
 * from its page). Times are instants (stored UTC, shown in China time). Photos are added afterwards.
 * Liaisons draft their own unit's activities; sign-ups and hours are in 志愿报名 (volunteer-signups).
 */
export const VolunteerActivities = publicContent(slugs.volunteerActivities, {
  labels: CONTENT_TYPES.volunteerActivities.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.volunteerActivities.titleField,
    defaultColumns: ['title', 'startsAt', 'unit', 'places', '_status'],
    description: label(
      '时间按北京时间填写。发布后市民可在活动页面免注册报名（姓名、手机号仅工作人员可见，活动结束后按规定天数删除），报名到活动开始为止，名额报满即止。活动结束后请补充活动照片。',
      'Times in Beijing time. Once published, residents sign up on the activity page without an account (name and phone staff-only, erased after the retention period) until it starts, up to the places. Add photos afterwards.',
    ),
  },
  access: { read: publishedOrOwnUnit, create: staffOrOwnUnit, update: staffOrOwnUnit },
  defaultSort: '-startsAt',
  endpoints: [signupEndpoint, cancelEndpoint, cancelPostEndpoint, placesEndpoint],
  hooks: { beforeValidate: [checkActivityTimes], beforeChange: [keepLiaisonUnit] },
  fields: [
    { name: 'title', type: 'text', label: label('活动名称', 'Title'), required: true, maxLength: 80 },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', label: label('开始时间', 'Starts at'), required: true, index: true, admin: { date: instant } },
        { name: 'endsAt', type: 'date', label: label('结束时间', 'Ends at'), required: true, index: true, admin: { date: instant } },
      ],
    },
    { name: 'place', type: 'text', label: label('活动地点', 'Place'), required: true, maxLength: 100 },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      required: true,
      index: true,
      label: label('组织单位', 'Organising unit'),
    },
    { name: 'centre', type: 'relationship', relationTo: slugs.practiceCentres, label: label('依托的文明实践阵地', 'Practice centre') },
    {
      name: 'places',
      type: 'number',
      label: label('招募名额', 'Places'),
      required: true,
      min: 1,
      max: SIGNUP_LIMITS.placesMax,
      admin: { description: label('报名满额后不再接受报名。', 'No sign-ups once the places are taken.') },
    },
    { name: 'bring', type: 'textarea', label: label('请携带 / 注意事项', 'What to bring'), maxLength: 300 },
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), maxLength: 160 },
    { name: 'body', type: 'richText', label: label('活动介绍', 'Description'), required: true },
    {
      name: 'photos',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      maxRows: 12,
      label: label('活动照片（活动结束后补充）', 'Photos (added afterwards)'),
    },
  ],
})
