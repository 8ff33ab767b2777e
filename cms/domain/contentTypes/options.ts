/**
 * The option lists of the public content types: value → bilingual label, in the editorial order the
 * admin and the site show them. The values are stored in the database: never rename one (add a
 * migration instead). Lists that belong to a campaign rule stay with the rule and are re-exported.
 */
import { RECTIFICATION_LABELS } from '../exposureRules.ts'
import { LADDER_LABELS, NOMINATION_CHANNELS } from '../ladder.ts'
import { SUPERVISION_STATE_LABELS } from '../supervision.ts'
import { ISSUE_STATUS } from '../tvIssues.ts'

export type Label = { zh: string; en: string }
export type Options = Readonly<Record<string, Label>>

const l = (zh: string, en: string): Label => ({ zh, en })

export const BULLETIN_SERIES = {
  supervision: l('督查专报', 'Supervision bulletin'),
  evaluation: l('测评通报', 'Evaluation bulletin'),
  briefing: l('工作简报', 'Work briefing'),
  praise: l('表扬通报', 'Commendation'),
  criticism: l('批评通报', 'Criticism'),
}

export const EVALUATORS = {
  'citizen-patrol': l('市民巡访团', 'Citizen patrol group'),
  'third-party': l('第三方测评', 'Third-party evaluator'),
  unannounced: l('暗访督查', 'Unannounced inspection'),
}

export const RANKING_LISTS = {
  red: l('红榜', 'Red list'),
  black: l('黑榜', 'Black list'),
}

export const GOOD_PERSON_CATEGORIES = {
  'helping-others': l('助人为乐', 'Helping others'),
  bravery: l('见义勇为', 'Bravery'),
  honesty: l('诚实守信', 'Honesty'),
  dedication: l('敬业奉献', 'Dedication'),
  'filial-piety': l('孝老爱亲', 'Filial piety'),
}

export const ROUND_STATUS = {
  nominating: l('提名中', 'Nominating'),
  reviewing: l('评审中', 'Reviewing'),
  announced: l('已公布', 'Announced'),
}

export const AD_FORMATS = {
  poster: l('海报', 'Poster'),
  slogan: l('标语', 'Slogan'),
  banner: l('横幅', 'Banner'),
  video: l('视频', 'Video'),
  'e-screen': l('电子屏', 'E-screen'),
}

export const PLACEMENT_KINDS = {
  billboard: l('户外广告牌', 'Billboard'),
  'e-screen': l('电子屏', 'E-screen'),
  'community-board': l('社区宣传栏', 'Community board'),
  'bus-shelter': l('公交站亭', 'Bus shelter'),
  'construction-hoarding': l('工地围挡', 'Construction hoarding'),
  other: l('其他', 'Other'),
}

export const AD_THEMES = {
  civility: l('文明风尚', 'Civility'),
  traffic: l('文明交通', 'Traffic'),
  'waste-sorting': l('垃圾分类', 'Waste sorting'),
  'dog-keeping': l('文明养犬', 'Dog keeping'),
  volunteering: l('志愿服务', 'Volunteering'),
  'good-people': l('好人好事', 'Good people'),
  frugality: l('勤俭节约', 'Frugality'),
  health: l('健康生活', 'Health'),
  'core-values': l('核心价值观', 'Core values'),
}

export const KNOWLEDGE_TOPICS = {
  'campaign-basics': l('创城基本知识', 'Campaign basics'),
  traffic: l('文明交通', 'Traffic'),
  'waste-sorting': l('垃圾分类', 'Waste sorting'),
  'dog-keeping': l('文明养犬', 'Dog keeping'),
  etiquette: l('文明礼仪', 'Etiquette'),
  convention: l('市民文明公约', 'Citizen convention'),
  'public-health': l('公共卫生', 'Public health'),
  volunteering: l('志愿服务', 'Volunteering'),
}

