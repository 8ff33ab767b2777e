/**
 * THE table of public content types (ARCHITECTURE.md convention 13): one entry per type that the CMS
 * collections, the workbench, the site's routes, sections and feeds, the search and sitemap rules,
 * the seed, the bench and the tests read. Pure data; the lookups are in ./index.ts.
 *
 * One name per type: the key is the camelCase of the collection slug and is also `slugs.<key>` and
 * the Astro content collection's name. Entries are in the workbench's order.
 */

import type { GenericShape } from './generic.ts'
import type { Label, Options } from './options.ts'
import * as O from './options.ts'

export type ContentTypeEntry = {
  /** Collection slug (the REST path, the database tables): never changes. */
  slug: string
  /** The collection's labels in the admin. */
  labels: { singular: Label; plural: Label }
  /** The field the admin and the bench use as the document's title. */
  titleField: string
  /** The select options the admin and the site show (field name → value → label). */
  options: Readonly<Record<string, Options>>
  site: {
    /** The route base under site/pages (`/tv/`); a type shown in another's section names that type in `within`. */
    route: string
    /** Shown on the pages of another type's section (selection rounds on 好人榜), with no section or feed of its own. */
    within?: string
    /** Documents have pages of their own, /<route>/<slug>/; otherwise they live on the section's list pages. */
    detailPages: boolean
    /** The navigation section (with its own RSS feed, /<route>/rss.xml); null with `within`. */
    section: { label: Label; navOrder: number } | null
    /** Are the section's list pages (front page, /page/n/) in the search index? Only when they are the items' only pages. */
    listsSearchable: boolean
    /** Filtered lists under the route (/exposures/status/…), left out of search like the list itself. */
    filterRoutes: readonly string[]
    /** The heading of the type's part of the home page and of a unit's page, when it has one. */
    homePage: string | null
    unitPage: string | null
    /** A date field whose meaning changes by the clock: documents that fell due are re-read between builds. */
    clockField?: string
  }
  /** The editors' workbench (工作台): the section's label and its default staleness threshold (days). */
  workbench: { label: Label; staleDays: number }
  /**
   * A generic type's site shape (./generic.ts): one loader, the routes under site/pages/[section]/,
   * the feed, the home and unit blocks and the seed step read it, so the type needs no code there.
   */
  generic?: GenericShape
}

const STALE_DAYS = 14
const l = (zh: string, en: string): Label => ({ zh, en })
const noSearchFilters = { filterRoutes: [] as readonly string[] }

