import { CONTENT_TYPES } from '../domain/contentTypes/index.ts'
import { chinaDay, storedDay } from '../domain/dates.ts'
import { dayPicker, label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'
import { publicContent } from './publicContent.ts'

const news = CONTENT_TYPES.news

/** 创城动态: the office's own reports, with their source (来源) and author (作者/通讯员). Shown by the generic pages. */
export const News = publicContent(slugs.news, {
  labels: news.labels,
  admin: {
    useAsTitle: news.titleField,
    defaultColumns: ['title', 'source', 'date', '_status', 'reviewState'],
    description: label(
      '创城办的工作动态和经验借鉴。转载的报道请写明来源（如“大众网·海报新闻”），本办稿件写明作者或通讯员。',
      "The office's reports and lessons from other cities. Name the source of a reprint; name the author of our own.",
    ),
  },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    {
      name: 'date',
      type: 'date',
      label: label('发布日期', 'Date'),
      required: true,
      index: true,
      // The China calendar day it is entered on (rule 18).
      defaultValue: () => storedDay(chinaDay(new Date()) ?? ''),
      admin: { position: 'sidebar', date: dayPicker },
    },
    {
      name: 'source',
      type: 'text',
      label: label('来源', 'Source'),
      required: true,
      maxLength: 60,
      defaultValue: '示范市创城办',
      admin: {
        description: label('本办稿件写“示范市创城办”；转载写原媒体名称。', 'Our own reports: the office; a reprint: the original outlet.'),
      },
    },
    { name: 'author', type: 'text', label: label('作者 / 通讯员', 'Author'), maxLength: 60 },
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), maxLength: 300 },
    { name: 'cover', type: 'upload', relationTo: slugs.media, label: label('题图', 'Cover image') },
    { name: 'body', type: 'richText', label: label('正文', 'Body'), required: true },
    { name: 'units', type: 'relationship', relationTo: slugs.units, hasMany: true, label: label('相关单位', 'Related units') },
  ],
})
