/** The 问卷调查 feed items (site/lib/sources.ts): explicit fields, escaped text, times in China time. */
import { getCollection } from 'astro:content'
import { contentType, slugsByKey as slugs } from '../../../cms/domain/contentTypes/index.ts'
import { chinaDateTime } from '../../../cms/domain/volunteering/index.ts'
import { feedDated, feedGuid } from '../feedItemFacts.ts'
import type { FeedSource } from '../feeds.ts'
import { paths } from '../urls.ts'

const esc = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

export async function surveys(): Promise<FeedSource[]> {
  const section = contentType('surveys').site.section?.label.zh ?? ''
  return (await getCollection('surveys')).map(({ id, data }) => ({
    guid: feedGuid(slugs.surveys, data),
    title: data.title,
    path: paths.survey(id),
    ...feedDated(data, data.opensAt.slice(0, 10)),
    summary: data.intro ?? `${data.questions.length} 道题，${chinaDateTime(data.opensAt)} 至 ${chinaDateTime(data.closesAt)}（北京时间）`,
    html: `<p>${esc(data.intro ?? '')}</p><p>填写时间（北京时间）：${esc(chinaDateTime(data.opensAt))} 至 ${esc(chinaDateTime(data.closesAt))}，共 ${data.questions.length} 道题。</p>`,
    categories: [section],
  }))
}
