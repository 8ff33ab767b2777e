import type { CollectionConfig } from 'payload'
import { isStaff, nobody } from '../access/index.ts'
import { serverOnlyField } from '../access/serverOnly.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

/**
 * 问卷答卷: one row per response, written only by POST /api/surveys/:id/answer. Compact: the answers
 * as one JSON array (option positions, scores, short texts), the district when the survey asks it,
 * a keyed digest of (survey, browser id) whose unique index makes "one response per browser per
 * survey" exact under concurrent posts, and the network's daily digest with its slot number (the
 * unique slot makes the per-network daily cap exact: the response is its own counted event). No
 * address, name or account. Editors and reviewers read them
 * (and export them as CSV); nobody edits them; they go with their survey.
 */
export const SurveyResponses: CollectionConfig = {
  slug: slugs.surveyResponses,
  labels: { singular: label('问卷答卷', 'Survey response'), plural: label('问卷答卷', 'Survey responses') },
  admin: {
    group: label('市民参与', 'Residents'),
    defaultColumns: ['survey', 'district', 'createdAt'],
    description: label(
      '市民匿名填写的答卷（每个浏览器每份问卷一份）。不保存 IP 地址、姓名或账号，只保存浏览器凭证的摘要。统计结果和 CSV 导出在问卷的编辑页面。',
      'Anonymous responses (one per browser per survey). No address, name or account is kept, only a digest of the browser id. Results and the CSV export are on the survey’s edit screen.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'survey', type: 'relationship', relationTo: slugs.surveys, required: true, index: true, label: label('问卷', 'Survey') },
    {
      name: 'browserKey',
      type: 'text',
      required: true,
      unique: true,
      label: label('浏览器凭证摘要', 'Browser digest'),
      access: { read: serverOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'network',
      type: 'text',
      index: true,
      label: label('网络摘要（每日变化）', 'Network digest (changes daily)'),
      access: { read: serverOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'netSlot',
      type: 'text',
      unique: true,
      label: label('网络计数位', 'Network slot'),
      access: { read: serverOnlyField },
      admin: { hidden: true },
    },
    { name: 'district', type: 'relationship', relationTo: slugs.units, label: label('所在区县', 'District') },
    { name: 'answers', type: 'json', required: true, label: label('答案', 'Answers') },
  ],
}