export const KNOWLEDGE_KINDS = {
  qa: l('问答', 'Q&A'),
  convention: l('公约条文', 'Convention article'),
  tip: l('礼仪提示', 'Etiquette tip'),
}

export { ISSUE_STATUS, LADDER_LABELS, NOMINATION_CHANNELS, RECTIFICATION_LABELS, SUPERVISION_STATE_LABELS }

/** 政务公开 documents: what kind of policy or work document it is. */
export const DOCUMENT_KINDS = {
  'implementation-plan': l('实施方案', 'Implementation plan'),
  plan: l('规划', 'Plan'),
  'evaluation-system': l('测评体系', 'Evaluation system'),
  regulation: l('管理办法', 'Administrative measures'),
  'annual-report': l('年度工作报告', 'Annual work report'),
  notice: l('通知', 'Notice'),
}

/** A document's validity (效力): 有效, or replaced by a newer document (已修订) or repealed (已废止). */
export const DOCUMENT_VALIDITY = {
  effective: l('有效', 'In force'),
  revised: l('已修订', 'Revised'),
  repealed: l('已废止', 'Repealed'),
}

/**
 * 民生实事 / 专项行动: the programmes a project belongs to. An option list rather than an editor-managed
 * collection: each value is a public address (/projects/campaign/<value>/) and a feed category that must
 * stay stable for years, the programmes are few and set by the city's 实施方案 (a new one is one line
 * here and needs no migration: SQLite stores select values as text), and labels stay bilingual.
 */
export const PROJECT_CAMPAIGNS = {
  'annual-ten': l('年度为民创建实事工程', 'Annual livelihood projects'),
  'ten-projects': l('文明城市创建十大工程', 'Ten major projects'),
  'back-alleys': l('背街小巷改造', 'Back-alley renovation'),
  'zebra-crossing': l('礼让斑马线', 'Yield at zebra crossings'),
  'old-compounds': l('老旧小区改造', 'Old compound renovation'),
  markets: l('农贸市场提升', 'Market upgrades'),
}
export { PROJECT_STAGES, PROJECT_STATUS } from '../projects.ts'

/** 文明称号 (civility titles): the four kinds of title, the three levels and the 复查 verdicts. */
export const TITLE_CATEGORIES = {
  unit: l('文明单位', 'Civilized unit'),
  village: l('文明村镇', 'Civilized village or town'),
  family: l('文明家庭', 'Civilized family'),
  campus: l('文明校园', 'Civilized campus'),
}

/** Highest first: the directory lists national titles before provincial and city ones. */
export const TITLE_LEVELS = {
  national: l('全国', 'National'),
  province: l('省级', 'Provincial'),
  city: l('市级', 'City'),
}

export const TITLE_REVIEW_RESULTS = {
  pass: l('合格', 'Passed'),
  fail: l('不合格', 'Failed'),
}

/** 新时代文明实践 centres, institutes (所, a street's) and stations (站, a community's). */
export const PRACTICE_LEVELS = {
  centre: l('新时代文明实践中心', 'Practice centre'),
  institute: l('新时代文明实践所', 'Practice institute (street)'),
  station: l('新时代文明实践站', 'Practice station (community)'),
}

/** 问卷 question kinds (cms/domain/surveys/model.ts). */
export { QUESTION_KINDS as SURVEY_QUESTION_KINDS } from '../surveys/model.ts'

/** 留言 (issue 24 item 1): what a resident writes about. */
export const MESSAGE_CATEGORIES = {
  consult: l('咨询', 'Question'),
  suggest: l('建议', 'Suggestion'),
  complain: l('投诉', 'Complaint'),
  praise: l('表扬', 'Praise'),
}

/** 留言: the resident's one rating of a published reply. */
export const MESSAGE_RATINGS = {
  satisfied: l('满意', 'Satisfied'),
  'mostly-satisfied': l('基本满意', 'Mostly satisfied'),
  dissatisfied: l('不满意', 'Dissatisfied'),
}
