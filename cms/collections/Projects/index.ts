import { isStaff, isStaffField, isStaffOrLiaisonField, publishedOrOwnUnit, staffOrOwnUnit } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { CONTENT_TYPES, PROJECT_CAMPAIGNS, PROJECT_STAGES } from '../../domain/contentTypes/index.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { ownEnumName } from '../../fields/ownEnumName.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { deriveProjectStatus } from './hooks/deriveProjectStatus.ts'

/** What the office sets; liaisons of the responsible unit report progress (always as a draft a reviewer publishes). */
const staffOnly = { create: isStaffField, update: isStaffField }
const progressAccess = { create: isStaffOrLiaisonField, update: isStaffOrLiaisonField }
const derived = { create: serverOnlyField, update: serverOnlyField }
const sidebar = { readOnly: true, position: 'sidebar' as const }

/** 民生实事 / 专项行动: a project of a campaign, its responsible unit, target, milestones and progress. */
export const Projects = publicContent(slugs.projects, {
  labels: CONTENT_TYPES.projects.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.projects.titleField,
    defaultColumns: ['title', 'campaign', 'year', 'unit', 'progress', 'status', 'openMilestoneDue', '_status'],
    listSearchableFields: ['title', 'target'],
    description: label(
      '节点过期未完成即为“滞后”（按北京时间，到期日结束后）。状态由节点和进度自动得出；责任单位联络员可填写进度、节点完成日期和改造后照片，经审核后发布。',
      'A milestone past its due day (China time) without a done date makes the project 滞后. Status is derived; liaisons of the responsible unit report progress, reviewed before publishing.',
    ),
  },
  defaultSort: ['-year', 'title'],
  access: { read: publishedOrOwnUnit, create: isStaff, update: staffOrOwnUnit },
  hooks: { beforeChange: [deriveProjectStatus] },
  fields: [
    { name: 'title', type: 'text', label: label('项目名称', 'Title'), required: true, maxLength: 120, access: staffOnly },
    {
      name: 'campaign',
      type: 'select',
      label: label('所属专项行动', 'Campaign'),
      required: true,
      index: true,
      options: selectOptions(PROJECT_CAMPAIGNS),
      access: staffOnly,
    },
    { name: 'year', type: 'number', label: label('年度', 'Year'), required: true, index: true, min: 2000, max: 2100, access: staffOnly },
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
      name: 'target',
      type: 'textarea',
      label: label('目标任务', 'Target'),
      required: true,
      maxLength: 500,
      access: staffOnly,
      admin: { description: label('可量化的目标，例如“改造背街小巷 12 条，路面、照明、排水一次到位”', 'A measurable target') },
    },
    { name: 'description', type: 'richText', label: label('项目内容', 'Description'), access: staffOnly },
    {
      name: 'milestones',
      type: 'array',
      label: label('节点', 'Milestones'),
      minRows: 1,
      required: true,
      access: progressAccess,
      admin: {
        description: label(
          '每个节点须有计划完成日期；完成后填写实际完成日期。',
          'Each milestone has a due day; fill in the done day when done.',
        ),
      },
      fields: [
        { name: 'title', type: 'text', label: label('节点名称', 'Milestone'), required: true, maxLength: 120 },
        { name: 'dueDate', type: 'date', label: label('计划完成日期', 'Due date'), required: true, admin: { date: dayPicker } },
        { name: 'doneDate', type: 'date', label: label('实际完成日期', 'Done date'), admin: { date: dayPicker } },
      ],
    },
    {
      name: 'progress',
      type: 'number',
      label: label('完成进度（%）', 'Progress (%)'),
      required: true,
      defaultValue: 0,
      min: 0,
      max: 100,
      access: progressAccess,
    },
    { name: 'progressText', type: 'textarea', label: label('最新进展', 'Latest progress'), maxLength: 1000, access: progressAccess },
    {
      name: 'progressDate',
      type: 'date',
      label: label('进展日期', 'Progress date'),
      access: progressAccess,
      admin: { date: dayPicker, description: label('留空则为修改进度当天（北京时间）', 'Empty: the day the progress changed') },
    },
    {
      name: 'beforePhotos',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('改造前照片', 'Before photos'),
      access: staffOnly,
    },
    {
      name: 'afterPhotos',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('改造后照片', 'After photos'),
      access: progressAccess,
    },
    {
      name: 'status',
      type: 'select',
      label: label('状态', 'Status'),
      defaultValue: 'planned',
      enumName: ownEnumName('stage'),
      index: true,
      options: selectOptions(PROJECT_STAGES),
      access: derived,
      admin: {
        ...sidebar,
        description: label('由节点和进度自动得出；“滞后”按当天时间另行判断', 'Derived; 滞后 is worked out by the clock'),
      },
    },
    {
      name: 'openMilestoneDue',
      type: 'date',
      index: true,
      label: label('最早未完成节点日期', 'Earliest open milestone due'),
      access: derived,
      admin: { ...sidebar, date: dayPicker },
    },
  ],
})
