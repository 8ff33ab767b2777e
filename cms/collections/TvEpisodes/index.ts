import { CONTENT_TYPES, ISSUE_STATUS } from '../../domain/contentTypes/index.ts'
import { DEFAULT_EMBED_HOSTS } from '../../domain/embeds.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { videoUpload } from '../../fields/videoUpload.ts'
import { requireVideoCaptions } from '../../hooks/requireVideoCaptions.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { deriveIssueCounts } from './hooks/deriveIssueCounts.ts'
import { deriveIssueStatus } from './hooks/deriveIssueStatus.ts'

const statusOptions = selectOptions(ISSUE_STATUS)
const derived = { readOnly: true, position: 'sidebar' as const }

/** 电视问政: an episode, the units and officials questioned, the issues raised, promises and follow-ups. */
export const TvEpisodes = publicContent(slugs.tvEpisodes, {
  labels: CONTENT_TYPES.tvEpisodes.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.tvEpisodes.titleField,
    defaultColumns: ['title', 'series', 'episodeNumber', 'airDate', 'issuesRaised', 'issuesSolved', '_status'],
  },
  defaultSort: '-airDate',
  indexes: [{ fields: ['series', 'episodeNumber'], unique: true }],
  hooks: { beforeChange: [deriveIssueStatus, deriveIssueCounts, requireVideoCaptions] },
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    {
      name: 'series',
      type: 'text',
      label: label('栏目', 'Series'),
      required: true,
      index: true,
      admin: { description: label('例如《淄博问政·调查追踪》', 'e.g. 淄博问政·调查追踪') },
    },
    { name: 'episodeNumber', type: 'number', label: label('期数', 'Episode number'), required: true, min: 1 },
    { name: 'airDate', type: 'date', label: label('播出日期', 'Air date'), required: true, index: true, admin: { date: dayPicker } },
    { name: 'cover', type: 'upload', relationTo: slugs.media, label: label('封面', 'Cover image') },
    videoUpload(),
    {
      name: 'embedUrl',
      type: 'text',
      label: label('视频嵌入地址', 'Embed URL'),
      admin: {
        description: label(
          `仅允许：${DEFAULT_EMBED_HOSTS.join('、')}（可用 VIDEO_EMBED_HOSTS 配置）`,
          `Allowed hosts: ${DEFAULT_EMBED_HOSTS.join(', ')} (VIDEO_EMBED_HOSTS)`,
        ),
      },
    },
    { name: 'summary', type: 'richText', label: label('内容摘要', 'Summary') },
    {
      name: 'questionedUnits',
      type: 'relationship',
      relationTo: slugs.units,
      hasMany: true,
      label: label('被问政单位', 'Questioned units'),
    },
    {
      name: 'officials',
      type: 'array',
      label: label('上场官员', 'Officials questioned'),
      fields: [
        { name: 'name', type: 'text', label: label('姓名', 'Name'), required: true },
        { name: 'post', type: 'text', label: label('职务', 'Post'), required: true },
        { name: 'unit', type: 'relationship', relationTo: slugs.units, label: label('单位', 'Unit') },
      ],
    },
    {
      name: 'issues',
      type: 'array',
      label: label('曝光问题与承诺', 'Issues raised'),
      fields: [
        { name: 'title', type: 'text', label: label('问题', 'Issue'), required: true },
        { name: 'unit', type: 'relationship', relationTo: slugs.units, label: label('责任单位', 'Unit') },
        {
          name: 'status',
          type: 'select',
          label: label('状态', 'Status'),
          defaultValue: 'open',
          options: statusOptions,
          admin: {
            readOnly: true,
            description: label(
              '由最近一次调查追踪的结果决定，不能手动选择',
              'Set by the latest follow-up result; cannot be chosen by hand',
            ),
          },
        },
        { name: 'promise', type: 'textarea', label: label('承诺', 'Promise') },
        { name: 'promiseDeadline', type: 'date', label: label('承诺期限', 'Promise deadline'), admin: { date: dayPicker } },
        {
          name: 'followUps',
          type: 'array',
          label: label('调查追踪', 'Follow-ups'),
          fields: [
            { name: 'date', type: 'date', label: label('日期', 'Date'), required: true, admin: { date: dayPicker } },
            { name: 'text', type: 'textarea', label: label('追踪情况', 'Text'), required: true },
            { name: 'result', type: 'select', label: label('结果', 'Result'), options: statusOptions },
          ],
        },
        {
          name: 'exposure',
          type: 'relationship',
          relationTo: slugs.exposures,
          label: label('转为曝光事项', 'Became exposure'),
          admin: {
            description: label(
              '该问题转入曝光台后，选择对应的曝光事项（发布后在节目页显示链接）',
              'The exposure this issue became (linked on the episode page once published)',
            ),
          },
        },
      ],
    },
    { name: 'issuesRaised', type: 'number', label: label('曝光问题数', 'Issues raised'), admin: derived },
    { name: 'issuesSolved', type: 'number', label: label('已解决数', 'Issues solved'), admin: derived },
    {
      name: 'openPromiseDeadline',
      type: 'date',
      index: true,
      label: label('最早未兑现承诺期限', 'Earliest open promise deadline'),
      admin: { ...derived, date: dayPicker },
    },
  ],
})
