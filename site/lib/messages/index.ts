/** 留言 on the site: orders, groupings and the feed items (explicit fields, escaped text, China time). */
import { type CollectionEntry, getCollection } from 'astro:content'
import { contentType, slugsByKey as slugs } from '../../../cms/domain/contentTypes/index.ts'
import { feedDated, feedGuid } from '../feedItemFacts.ts'
import type { FeedSource } from '../feeds.ts'
import { paths } from '../urls.ts'

export type MessageItem = CollectionEntry<'messages'>

export const messagesPath = contentType('messages').path
export const messagePath = (slug: string): string => `${messagesPath}${slug}/`
export const categoryPath = (value: string): string => `${messagesPath}category/${value}/`
export const unitMessagesPath = (slug: string): string => `${messagesPath}unit/${slug}/`
export const ratesPath = `${messagesPath}rates/`

/** Newest answer first, then by slug (stable). */
export const newestAnswered = (items: MessageItem[]): MessageItem[] =>
  [...items].sort((a, b) => b.data.answeredAt.localeCompare(a.data.answeredAt) || a.id.localeCompare(b.id))

/** Group by a key, each group newest answer first. */
export function groupBy(items: MessageItem[], key: (item: MessageItem) => string | null): Map<string, MessageItem[]> {
  const groups = new Map<string, MessageItem[]>()
  for (const item of newestAnswered(items)) {
    const value = key(item)
    if (value) groups.set(value, [...(groups.get(value) ?? []), item])
  }
  return groups
}

const esc = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const p = (value: string): string => `<p>${esc(value)}</p>`.replaceAll('\n', '<br />')

export async function messageSources(): Promise<FeedSource[]> {
  const section = contentType('messages').site.section?.label.zh ?? ''
  return newestAnswered(await getCollection('messages')).map(({ id, data }) => ({
    guid: feedGuid(slugs.messages, data),
    title: data.title,
    path: messagePath(id),
    ...feedDated(data, data.answeredAt.slice(0, 10)),
    summary: data.text.slice(0, 120),
    html: [p(`留言（${data.category.label}）：${data.text}`), p(`${data.unit?.name ?? '责任单位'}答复：${data.reply}`)].join(''),
    categories: [section, data.category.label, ...(data.unit ? [data.unit.name] : [])],
  }))
}

export { paths }
