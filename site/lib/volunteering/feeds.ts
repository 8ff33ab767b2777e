/** The 志愿服务 and 文明实践 feed items (site/lib/sources.ts): explicit fields, escaped text, China time. */
import { getCollection } from 'astro:content'
import { contentType, slugsByKey as slugs } from '../../../cms/domain/contentTypes/index.ts'
import { chinaTimeRange } from '../../../cms/domain/volunteering/index.ts'
import { feedDated, feedGuid, feedImage } from '../feedItemFacts.ts'
import type { FeedSource } from '../feeds.ts'
import { paths } from '../urls.ts'

const esc = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const p = (value: string): string => `<p>${esc(value)}</p>`

export async function volunteerActivities(): Promise<FeedSource[]> {
  const section = contentType('volunteerActivities').site.section?.label.zh ?? ''
  return (await getCollection('volunteerActivities')).map(({ id, data }) => ({
    guid: feedGuid(slugs.volunteerActivities, data),
    title: data.title,
    path: paths.volunteerActivity(id),
    ...feedDated(data, null),
    summary: data.summary,
    html: [
      p(`时间（北京时间）：${chinaTimeRange(data.startsAt, data.endsAt)}`),
      p(`地点：${data.place}`),
      data.unit ? p(`组织单位：${data.unit.name}`) : '',
      p(`招募名额：${data.places} 人`),
      data.html,
    ].join(''),
    categories: [section, ...(data.unit ? [data.unit.name] : [])],
    image: feedImage(data.photos[0]),
  }))
}

export async function practiceCentres(): Promise<FeedSource[]> {
  const section = contentType('practiceCentres').site.section?.label.zh ?? ''
  return (await getCollection('practiceCentres')).map(({ id, data }) => ({
    guid: feedGuid(slugs.practiceCentres, data),
    title: data.name,
    path: paths.practiceCentre(id),
    ...feedDated(data, null),
    summary: `${data.level.label}：${data.address}`,
    html: [
      p(`${data.level.label}${data.street ? `（${data.street.name}）` : ''}`),
      p(`地址：${data.address}`),
      p(`开放时间：${data.openingHours}`),
      data.phone ? p(`电话：${data.phone}`) : '',
      data.services.length ? `<ul>${data.services.map((service) => `<li>${esc(service)}</li>`).join('')}</ul>` : '',
    ].join(''),
    categories: [section, data.level.label],
  }))
}