export const CONTENT_TYPES = {
  bulletins: {
    slug: 'bulletins',
    labels: { singular: l('通报', 'Bulletin'), plural: l('通报 / 督查专报', 'Bulletins') },
    titleField: 'title',
    options: { series: O.BULLETIN_SERIES },
    site: {
      route: 'bulletins',
      detailPages: true,
      section: { label: l('通报', 'Bulletins'), navOrder: 4 },
      listsSearchable: false,
      filterRoutes: ['series'],
      homePage: '最新通报',
      unitPage: null,
    },
    workbench: { label: l('通报 / 督查专报', 'Bulletins'), staleDays: STALE_DAYS },
  },
  exposures: {
    slug: 'exposures',
    labels: { singular: l('曝光事项', 'Exposure'), plural: l('曝光台', 'Exposure board') },
    titleField: 'title',
    options: { 'rectification.status': O.RECTIFICATION_LABELS, 'supervision.state': O.SUPERVISION_STATE_LABELS },
    site: {
      route: 'exposures',
      detailPages: true,
      section: { label: l('曝光台', 'Exposure board'), navOrder: 2 },
      listsSearchable: false,
      filterRoutes: ['status', 'unit'],
      homePage: '逾期未整改',
      unitPage: '曝光事项',
      clockField: 'deadline',
    },
    workbench: { label: l('曝光台', 'Exposure board'), staleDays: STALE_DAYS },
  },
  evaluationRounds: {
    slug: 'evaluation-rounds',
    labels: { singular: l('测评', 'Evaluation round'), plural: l('测评排名', 'Evaluation rounds') },
    titleField: 'title',
    options: { evaluator: O.EVALUATORS, 'results.list': O.RANKING_LISTS },
    site: {
      route: 'rankings',
      detailPages: true,
      section: { label: l('测评排名', 'Rankings'), navOrder: 1 },
      listsSearchable: false,
      ...noSearchFilters,
      homePage: '最新测评排名',
      unitPage: '测评排名',
    },
    workbench: { label: l('测评排名', 'Rankings'), staleDays: STALE_DAYS },
  },
  tvEpisodes: {
    slug: 'tv-episodes',
    labels: { singular: l('电视问政', 'TV questioning episode'), plural: l('电视问政', 'TV questioning') },
    titleField: 'title',
    options: { 'issues.status': O.ISSUE_STATUS },
    site: {
      route: 'tv',
      detailPages: true,
      section: { label: l('电视问政', 'TV questioning'), navOrder: 3 },
      listsSearchable: false,
      ...noSearchFilters,
      homePage: '电视问政',
      unitPage: '电视问政',
      clockField: 'openPromiseDeadline',
    },
    workbench: { label: l('电视问政', 'TV questioning'), staleDays: STALE_DAYS },
  },
  goodPeople: {
    slug: 'good-people',
    labels: { singular: l('好人', 'Good person'), plural: l('好人评选', 'Good people') },
    titleField: 'name',
    options: { category: O.GOOD_PERSON_CATEGORIES, channel: O.NOMINATION_CHANNELS, level: O.LADDER_LABELS },
    site: {
      route: 'good-people',
      detailPages: true,
      section: { label: l('好人榜', 'Good people'), navOrder: 5 },
      listsSearchable: false,
      filterRoutes: ['round'],
      homePage: '身边好人',
      unitPage: '身边好人',
    },
    workbench: { label: l('好人榜', 'Good people'), staleDays: STALE_DAYS },
  },
  selectionRounds: {
    slug: 'selection-rounds',
    labels: { singular: l('评选轮次', 'Selection round'), plural: l('好人评选轮次', 'Selection rounds') },
    titleField: 'title',
    options: { status: O.ROUND_STATUS },
    site: {
      route: 'good-people',
      within: 'goodPeople',
      detailPages: false,
      section: null,
      listsSearchable: false,
      ...noSearchFilters,
      homePage: null,
      unitPage: null,
    },
    workbench: { label: l('好人评选', 'Selection rounds'), staleDays: STALE_DAYS },
  },
  publicAds: {
    slug: 'public-ads',
    labels: { singular: l('公益广告', 'Public-interest ad'), plural: l('公益广告', 'Public-interest ads') },
    titleField: 'title',
    options: { format: O.AD_FORMATS, 'placements.kind': O.PLACEMENT_KINDS, themes: O.AD_THEMES },
    site: {
      route: 'ads',
      detailPages: true,
      section: { label: l('公益广告', 'Public-interest ads'), navOrder: 6 },
      // Each ad has a page of its own (issue 25): the list pages leave search.
      listsSearchable: false,
      ...noSearchFilters,
      homePage: '公益广告',
      unitPage: null,
    },
    workbench: { label: l('公益广告', 'Public-interest ads'), staleDays: STALE_DAYS },
  },
  knowledge: {
    slug: 'knowledge',
    labels: { singular: l('文明知识', 'Knowledge item'), plural: l('文明知识 / 应知应会', 'Civility knowledge') },
    titleField: 'question',
    options: { topic: O.KNOWLEDGE_TOPICS, kind: O.KNOWLEDGE_KINDS },
    site: {
      route: 'knowledge',
      detailPages: true,
      section: { label: l('文明知识', 'Civility knowledge'), navOrder: 7 },
      // The front page lists the topics; each item has a page of its own (/knowledge/<slug>/, issue 25), searched.
      listsSearchable: false,
      // The topic pages (/knowledge/<topic>/) are filtered lists: left out of search like the list.
      filterRoutes: Object.keys(O.KNOWLEDGE_TOPICS),
      homePage: null,
      unitPage: null,
    },
    workbench: { label: l('文明知识', 'Civility knowledge'), staleDays: STALE_DAYS },
  },
  documents: {
    slug: 'documents',
    labels: { singular: l('政务公开文件', 'Public document'), plural: l('政务公开', 'Public documents') },
    titleField: 'title',
    options: { kind: O.DOCUMENT_KINDS, validity: O.DOCUMENT_VALIDITY },
    site: {
      route: 'documents',
      detailPages: true,
      section: { label: l('政务公开', 'Public documents'), navOrder: 14 },
      listsSearchable: false,
      filterRoutes: ['year', 'issuer', 'validity'],
      homePage: null,
      unitPage: null,
    },
    // Policy documents come out monthly rather than weekly: stale after 30 days without one.
    workbench: { label: l('政务公开', 'Public documents'), staleDays: 30 },
  },
  /** 民生实事 and 专项行动 (issue 23 item 2): projects with milestones; 滞后 by the clock (cms/domain/projects.ts). */
  projects: {
    slug: 'projects',
    labels: { singular: l('民生实事项目', 'Livelihood project'), plural: l('民生实事', 'Livelihood projects') },
    titleField: 'title',
    options: { campaign: O.PROJECT_CAMPAIGNS, status: O.PROJECT_STAGES },
    site: {
      route: 'projects',
      detailPages: true,
      section: { label: l('民生实事', 'Livelihood projects'), navOrder: 9 },
      listsSearchable: false,
      filterRoutes: ['district', 'campaign'],
      homePage: '民生实事进展',
      unitPage: '民生实事',
      clockField: 'openMilestoneDue',
    },
    workbench: { label: l('民生实事', 'Livelihood projects'), staleDays: STALE_DAYS },
  },
  civilityTitles: {
    slug: 'civility-titles',
    labels: { singular: l('文明称号', 'Civility title'), plural: l('文明单位 / 村镇 / 家庭 / 校园', 'Civility titles') },
    titleField: 'holder',
    options: { category: O.TITLE_CATEGORIES, level: O.TITLE_LEVELS, 'reviews.result': O.TITLE_REVIEW_RESULTS },
    site: {
      route: 'titles',
      detailPages: true,
      section: { label: l('文明创建', 'Civility titles'), navOrder: 12 },
      listsSearchable: false,
      filterRoutes: ['level', 'year'],
      homePage: null,
      unitPage: '文明称号',
    },
    workbench: { label: l('文明称号', 'Civility titles'), staleDays: 90 },
  },
  volunteerActivities: {
    slug: 'volunteer-activities',
    labels: { singular: l('志愿活动', 'Volunteer activity'), plural: l('志愿服务活动', 'Volunteer activities') },
    titleField: 'title',
    options: {},
    site: {
      route: 'volunteering',
      detailPages: true,
      section: { label: l('志愿服务', 'Volunteering'), navOrder: 10 },
      listsSearchable: false,
      // Past activities with photos, and volunteer hours per organising unit.
      filterRoutes: ['past', 'hours'],
      homePage: '近期志愿活动',
      unitPage: '志愿服务活动',
      // An activity turns past when it ends: re-read then.
      clockField: 'endsAt',
    },
    workbench: { label: l('志愿服务', 'Volunteering'), staleDays: STALE_DAYS },
  },
  practiceCentres: {
    slug: 'practice-centres',
    labels: { singular: l('文明实践阵地', 'Practice centre'), plural: l('新时代文明实践中心（所、站）', 'Practice centres') },
    titleField: 'name',
    options: { level: O.PRACTICE_LEVELS },
    site: {
      route: 'practice',
      detailPages: true,
      section: { label: l('文明实践', 'Practice centres'), navOrder: 11 },
      // Each centre has a page of its own (issue 25: a feed item's permanent link): the directory leaves search.
      listsSearchable: false,
      filterRoutes: ['street'],
      homePage: null,
      unitPage: null,
    },
    workbench: { label: l('文明实践阵地', 'Practice centres'), staleDays: 90 },
  },
  news: {
    slug: 'news',
    labels: { singular: l('创城动态', 'News article'), plural: l('创城动态', 'Campaign news') },
    titleField: 'title',
    options: {},
    site: {
      route: 'news',
      detailPages: true,
      section: { label: l('创城动态', 'Campaign news'), navOrder: 8 },
      listsSearchable: false,
      ...noSearchFilters,
      homePage: '创城动态',
      unitPage: '创城动态',
    },
    workbench: { label: l('创城动态', 'Campaign news'), staleDays: STALE_DAYS },
    // The office's own reports: one generic loader, the pages under site/pages/[section]/, the seed in seed/data/news.ts.
    generic: {
      title: 'title',
      date: 'date',
      summary: 'summary',
      body: 'body',
      image: 'cover',
      meta: [
        { field: 'source', label: l('来源', 'Source') },
        { field: 'author', label: l('作者', 'Author') },
      ],
      units: 'units',
      homeCount: 5,
    },
  },
  topics: {
    slug: 'topics',
    labels: { singular: l('专题', 'Topic'), plural: l('专题', 'Topics') },
    titleField: 'title',
    options: {},
    site: {
      route: 'topics',
      detailPages: true,
      section: { label: l('专题', 'Topics'), navOrder: 13 },
      listsSearchable: false,
      ...noSearchFilters,
      homePage: null,
      unitPage: null,
    },
    workbench: { label: l('专题', 'Topics'), staleDays: STALE_DAYS },
    // A campaign theme gathering items of any public type in the editors' order (resolved at build: takedown = gone).
    generic: {
      title: 'title',
      date: 'date',
      summary: 'intro',
      image: 'headerImage',
      refs: { field: 'items', heading: '专题内容' },
    },
  },
  surveys: {
    slug: 'surveys',
    labels: { singular: l('问卷', 'Survey'), plural: l('问卷调查', 'Surveys') },
    titleField: 'title',
    options: { 'questions.kind': O.SURVEY_QUESTION_KINDS },
    site: {
      route: 'surveys',
      detailPages: true,
      section: { label: l('问卷调查', 'Surveys'), navOrder: 15 },
      listsSearchable: false,
      ...noSearchFilters,
      homePage: null,
      unitPage: null,
      // A survey stops taking answers (and may show its results) when it closes: re-read then.
      clockField: 'closesAt',
    },
    workbench: { label: l('问卷调查', 'Surveys'), staleDays: 60 },
  },
  /** 留言 (issue 24 item 1): residents' questions and suggestions, answered by the responsible unit; published with the reply. */
  messages: {
    slug: 'messages',
    labels: { singular: l('留言', 'Message'), plural: l('市民留言', 'Residents’ messages') },
    titleField: 'title',
    options: { category: O.MESSAGE_CATEGORIES, rating: O.MESSAGE_RATINGS },
    site: {
      route: 'messages',
      detailPages: true,
      section: { label: l('互动交流', 'Messages'), navOrder: 16 },
      listsSearchable: false,
      // Answered messages by category and by unit, and each unit's reply, on-time and satisfaction rates.
      filterRoutes: ['category', 'unit', 'rates'],
      homePage: null,
      unitPage: '市民留言答复',
    },
    workbench: { label: l('市民留言', 'Residents’ messages'), staleDays: STALE_DAYS },
  },
} as const satisfies Record<string, ContentTypeEntry>
