import { CONTENT_TYPES, ROUND_STATUS } from '../domain/contentTypes/index.ts'
import { dayPicker, label, selectOptions } from '../fields/label.ts'
import { ownEnumName } from '../fields/ownEnumName.ts'
import { slugs } from '../slugs.ts'
import { nomineeCacheHooks } from './GoodPeople/endpoints/notice.ts'
import { publicContent } from './publicContent.ts'

/** 好人评选轮次: an announced round's published nominees form its 好人榜. */
export const SelectionRounds = publicContent(slugs.selectionRounds, {
  labels: CONTENT_TYPES.selectionRounds.labels,
  admin: { useAsTitle: CONTENT_TYPES.selectionRounds.titleField, defaultColumns: ['title', 'status', 'period.start', '_status'] },
  defaultSort: '-period.start',
  // 点赞 reads a nominee's notice window from a per-process cache: a saved round empties it.
  hooks: { afterChange: [nomineeCacheHooks.afterChange], afterDelete: [nomineeCacheHooks.afterDelete] },
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 80 },
    {
      name: 'period',
      type: 'group',
      label: label('评选期间', 'Period'),
      fields: [
        { name: 'start', type: 'date', label: label('开始', 'Start'), required: true, admin: { date: dayPicker } },
        { name: 'end', type: 'date', label: label('结束', 'End'), required: true, admin: { date: dayPicker } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: label('评选状态', 'Status'),
      required: true,
      defaultValue: 'nominating',
      enumName: ownEnumName('round_status'),
      index: true,
      options: selectOptions(ROUND_STATUS),
    },
    { name: 'description', type: 'textarea', label: label('说明', 'Description') },
    {
      name: 'noticeFrom',
      type: 'date',
      label: label('公示开始', 'Public notice from'),
      admin: {
        date: dayPicker,
        description: label(
          '公示期间（含首尾两天，北京时间），人选页面显示点赞和异议反馈；两项都填才生效。',
          'During the notice (both days inclusive, China time) nominee pages offer endorsements and objections; both dates are needed.',
        ),
      },
    },
    { name: 'noticeTo', type: 'date', label: label('公示结束', 'Public notice to'), admin: { date: dayPicker } },
  ],
})
