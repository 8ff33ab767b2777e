import { CONTENT_TYPES, KNOWLEDGE_KINDS, KNOWLEDGE_TOPICS } from '../domain/contentTypes/index.ts'
import { quizEndpoint } from '../endpoints/quiz/submit.ts'
import { label, selectOptions } from '../fields/label.ts'
import { quizGroup } from '../fields/quiz.ts'
import { slugs } from '../slugs.ts'
import { publicContent } from './publicContent.ts'

/** 文明知识 / 应知应会: questions and answers, convention articles and tips, ordered within a topic. */
export const Knowledge = publicContent(slugs.knowledge, {
  labels: CONTENT_TYPES.knowledge.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.knowledge.titleField,
    defaultColumns: ['question', 'topic', 'kind', 'order', '_status'],
    listSearchableFields: ['question'],
  },
  defaultSort: ['topic', 'order'],
  // 应知应会测试: the public quiz's answers (README "Residents take part").
  endpoints: [quizEndpoint],
  fields: [
    { name: 'question', type: 'text', label: label('问题 / 条目', 'Question'), required: true, maxLength: 160 },
    { name: 'answer', type: 'richText', label: label('答案 / 内容', 'Answer'), required: true },
    { name: 'topic', type: 'select', label: label('主题', 'Topic'), required: true, index: true, options: selectOptions(KNOWLEDGE_TOPICS) },
    {
      name: 'kind',
      type: 'select',
      label: label('类型', 'Kind'),
      required: true,
      defaultValue: 'qa',
      options: selectOptions(KNOWLEDGE_KINDS),
    },
    { name: 'order', type: 'number', label: label('主题内顺序', 'Order within topic'), defaultValue: 1, min: 1, max: 999 },
    quizGroup,
  ],
})
