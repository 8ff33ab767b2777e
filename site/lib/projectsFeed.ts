/** The 民生实事 feed items (site/lib/sources.ts): full content with target, progress and milestones. */
import { getCollection } from 'astro:content'
import { contentType, slugsByKey } from '../../cms/domain/contentTypes/index.ts'
import { feedDated, feedGuid, feedImage } from './feedItemFacts.ts'
import type { FeedSource } from './feeds.ts'
import { paths } from './urls.ts'

const esc = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const p = (value: string): string => `<p>${esc(value)}</p>`

export async function projectSources(): Promise<FeedSource[]> {
  const section = contentType('projects').site.section?.label.zh ?? ''
  return (await getCollection('projects')).map(({ id, data }) => {
    const milestones = data.milestones
      .map((m) => `<li>${esc(m.title)}：计划 ${m.dueDate}${m.doneDate ? `，${m.doneDate} 完成` : m.overdue ? '，滞后' : ''}</li>`)
      .join('')
    const photo = data.after[0] ?? data.before[0]
    return {
      guid: feedGuid(slugsByKey.projects, data),
      title: `【${data.status.label}】${data.title}`,
      path: paths.project(id),
      ...feedDated(data, null, [data.progressDate, ...data.milestones.map((m) => m.doneDate)]),
      units: [data.unit.slug],
      summary: `${data.unit.name}：${data.target}`.slice(0, 160),
      html: [
        p(`目标任务：${data.target}`),
        data.html,
        p(`责任单位：${data.unit.name}；完成进度：${data.progress}%；状态：${data.status.label}`),
        data.progressText ? p(`最新进展：${data.progressText}`) : '',
        `<ul>${milestones}</ul>`,
      ].join(''),
      categories: [section, data.campaign.label, data.unit.name],
      image: feedImage(photo),
    }
  })
}
