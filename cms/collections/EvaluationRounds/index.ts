import { CONTENT_TYPES, EVALUATORS, RANKING_LISTS } from '../../domain/contentTypes/index.ts'
import { NOT_APPLICABLE_RULE, TIE_RULE } from '../../domain/ranking.ts'
import { label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { exportCsvEndpoint, exportXlsxEndpoint } from './endpoints/exportRanking.ts'
import { importCommitEndpoint, importPreviewEndpoint } from './endpoints/importScores.ts'
import { addMovement } from './hooks/addMovement.ts'
import { computeRankings } from './hooks/computeRankings.ts'

const day = { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' }
const computed = { readOnly: true }

/**
 * 测评: a round scores units on weighted indicators (or marks one 不涉及 for a unit); totals, ranks
 * and 红黑榜 are computed on save; movement is never stored — it is worked out from the published
 * rounds of the series whenever a round is read (and by the site at build time).
 */
export const EvaluationRounds = publicContent(slugs.evaluationRounds, {
  labels: CONTENT_TYPES.evaluationRounds.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.evaluationRounds.titleField,
    defaultColumns: ['title', 'series', 'evaluator', 'period.start', '_status', 'reviewState'],
  },
  defaultSort: '-period.start',
  hooks: { beforeChange: [computeRankings], afterRead: [addMovement] },
  endpoints: [importPreviewEndpoint, importCommitEndpoint, exportXlsxEndpoint, exportCsvEndpoint],
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    {
      name: 'series',
      type: 'text',
      label: label('测评系列', 'Series'),
      required: true,
      index: true,
      admin: {
        description: label(
          '名次升降与同一系列中已发布的上一期比较，每次读取时按各期当前的名次计算，更正或撤下上一期后随之更新。',
          'Movement is worked out against the previous published round of the same series, from the rounds as they are now.',
        ),
      },
    },
    {
      name: 'period',
      type: 'group',
      label: label('测评期间', 'Period'),
      fields: [
        { name: 'start', type: 'date', label: label('开始', 'Start'), required: true, index: true, admin: { date: day } },
        { name: 'end', type: 'date', label: label('结束', 'End'), required: true, admin: { date: day } },
      ],
    },
    {
      name: 'evaluator',
      type: 'select',
      label: label('测评方', 'Evaluator'),
      required: true,
      options: selectOptions(EVALUATORS),
    },
    { name: 'listSize', type: 'number', label: label('红黑榜人数', 'Red/black list size'), defaultValue: 3, min: 1, max: 20 },
    {
      name: 'indicators',
      type: 'array',
      label: label('指标（权重合计 100）', 'Indicators (weights sum to 100)'),
      minRows: 1,
      fields: [
        { name: 'key', type: 'text', label: label('代码', 'Key'), required: true },
        { name: 'name', type: 'text', label: label('名称', 'Name'), required: true },
        { name: 'weight', type: 'number', label: label('权重', 'Weight'), required: true, min: 0, max: 100 },
        { name: 'maxScore', type: 'number', label: label('满分', 'Max score'), required: true, defaultValue: 100, min: 1 },
      ],
    },
    {
      name: 'scoreImport',
      type: 'ui',
      label: label('导入分数 / 导出排名', 'Import scores / export ranking'),
      admin: { components: { Field: '/components/ScoreImport.tsx#ScoreImport' } },
    },
    {
      name: 'scores',
      type: 'array',
      label: label('各单位得分', 'Scores'),
      admin: { initCollapsed: true, description: label(NOT_APPLICABLE_RULE, NOT_APPLICABLE_RULE) },
      fields: [
        { name: 'unit', type: 'relationship', relationTo: slugs.units, required: true, label: label('单位', 'Unit') },
        { name: 'indicator', type: 'text', required: true, label: label('指标代码', 'Indicator key') },
        { name: 'score', type: 'number', label: label('得分（不涉及时留空）', 'Score (empty when not applicable)') },
        { name: 'notApplicable', type: 'checkbox', defaultValue: false, label: label('不涉及', 'Not applicable') },
      ],
    },
    {
      name: 'results',
      type: 'array',
      label: label('排名结果（自动计算）', 'Results (computed)'),
      admin: { ...computed, description: label(TIE_RULE, TIE_RULE) },
      fields: [
        { name: 'unit', type: 'relationship', relationTo: slugs.units, label: label('单位', 'Unit') },
        { name: 'total', type: 'number', label: label('总分', 'Total') },
        { name: 'rank', type: 'number', label: label('名次', 'Rank') },
        // Never stored: filled when the round is read, from the published rounds of the series (addMovement).
        { name: 'previousRank', type: 'number', virtual: true, label: label('上期名次', 'Previous rank') },
        { name: 'movement', type: 'number', virtual: true, label: label('升降', 'Movement') },
        {
          name: 'list',
          type: 'select',
          label: label('榜单', 'List'),
          options: selectOptions(RANKING_LISTS),
        },
        { name: 'scores', type: 'json', label: label('分项得分', 'Scores by indicator') },
        { name: 'notApplicable', type: 'json', label: label('不涉及的指标', 'Indicators not applicable') },
      ],
    },
  ],
})
