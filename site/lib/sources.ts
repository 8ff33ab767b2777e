/**
 * Feed sources per section, read from the content collections. The section feeds, the site-wide
 * /rss.xml and /feed.json, and search all use these.
 */
import { getCollection } from 'astro:content'
import { contentTypes, genericTypes, sectionTypes, slugsByKey as slugs } from '../../cms/domain/contentTypes/index.ts'
import { episodeEvents, exposureEvents } from '../../cms/domain/feeds/feedDates.ts'
import { documentFeedItems } from './documents.ts'
import { attachmentFile, feedDated, feedGuid, feedImage } from './feedItemFacts.ts'
import type { FeedSource } from './feeds.ts'
import { genericSources } from './genericContent.ts'
import { keptSections } from './keptSections.ts'
import { messageSources } from './messages/index.ts'
import { projectSources } from './projectsFeed.ts'
import { byRank, isRanked, movementText, noneApplies, rankedRows, totalText, withMovement } from './rankings.ts'
import { surveys } from './surveys/feeds.ts'
import { paths, type SectionKey } from './urls.ts'
import { practiceCentres, volunteerActivities } from './volunteering/feeds.ts'

/** Each section's label (the content-type table's), the first category of its feed items. */
const label = Object.fromEntries(sectionTypes.map((type) => [type.key, type.site.section.label.zh])) as Record<SectionKey, string>
const esc = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const p = (value: string): string => `<p>${esc(value)}</p>`
const image = feedImage

async function bulletins(): Promise<FeedSource[]> {
  return (await getCollection('bulletins')).map(({ id, data }) => ({
    guid: feedGuid(slugs.bulletins, data),
    title: data.issueLabel ? `${data.title}（${data.series.label} ${data.issueLabel}）` : data.title,
    path: paths.bulletin(id),
    ...feedDated(data, data.date),
    file: attachmentFile(data.attachments[0]),
    units: data.units.map((unit) => unit.slug),
    summary: data.summary,
    html: data.html + data.attachments.map((file) => `<p><a href="${file.url}">${esc(file.title)}（PDF）</a></p>`).join(''),
    categories: [label.bulletins, data.series.label, ...data.units.map((unit) => unit.name)],
    image: image(data.cover),
  }))
}

async function exposures(): Promise<FeedSource[]> {
  return (await getCollection('exposures')).map(({ id, data }) => ({
    guid: feedGuid(slugs.exposures, data),
    title: `【${data.status.label}】${data.title}`,
    path: paths.exposure(id),
    ...feedDated(data, data.foundAt, exposureEvents(data)),
    units: [data.unit.slug],
    summary: `${data.unit.name}：${data.description}`.slice(0, 160),
    html: [
      p(data.description),
      p(`地点：${data.place}`),
      p(`责任单位：${data.unit.name}`),
      p(`整改期限：${data.deadline}`),
      p(`整改状态：${data.status.label}`),
      data.reply ? p(`整改回复：${data.reply}`) : '',
    ].join(''),
    categories: [label.exposures, data.status.label, data.unit.name],
    image: image(data.before[0]),
  }))
}

async function evaluationRounds(): Promise<FeedSource[]> {
  return withMovement(await getCollection('evaluationRounds')).map(({ id, data }) => {
    const rows = byRank(data.results)
      .map((row) =>
        isRanked(row)
          ? `<li>第${row.rank}名 ${esc(row.unit.name)}：${totalText(row)} 分（${movementText(row.movement, data.first).text}）</li>`
          : `<li>${esc(row.unit.name)}：${noneApplies(data, row) ? '全部指标不涉及' : '缺项'}，未排名</li>`,
      )
      .join('')
    return {
      guid: feedGuid(slugs.evaluationRounds, data),
      title: data.title,
      path: paths.ranking(id),
      ...feedDated(data, data.end),
      summary: `${data.evaluator.label}测评结果：${rankedRows(data.results)
        .slice(0, 3)
        .map((row) => row.unit.name)
        .join('、')}位列前三。`,
      html: `${p(`${data.series}，测评期间 ${data.start} 至 ${data.end}，测评方：${data.evaluator.label}。`)}<ul>${rows}</ul>`,
      categories: [label.evaluationRounds, data.series],
    }
  })
}

async function tvEpisodes(): Promise<FeedSource[]> {
  return (await getCollection('tvEpisodes')).map(({ id, data }) => ({
    guid: feedGuid(slugs.tvEpisodes, data),
    title: `《${data.series}》第${data.episodeNumber}期：${data.title}`,
    path: paths.episode(id),
    ...feedDated(data, data.airDate, episodeEvents(data.issues)),
    units: [...data.questionedUnits.map((unit) => unit.slug), ...data.issues.flatMap((issue) => (issue.unit ? [issue.unit.slug] : []))],
    summary: `曝光问题 ${data.issuesRaised} 个，已解决 ${data.issuesSolved} 个。`,
    html: `${data.summaryHtml}<ul>${data.issues.map((issue) => `<li>${esc(issue.title)}（${issue.status.label}）</li>`).join('')}</ul>`,
    categories: [label.tvEpisodes, data.series],
    image: image(data.cover),
  }))
}

