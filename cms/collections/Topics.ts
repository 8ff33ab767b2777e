import type { RelationshipField } from 'payload'
import { relationship } from 'payload/shared'
import { CONTENT_TYPES, checkRefs, publicSlugs } from '../domain/contentTypes/index.ts'
import { chinaDay, storedDay } from '../domain/dates.ts'
import { dayPicker, label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'
import { publicContent } from './publicContent.ts'

const topics = CONTENT_TYPES.topics
const ITEMS = label('专题内容', 'Items')

/** Any public type but topics themselves (a topic gathers items, not other topics). */
const GATHERED = publicSlugs.filter((slug) => slug !== slugs.topics)

/** Payload's own checks of the relationship, then ours: no item twice, not too many (the message names the field). */
const validateItems = async (value: unknown, options: unknown): Promise<true | string> => {
  const own = await relationship(value as never, options as never)
  return own === true ? checkRefs(value, ITEMS, GATHERED) : own
}

/** 专题: a campaign theme (礼让斑马线, 文明餐桌) gathering items of any public type, in the editors' order. */
export const Topics = publicContent(slugs.topics, {
  labels: topics.labels,
  admin: {
    useAsTitle: topics.titleField,
    defaultColumns: ['title', 'date', '_status', 'reviewState'],
    description: label(
      '按创建主题汇集各栏目内容。条目按此处顺序显示；条目下线或删除后，下次发布时自动从专题页消失。',
      'Gathers items of every section under one theme, in this order; an item taken down leaves the topic on the next build.',
    ),
  },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', label: label('专题名称', 'Title'), required: true, maxLength: 60 },
    {
      name: 'date',
      type: 'date',
      label: label('发布日期', 'Date'),
      required: true,
      index: true,
      defaultValue: () => storedDay(chinaDay(new Date()) ?? ''),
      admin: { position: 'sidebar', date: dayPicker },
    },
    { name: 'headerImage', type: 'upload', relationTo: slugs.media, required: true, label: label('头图', 'Header image') },
    { name: 'intro', type: 'textarea', label: label('导语', 'Introduction'), required: true, maxLength: 500 },
    {
      name: 'items',
      type: 'relationship',
      relationTo: GATHERED,
      hasMany: true,
      label: ITEMS,
      validate: validateItems as RelationshipField['validate'] as never,
      admin: { description: label('可选任意栏目的内容，拖动调整顺序。', 'Items of any section; drag to reorder.') },
    },
  ],
})
