import { isReviewerField, isStaffField } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { CONTENT_TYPES, TITLE_CATEGORIES, TITLE_LEVELS, TITLE_REVIEW_RESULTS } from '../../domain/contentTypes/index.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { titleObjectionEndpoint } from './endpoints/objection.ts'
import { checkTitle, fillHolder } from './hooks/checkTitle.ts'

const reviewerOnly = { create: isReviewerField, update: isReviewerField }

/**
 * 文明单位 / 文明村镇 / 文明家庭 / 文明校园: a title held by a unit (or a family, village or school
 * named here), with level, year, 公示 period (异议 from the title's page while it is open), 复查
 * results and 摘牌. Revoking is a reviewer's act (usually accepting a 摘牌提议 made when the holder
 * was confirmed for 问责); a revoked title stays public as 已摘牌.
 */
export const CivilityTitles = publicContent(slugs.civilityTitles, {
  labels: CONTENT_TYPES.civilityTitles.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.civilityTitles.titleField,
    defaultColumns: ['holder', 'category', 'level', 'year', 'revocation.date', '_status'],
    listSearchableFields: ['holder'],
    description: label(
      '称号按级别（全国、省级、市级）和授予年度公开。新称号可设公示期，公示期内市民可在称号页面提交异议。摘牌只能由审核员确认（单位被确认问责时系统会生成摘牌提议，不会自动摘牌）。',
      'Titles are listed by level and year. A new title may have a public notice during which residents may object. Only reviewers revoke (a confirmed accountability record produces a proposal, never an automatic removal).',
    ),
  },
  defaultSort: ['-year', 'holder'],
  hooks: { beforeValidate: [fillHolder], beforeChange: [checkTitle] },
  endpoints: [titleObjectionEndpoint],
  fields: [
    {
      name: 'category',
      type: 'select',
      label: label('称号类别', 'Category'),
      required: true,
      index: true,
      options: selectOptions(TITLE_CATEGORIES),
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      index: true,
      label: label('持有单位', 'Unit'),
      admin: {
        description: label(
          '单位库中的单位；家庭、村镇、学校不在单位库时留空并填写名称。',
          'A unit; leave empty for a family, village or school and enter its name.',
        ),
      },
    },
    {
      name: 'holder',
      type: 'text',
      maxLength: 60,
      label: label('持有者名称', 'Holder'),
      admin: { description: label('选择单位时可留空（自动填写单位名称）。', 'Filled from the unit when left empty.') },
    },
    { name: 'level', type: 'select', label: label('级别', 'Level'), required: true, index: true, options: selectOptions(TITLE_LEVELS) },
    { name: 'year', type: 'number', label: label('授予年度', 'Year awarded'), required: true, index: true },
    { name: 'issuer', type: 'text', maxLength: 60, label: label('授予机关', 'Awarded by') },
    { name: 'citation', type: 'richText', label: label('简介', 'Citation') },
    {
      type: 'row',
      fields: [
        { name: 'noticeFrom', type: 'date', label: label('公示开始', 'Notice from'), admin: { date: dayPicker } },
        { name: 'noticeTo', type: 'date', label: label('公示结束', 'Notice to'), admin: { date: dayPicker } },
      ],
    },
    {
      name: 'reviews',
      type: 'array',
      label: label('复查结果', 'Re-examinations (复查)'),
      labels: { singular: label('复查', 'Re-examination'), plural: label('复查结果', 'Re-examinations') },
      fields: [
        { name: 'year', type: 'number', required: true, label: label('复查年度', 'Year') },
        { name: 'result', type: 'select', required: true, label: label('结果', 'Result'), options: selectOptions(TITLE_REVIEW_RESULTS) },
        { name: 'note', type: 'text', maxLength: 200, label: label('说明', 'Note') },
      ],
    },
    {
      name: 'revocation',
      type: 'group',
      label: label('摘牌', 'Revocation (摘牌)'),
      admin: {
        description: label(
          '只有审核员或管理员可以填写。摘牌后称号仍在网站上公开，标注“已摘牌”、原因和日期。',
          'Reviewers and admins only. A revoked title stays public, marked with reason and date.',
        ),
      },
      fields: [
        { name: 'date', type: 'date', label: label('摘牌日期', 'Date'), access: reviewerOnly, admin: { date: dayPicker } },
        { name: 'reason', type: 'textarea', maxLength: 1000, label: label('摘牌原因', 'Reason'), access: reviewerOnly },
        {
          name: 'proposal',
          type: 'relationship',
          relationTo: slugs.titleRevocations,
          label: label('摘牌提议', 'Proposal'),
          access: { read: isStaffField, create: serverOnlyField, update: serverOnlyField },
          admin: { readOnly: true },
        },
      ],
    },
  ],
})
