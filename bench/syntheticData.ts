/** The fields of the i-th synthetic item of each public collection (Chinese text, dates spread over two years). */
import {
  BULLETIN_SERIES,
  DOCUMENT_KINDS,
  GOOD_PERSON_CATEGORIES,
  KNOWLEDGE_TOPICS,
  NOMINATION_CHANNELS,
  PROJECT_CAMPAIGNS,
  type PublicSlug,
  TITLE_LEVELS,
} from '../cms/domain/contentTypes/index.ts'
import { richText } from '../seed/lexical.ts'

type Id = number
/** The public types the bench fills in bulk (their slugs in the content-type table). */
export type Kind = Extract<
  PublicSlug,
  | 'bulletins'
  | 'knowledge'
  | 'exposures'
  | 'good-people'
  | 'tv-episodes'
  | 'projects'
  | 'news'
  | 'documents'
  | 'civility-titles'
  | 'volunteer-activities'
>
export type Refs = { photo: (i: number) => Id | null | undefined; street: (i: number) => Id; round: Id }

// The option values cycle through the content-type table's lists (cms/domain/contentTypes).
const SERIES = Object.keys(BULLETIN_SERIES)
const TOPICS = Object.keys(KNOWLEDGE_TOPICS)
const CATEGORIES = Object.keys(GOOD_PERSON_CATEGORIES)
const CHANNELS = Object.keys(NOMINATION_CHANNELS)
const STATUSES = ['pending', 'in-progress', 'rectified'] as const
const CAMPAIGNS = Object.keys(PROJECT_CAMPAIGNS)
const DOC_KINDS = Object.keys(DOCUMENT_KINDS)
const LEVELS = Object.keys(TITLE_LEVELS)
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const PARAGRAPH =
  '为深入推进全国文明城市创建工作，各街道按照测评体系要求，对背街小巷、农贸市场、公交站亭和老旧小区开展集中整治，' +
  '做到问题发现、交办、整改、复查闭环管理。市民巡访团全程参与，群众满意度持续提升。'

const day = (offset: number) => new Date(Date.UTC(2026, 10, 20) - offset * 86_400_000).toISOString().slice(0, 10)
const body = (title: string, i: number) =>
  richText([`${title}。`, `## 工作进展`, PARAGRAPH, `第${(i % 7) + 1}项整改任务已完成。`, PARAGRAPH])

