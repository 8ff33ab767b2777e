/**
 * The 应知应会测试题 group of a knowledge item (cms/collections/Knowledge.ts): additive optional
 * fields, checked only when the item is marked (cms/domain/quiz/rules.ts names each field's problem).
 * The right option is staff-only to read; only staff change any of it (a unit liaison never).
 */
import type { Field, Validate } from 'payload'
import { isStaffField } from '../access/index.ts'
import {
  QUIZ_EXPLANATION_MAX,
  QUIZ_OPTION_MAX,
  QUIZ_OPTIONS_MAX,
  QUIZ_QUESTION_MAX,
  type QuizMark,
  quizMarkErrors,
} from '../domain/quiz/rules.ts'
import { label } from './label.ts'

/** A validator for one field of the group: the group's own problem for that field, or true. */
const checks =
  (field: 'question' | 'options' | 'correct' | 'explanation'): Validate =>
  (_value, { siblingData }) =>
    quizMarkErrors(siblingData as QuizMark).find((error) => error.field === field)?.message ?? true

const staffOnly = { create: isStaffField, update: isStaffField }

export const quizGroup: Field = {
  name: 'quiz',
  type: 'group',
  label: label('应知应会测试题', 'Quiz question'),
  access: staffOnly,
  admin: {
    description: label(
      '勾选后，这一条会出现在网站的“应知应会测试”（/quiz/）中（只用已发布的条目）。需要题目、2–6 个选项、正确选项和答案解析。',
      'When ticked, this item is used in the public quiz (/quiz/, published items only): a question, 2–6 options, the right one and an explanation.',
    ),
  },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false, index: true, label: label('用作测试题', 'Use as a quiz question') },
    {
      name: 'question',
      type: 'text',
      maxLength: QUIZ_QUESTION_MAX,
      label: label('题目', 'Question'),
      validate: checks('question'),
      admin: { condition: (_data, sibling) => Boolean(sibling?.enabled) },
    },
    {
      name: 'options',
      type: 'array',
      maxRows: QUIZ_OPTIONS_MAX,
      label: label('选项（2–6 个，按显示顺序）', 'Options (2–6, in order)'),
      labels: { singular: label('选项', 'Option'), plural: label('选项', 'Options') },
      validate: checks('options'),
      admin: { condition: (_data, sibling) => Boolean(sibling?.enabled) },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: QUIZ_OPTION_MAX, label: label('选项内容', 'Option text') }],
    },
    {
      name: 'correct',
      type: 'number',
      min: 1,
      max: QUIZ_OPTIONS_MAX,
      label: label('正确选项（第几项）', 'Right option (its number)'),
      validate: checks('correct'),
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      admin: {
        condition: (_data, sibling) => Boolean(sibling?.enabled),
        description: label('例如 2 表示第二个选项（B）。', 'E.g. 2 = the second option (B).'),
      },
    },
    {
      name: 'explanation',
      type: 'textarea',
      maxLength: QUIZ_EXPLANATION_MAX,
      label: label('答案解析', 'Explanation'),
      validate: checks('explanation'),
      admin: { condition: (_data, sibling) => Boolean(sibling?.enabled) },
    },
    {
      name: 'stats',
      type: 'ui',
      label: label('答题统计', 'Results'),
      admin: { components: { Field: '/components/quiz/QuizStatsField.tsx#QuizStatsField' } },
    },
  ],
}
