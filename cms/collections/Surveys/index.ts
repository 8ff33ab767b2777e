import { isStaffField } from '../../access/index.ts'
import { CONTENT_TYPES } from '../../domain/contentTypes/index.ts'
import { QUESTION_KINDS, SURVEY_LIMITS } from '../../domain/surveys/index.ts'
import { label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { answerEndpoint, answerReadyEndpoint } from './endpoints/answer.ts'
import { exportCsvEndpoint } from './endpoints/exportCsv.ts'
import { surveyCacheHooks } from './endpoints/survey.ts'
import { checkSurvey } from './hooks/checkSurvey.ts'
import { deleteAnswers } from './hooks/deleteAnswers.ts'
import { lockAnsweredShape } from './hooks/lockAnsweredShape.ts'

const instant = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm', timeIntervals: 30 }

/**
 * 问卷调查: a questionnaire residents answer without an account on its page (/surveys/<slug>/,
 * POST /api/surveys/:id/answer) between its open and close time (Beijing time). Reviewed like any
 * public content. Results (counts, percentages, 知晓率, by district) are on the edit screen with a
 * CSV export; after closing they are public only when 公开结果 is ticked. Correct answers are staff-only.
 */
export const Surveys = publicContent(slugs.surveys, {
  labels: CONTENT_TYPES.surveys.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.surveys.titleField,
    defaultColumns: ['title', 'opensAt', 'closesAt', '_status'],
    description: label(
      '时间按北京时间填写。发布后，市民在开始时间到截止时间之间可在问卷页面免注册填写，每个浏览器每份问卷一次。标记了正确答案的选择题计入知晓率。有答卷后不能再改题型、选项和正确答案（可以改文字）。',
      'Times in Beijing time. Once published, residents answer on the survey page without an account between the opening and closing time, once per browser. Choice questions with a correct answer count towards awareness (知晓率). Once answered, kinds, options and correct answers are locked (wording is not).',
    ),
  },
  defaultSort: '-opensAt',
  endpoints: [answerEndpoint, answerReadyEndpoint, exportCsvEndpoint],
  hooks: {
    beforeValidate: [checkSurvey],
    beforeChange: [lockAnsweredShape],
    afterChange: [surveyCacheHooks.afterChange],
    afterDelete: [deleteAnswers, surveyCacheHooks.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: label('问卷标题', 'Title'), required: true, maxLength: 80 },
    { name: 'intro', type: 'textarea', label: label('问卷说明', 'Introduction'), maxLength: 400 },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', label: label('开始时间', 'Opens at'), required: true, index: true, admin: { date: instant } },
        { name: 'closesAt', type: 'date', label: label('截止时间', 'Closes at'), required: true, index: true, admin: { date: instant } },
      ],
    },
    {
      name: 'askDistrict',
      type: 'checkbox',
      defaultValue: false,
      label: label('询问填写人所在区县', 'Ask the respondent’s district'),
      admin: {
        description: label(
          '勾选后问卷首题为“所在区县”（单位中的区县），结果可按区县分别统计。',
          'Adds a first question “district” (the district units); results split by district.',
        ),
      },
    },
    {
      name: 'publicResults',
      type: 'checkbox',
      defaultValue: false,
      label: label('截止后公开结果', 'Publish results after closing'),
      admin: {
        description: label(
          '勾选后，问卷截止后网站公布各题统计（不含文字题答案）。',
          'After closing, the site shows the counts of each question (never text answers).',
        ),
      },
    },
    {
      name: 'questions',
      type: 'array',
      label: label('题目', 'Questions'),
      required: true,
      minRows: 1,
      maxRows: SURVEY_LIMITS.questionsMax,
      labels: { singular: label('题目', 'Question'), plural: label('题目', 'Questions') },
      fields: [
        { name: 'prompt', type: 'text', label: label('题目', 'Question'), required: true, maxLength: SURVEY_LIMITS.promptMax },
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: label('题型', 'Kind'),
              required: true,
              defaultValue: 'single',
              options: selectOptions(QUESTION_KINDS),
            },
            { name: 'required', type: 'checkbox', label: label('必答', 'Required'), defaultValue: true },
          ],
        },
        {
          name: 'options',
          type: 'array',
          label: label('选项（单选、多选题）', 'Options (choice questions)'),
          maxRows: SURVEY_LIMITS.optionsMax,
          labels: { singular: label('选项', 'Option'), plural: label('选项', 'Options') },
          admin: {
            description: label(
              '评分题（1–5 分）和文字题不设选项。知晓率题请勾选正确答案。',
              'Scale and text questions take no options. Tick the correct answer for awareness questions.',
            ),
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'label',
                  type: 'text',
                  label: label('选项内容', 'Option'),
                  required: true,
                  maxLength: SURVEY_LIMITS.optionLabelMax,
                },
                {
                  name: 'correct',
                  type: 'checkbox',
                  label: label('正确答案（知晓率）', 'Correct (awareness)'),
                  access: { read: isStaffField },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'results',
      type: 'ui',
      label: label('统计结果', 'Results'),
      admin: { components: { Field: '/components/surveys/SurveyResults.tsx#SurveyResults' } },
    },
  ],
})