export const itemData: Record<Kind, (i: number, refs: Refs) => Record<string, unknown>> = {
  bulletins: (i, { photo, street }) => ({
    title: `关于第${i + 1}轮创城督查情况的通报`,
    slug: `bulletin-${i + 1}`,
    series: SERIES[i % SERIES.length],
    date: day(i % 700),
    summary: `第${i + 1}轮督查发现问题${(i % 40) + 3}个，已交办责任单位限期整改。`,
    cover: photo(i),
    body: body(`关于第${i + 1}轮创城督查情况的通报`, i),
    units: [street(i)],
  }),
  knowledge: (i) => ({
    question: `创城应知应会第${i + 1}题：文明城市创建的目标是什么？`,
    slug: `knowledge-${i + 1}`,
    answer: richText([PARAGRAPH]),
    topic: TOPICS[i % TOPICS.length],
    kind: i % 5 === 0 ? 'tip' : 'qa',
    order: (Math.floor(i / TOPICS.length) % 999) + 1,
  }),
  exposures: (i, { photo, street }) => ({
    title: `第${(i % 10) + 1}街道某小区门口占道经营（${i + 1}）`,
    slug: `exposure-${i + 1}`,
    description: '早晚高峰时段流动摊贩占用人行道经营，影响行人通行和市容环境。',
    place: `第${(i % 10) + 1}街道文明路${i + 1}号`,
    foundAt: day(i % 400),
    unit: street(i),
    beforePhotos: photo(i) ? [photo(i)] : [],
    rectification:
      STATUSES[i % 3] === 'rectified'
        ? { status: 'rectified', reply: '已清理占道摊点并安排专人值守。', rectifiedAt: day((i % 400) - 2) }
        : { status: STATUSES[i % 3] },
  }),
  'good-people': (i, { photo, street, round }) => ({
    name: `${SURNAMES[i % SURNAMES.length]}文明${i + 1}`,
    slug: `person-${i + 1}`,
    title: '二十年如一日义务清扫社区道路',
    photo: photo(i),
    story: body('好人事迹', i),
    category: CATEGORIES[i % CATEGORIES.length],
    channel: CHANNELS[i % CHANNELS.length],
    unit: street(i),
    round,
  }),
  'tv-episodes': (i, { photo, street }) => ({
    title: `文明城市问政第${i + 1}期`,
    slug: `tv-${i + 1}`,
    series: '文明城市问政',
    episodeNumber: i + 1,
    airDate: day(i * 7),
    cover: photo(i),
    summary: richText([PARAGRAPH]),
    questionedUnits: [street(i), street(i + 1)],
    officials: [{ name: `${SURNAMES[i % SURNAMES.length]}主任`, post: '街道办事处主任', unit: street(i) }],
    issues: [
      { title: '背街小巷垃圾清运不及时', unit: street(i), status: 'solved', promise: '一周内整改到位' },
      { title: '公交站亭破损', unit: street(i + 1), status: 'in-progress', promise: '一个月内更换' },
    ],
  }),
  projects: (i, { photo, street }) => ({
    title: `第${(i % 10) + 1}街道背街小巷改造（${i + 1}）`,
    slug: `project-${i + 1}`,
    campaign: CAMPAIGNS[i % CAMPAIGNS.length],
    year: 2026,
    unit: street(i),
    target: '小巷路面翻修、雨污分流、新装路灯，清理私搭乱建。',
    description: richText([PARAGRAPH]),
    milestones: [
      { title: '完成设计', dueDate: day((i % 300) + 60), doneDate: day((i % 300) + 61) },
      { title: '施工完成', dueDate: day((i % 300) - 30) },
    ],
    progress: (i * 7) % 100,
    progressText: '施工队已进场，按节点推进。',
    beforePhotos: photo(i) ? [photo(i)] : [],
  }),
  news: (i, { photo, street }) => ({
    title: `第${(i % 10) + 1}街道开展文明创建集中行动（${i + 1}）`,
    slug: `news-${i + 1}`,
    date: day(i % 500),
    source: '示范市创城办',
    author: `${SURNAMES[i % SURNAMES.length]}记者`,
    summary: '各街道组织志愿者和网格员开展集中整治，群众参与热情高。',
    cover: photo(i),
    body: body(`第${(i % 10) + 1}街道开展文明创建集中行动`, i),
    units: [street(i)],
  }),
  documents: (i, { street }) => ({
    title: `关于做好第${i + 1}批创城重点任务的通知`,
    slug: `document-${i + 1}`,
    kind: DOC_KINDS[i % DOC_KINDS.length],
    docNumber: `示文明办〔${2020 + (i % 7)}〕${i + 1}号`,
    issuer: street(i),
    signedDate: day((i % 600) + 3),
    publishDate: day(i % 600),
    validity: 'effective',
    summary: '明确任务分工、完成时限和督查办法。',
    body: richText([PARAGRAPH, PARAGRAPH]),
  }),
  'civility-titles': (i, { street }) => ({
    slug: `title-${i + 1}`,
    category: 'unit',
    unit: street(i),
    level: LEVELS[i % LEVELS.length],
    year: 2015 + (i % 11),
  }),
  'volunteer-activities': (i, { street }) => ({
    title: `“礼让斑马线”文明交通志愿服务（${i + 1}）`,
    slug: `activity-${i + 1}`,
    startsAt: `${day((i % 400) - 60)}T01:00:00.000Z`,
    endsAt: `${day((i % 400) - 60)}T03:00:00.000Z`,
    place: `第${(i % 10) + 1}街道文明路口`,
    unit: street(i),
    places: 20 + (i % 30),
    bring: '身份证、遮阳帽',
    body: richText([PARAGRAPH]),
  }),
}
