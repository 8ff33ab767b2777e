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

/** 新时代文明实践 centres, institutes (所, a street's) and stations (站, a community's). */
export const PRACTICE_LEVELS = {
  centre: l('新时代文明实践中心', 'Practice centre'),
  institute: l('新时代文明实践所', 'Practice institute (street)'),
  station: l('新时代文明实践站', 'Practice station (community)'),
}