async function goodPeople(): Promise<FeedSource[]> {
  return (await getCollection('goodPeople')).map(({ id, data }) => ({
    guid: feedGuid(slugs.goodPeople, data),
    title: `${data.name}：${data.summary}`,
    path: paths.goodPerson(id),
    // Never re-dated by an edit of the story: published once (cms/domain/feeds/feedDates.ts).
    ...feedDated(data, null),
    summary: data.summary,
    html: data.storyHtml,
    categories: [label.goodPeople, data.category.label, data.level.label],
    image: image(data.photo),
  }))
}

async function publicAds(): Promise<FeedSource[]> {
  return (await getCollection('publicAds')).map(({ id, data }) => ({
    guid: feedGuid(slugs.publicAds, data),
    title: data.series ? `${data.series} ${data.title}` : data.title,
    path: paths.ad(id),
    ...feedDated(data, data.validFrom),
    summary: data.slogan ?? `${data.format.label}：${data.title}`,
    html: data.slogan ? p(data.slogan) : p(data.title),
    categories: [label.publicAds, data.format.label, ...data.themes.map((theme) => theme.label)],
    image: image(data.image),
  }))
}

async function knowledge(): Promise<FeedSource[]> {
  return (await getCollection('knowledge')).map(({ id, data }) => ({
    guid: feedGuid(slugs.knowledge, data),
    title: data.question,
    path: paths.knowledgeItem(id),
    // Never re-dated by an edit of the answer: published once (cms/domain/feeds/feedDates.ts).
    ...feedDated(data, null),
    summary: data.question,
    html: data.answerHtml,
    categories: [label.knowledge, data.topic.label],
  }))
}

async function civilityTitles(): Promise<FeedSource[]> {
  return (await getCollection('civilityTitles')).map(({ id, data }) => {
    const name = `${data.year}年度${data.level.label}${data.category.label}`
    return {
      guid: feedGuid(slugs.civilityTitles, data),
      title: `${data.holder}：${name}${data.revocation ? '（已摘牌）' : ''}`,
      path: paths.title(id),
      ...feedDated(data, data.noticeFrom ?? null, [data.revocation?.date]),
      summary: data.revocation ? `已于 ${data.revocation.date} 摘牌：${data.revocation.reason}`.slice(0, 160) : data.summary,
      html: [
        p(`${data.holder}，${name}${data.issuer ? `（${data.issuer}授予）` : ''}。`),
        data.noticeFrom && data.noticeTo ? p(`公示期：${data.noticeFrom} 至 ${data.noticeTo}`) : '',
        data.citationHtml,
        ...data.reviews.map((review) => p(`${review.year}年复查：${review.result.label}${review.note ? `（${review.note}）` : ''}`)),
        data.revocation ? p(`已摘牌（${data.revocation.date}）：${data.revocation.reason}`) : '',
      ].join(''),
      categories: [label.civilityTitles, data.level.label, data.category.label, ...(data.revocation ? ['已摘牌'] : [])],
    }
  })
}

/** Each section's feed items, by its key in the content-type table (a new section cannot be left out). */
export const SECTION_SOURCES: Record<SectionKey, () => Promise<FeedSource[]>> = {
  bulletins,
  exposures,
  evaluationRounds,
  tvEpisodes,
  goodPeople,
  publicAds,
  knowledge,
  documents: async () => documentFeedItems(await getCollection('documents'), label.documents),
  projects: projectSources,
  civilityTitles,
  volunteerActivities,
  practiceCentres,
  surveys,
  messages: messageSources,
  /** The generic types (news, topics…): one source for all, from the table's shapes. */
  ...genericSources,
}

/**
 * The collections a section's feed items are made from: its own, and for a generic type with links (refs)
 * every public type's (publishedIndex resolves the links' titles and slugs). Entries carry what they show of
 * other documents (a unit's name, a series label) in their own data: a loader sets an entry again when that changes.
 */
export function sectionReads(key: SectionKey): readonly string[] {
  const generic = genericTypes.find((type) => type.key === key)
  return generic?.generic.refs ? [...new Set([key, ...contentTypes.map((type) => type.key)])] : [key]
}

/**
 * One section's feed items, kept between builds in the build process (site/lib/keptSections.ts; issue 26:
 * at 100,000 items mapping every item of every section for the unit feeds took 2.3–5.5 s of every
 * one-document publish): made again only when an entry of a collection it reads was written since, or the
 * clock passed a dated event of one of its items. Lists are shared: callers never change them.
 */
export const sectionSources = keptSections<SectionKey>({
  readsOf: sectionReads,
  read: (collection) => getCollection(collection as never),
  make: (key) => SECTION_SOURCES[key](),
})

/** Every section's kept feed items (sectionSources), one list per section, in SECTION_SOURCES order. */
export async function keptSourcesBySection(now = Date.now()): Promise<FeedSource[][]> {
  return Promise.all((Object.keys(SECTION_SOURCES) as SectionKey[]).map((key) => sectionSources(key, now)))
}
