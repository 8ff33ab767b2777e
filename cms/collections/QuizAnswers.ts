import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, nobody } from '../access/index.ts'
import { label, selectOptions } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

export const QUIZ_OUTCOMES = {
  right: label('答对', 'Right'),
  wrong: label('答错', 'Wrong'),
  skipped: label('未作答', 'Not answered'),
} as const

/**
 * 应知应会测试答题记录: one row per question of a counted quiz (POST /api/knowledge/quiz), written in
 * one transaction per quiz; the per-question numbers are counts of these rows, so they are exact
 * under parallel posts in any number of processes. Anonymous: no address, browser or person, only
 * the question, the outcome, the option chosen and the China day. Staff read; nobody writes through the API.
 */
export const QuizAnswers: CollectionConfig = {
  slug: slugs.quizAnswers,
  labels: { singular: label('测试答题记录', 'Quiz answer'), plural: label('应知应会测试答题记录', 'Quiz answers') },
  admin: {
    group: label('市民参与', 'Residents'),
    defaultColumns: ['knowledge', 'outcome', 'chosen', 'day'],
    description: label(
      '市民在“应知应会测试”中对每道题的作答（匿名：不记录地址、浏览器或个人信息）。各题统计见工作台和文明知识编辑页。',
      'Answers given in the public quiz, one row per question (anonymous). Per-question numbers are on the workbench and the knowledge edit view.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['knowledge', 'outcome', 'chosen'] }],
  fields: [
    {
      name: 'knowledge',
      type: 'relationship',
      relationTo: slugs.knowledge,
      required: true,
      index: true,
      label: label('题目（文明知识）', 'Question'),
    },
    { name: 'outcome', type: 'select', required: true, options: selectOptions(QUIZ_OUTCOMES), label: label('结果', 'Outcome') },
    { name: 'chosen', type: 'number', min: 1, max: 6, label: label('所选选项（第几项）', 'Option chosen') },
    { name: 'day', type: 'text', required: true, index: true, label: label('日期（北京时间）', 'Day (China)') },
  ],
}
