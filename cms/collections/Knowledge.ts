import { label, selectOptions } from '../fields/label.ts'
import { slugs } from '../slugs.ts'
import { publicContent } from './publicContent.ts'

export const KNOWLEDGE_TOPICS = {
  'campaign-basics': label('创城基本知识', 'Campaign basics'),
  traffic: label('文明交通', 'Traffic'),
  'waste-sorting': label('垃圾分类', 'Waste sorting'),
  'dog-keeping': label('文明养犬', 'Dog keeping'),
  etiquette: label('文明礼仪', 'Etiquette'),
  convention: label('市民文明公约', 'Citizen convention'),
  'public-health': label('公共卫生', 'Public health'),
  volunteering: label('志愿服务', 'Volunteering'),
}

export const KNOWLEDGE_KINDS = {
  qa: label('问答', 'Q&A'),
  convention: label('公约条文', 'Convention article'),
  tip: label('礼仪提示', 'Etiquette tip'),
}

/** 文明知识 / 应知应会: questions and answers, convention articles and tips, ordered within a topic. */
export const Knowledge = publicContent(slugs.knowledge, {
  labels: { singular: label('文明知识', 'Knowledge item'), plural: label('文明知识 / 应知应会', 'Civility knowledge') },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'topic', 'kind', 'order', '_status'], listSearchableFields: ['question'] },
  defaultSort: ['topic', 'order'],
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
  ],
})
