import { isAdminField } from '../../access/index.ts'
import { BULLETIN_SERIES, CONTENT_TYPES } from '../../domain/contentTypes/index.ts'
import { label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { assignIssueNumber } from './hooks/assignIssueNumber.ts'

const issueAdmin = { position: 'sidebar' as const, readOnly: true }

/** 通报 / 督查专报: numbered issues per series per year, with PDF attachments. */
export const Bulletins = publicContent(slugs.bulletins, {
  labels: CONTENT_TYPES.bulletins.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.bulletins.titleField,
    defaultColumns: ['title', 'series', 'issueLabel', 'date', '_status', 'reviewState'],
  },
  defaultSort: '-date',
  hooks: { beforeChange: [assignIssueNumber] },
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    {
      name: 'series',
      type: 'select',
      label: label('系列', 'Series'),
      required: true,
      defaultValue: 'supervision',
      index: true,
      options: selectOptions(BULLETIN_SERIES),
    },
    {
      name: 'date',
      type: 'date',
      label: label('发布日期', 'Date'),
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: 'issueNumber',
      type: 'number',
      label: label('期号', 'Issue number'),
      access: { update: isAdminField, create: isAdminField },
      admin: {
        ...issueAdmin,
        description: label(
          '首次发布时按系列和年度自动编号，不会重复或重用。',
          'Assigned on first publish, per series and year; never reused.',
        ),
      },
    },
    { name: 'issueYear', type: 'number', label: label('年度', 'Year'), admin: issueAdmin },
    { name: 'issueLabel', type: 'text', label: label('期号（显示）', 'Issue label'), admin: issueAdmin },
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), maxLength: 300 },
    { name: 'cover', type: 'upload', relationTo: slugs.media, label: label('题图', 'Lead image') },
    { name: 'body', type: 'richText', label: label('正文', 'Body'), required: true },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('PDF 附件', 'PDF attachments'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    { name: 'units', type: 'relationship', relationTo: slugs.units, hasMany: true, label: label('相关单位', 'Related units') },
    {
      name: 'exposures',
      type: 'relationship',
      relationTo: slugs.exposures,
      hasMany: true,
      label: label('相关曝光事项', 'Related exposures'),
    },
    {
      name: 'evaluationRounds',
      type: 'relationship',
      relationTo: slugs.evaluationRounds,
      hasMany: true,
      label: label('相关测评', 'Related evaluations'),
    },
  ],
})
