/**
 * 政务公开 documents of the fictional 示范市: its 实施方案 and 三年创建规划 (seeds 001 and 002 name
 * both), a 测评体系, a 管理办法 revised in 2026 (the 2025 text is 已修订, pointing to the new one),
 * and the 2025 年度工作报告. Practices quoted from ../shared/seeds stay attributed to their real
 * cities (Zibo in 001; Bengbu and the 莱芜 study visit in 002); the demo city's own measures name only
 * its fictional units. Listed so that a replacement comes before the document it replaces.
 */
import type * as T from '../../cms/domain/contentTypes/index.ts'
import type { Status } from './types.ts'

export type SeedDocument = {
  slug: string
  title: string
  kind: keyof typeof T.DOCUMENT_KINDS
  docNumber?: string
  /** The issuing unit's code (seed/data/units.ts) and, when the signature differs, the signature. */
  issuer: string
  issuerName?: string
  signedDate: string
  publishDate: string
  validity: keyof typeof T.DOCUMENT_VALIDITY
  /** The slug of the document that replaces this one (已修订 / 已废止). */
  replacedBy?: string
  summary: string
  body: string[]
  /** A PDF attachment: its Chinese title (the file carries the English one). */
  pdf?: { title: string; file: string; english: string }
  status: Status
}

const CITY_OFFICES = '中共示范市委办公室　示范市人民政府办公室'
const CIVILITY_OFFICE = '示范市精神文明建设指导委员会办公室'

export const documents: SeedDocument[] = [
  {
    slug: 'campaign-implementation-plan-2026',
    title: '示范市创建全国文明城市实施方案',
    kind: 'implementation-plan',
    docNumber: '示办发〔2026〕5号',
    issuer: 'city',
    issuerName: CITY_OFFICES,
    signedDate: '2026-01-08',
    publishDate: '2026-01-12',
    validity: 'effective',
    summary: '明确创建全国文明城市的目标、十项重点任务、责任分工和“一日一巡查、一周一调度”的推进机制。',
    body: [
      '为全面提升城市文明程度和市民文明素质，确保创建全国文明城市工作取得实效，制定本实施方案。',
      '## 一、工作目标',
      '以三年创建规划为总纲，2026年底前全市各项测评指标达到全国文明城市测评体系要求，市民对创建工作的知晓率、支持率和满意度明显提升。',
      '## 二、重点任务',
      '围绕背街小巷、农贸市场、交通秩序、公共场所、小区物业等群众反映集中的问题，开展十项专项整治行动，每项行动由一个市直部门牵头、各区和街道分级落实。',
      '借鉴淄博市经验：淄博市制定《深化文明城市创建十项专项整治行动实施方案》，2021年市直6个部门牵头，共开展十项专项测评13次，测评10773个点位；又制定《深入推进文明城市创建十大工程实施方案》，开展拓展停车资源、优化公共交通服务、打造15分钟生活圈等43项改造。',
      '## 三、推进机制',
      '借鉴蚌埠市“12345”工作推进机制，实行一日一巡查、一周一调度、一月一推进、一季一观摩、一年一奖惩。',
      '## 四、督查问责',
      '对查出的问题实行挂图作战、跟踪督办，整改一项、销号一项；在曝光台曝光三次仍未整改的，启动问责程序。',
    ],
    pdf: {
      title: '示范市创建全国文明城市实施方案全文',
      file: 'doc-campaign-plan-2026.pdf',
      english: 'Shifan City civilized-city campaign implementation plan 2026',
    },
    status: 'published',
  },
  {
    slug: 'campaign-three-year-plan-2026-2028',
    title: '示范市创建全国文明城市三年规划（2026—2028年）',
    kind: 'plan',
    docNumber: '示办发〔2026〕6号',
    issuer: 'city',
    issuerName: CITY_OFFICES,
    signedDate: '2026-01-08',
    publishDate: '2026-01-12',
    validity: 'effective',
    summary: '三年分三步：2026年打基础、补短板，2027年抓提升、迎测评，2028年固成果、创长效。',
    body: [
      '本规划是全市创建全国文明城市工作的总纲，各区、各部门据此制定年度实施方案和各项整治实施方案。',
      '## 分年度目标',
      '2026年：打基础、补短板，完成背街小巷和农贸市场集中整治，建立网格化管理和督查通报制度。',
      '2027年：抓提升、迎测评，各项测评指标全面达标，模拟测评查出的问题当月整改到位。',
      '2028年：固成果、创长效，把行之有效的做法写入管理办法，形成常态长效机制。',
      '## 工作格局',
      '莱芜市赴蚌埠、淮北学习考察后总结三地经验：建立各级领导分包、网格化管理、督导检查、奖惩问责等机制，制定三年创建规划、各项整治实施方案，形成“政府主导、部门推动、以区为主、全民参与”的合力攻坚机制。本市参照这一格局分工落实。',
    ],
    status: 'published',
  },
  {
    slug: 'evaluation-system-2026',
    title: '示范市文明城市创建测评体系（2026年版）',
    kind: 'evaluation-system',
    docNumber: '示文明办〔2026〕3号',
    issuer: 'city',
    issuerName: CIVILITY_OFFICE,
    signedDate: '2026-02-20',
    publishDate: '2026-02-26',
    validity: 'effective',
    summary: '市民巡访团和第三方测评按环境卫生、公共秩序、宣传氛围等指标打分，结果排名公开，前列进红榜、后列进黑榜。',
    body: [
      '本测评体系适用于市文明办组织的市民巡访团测评、第三方测评和暗访督查。',
      '## 测评指标',
      '环境卫生、公共秩序、宣传氛围、志愿服务、为民服务五类指标，权重合计100分；不涉及的指标（如辖区内没有农贸市场）不计分，按适用指标重新折算。',
      '## 结果运用',
      '测评结果按得分排名，在“测评排名”栏目公开，排名靠前的单位进入红榜，排名靠后的进入黑榜；连续两期进入黑榜的，由市创城办约谈。',
    ],
    pdf: { title: '测评体系指标细则', file: 'doc-evaluation-system-2026.pdf', english: 'Evaluation system 2026 indicators' },
    status: 'published',
  },
  {
    slug: 'storefront-duties-measures-2026',
    title: '示范市“门前五包”责任制管理办法（2026年修订）',
    kind: 'regulation',
    docNumber: '示城管发〔2026〕4号',
    issuer: 'dept-urban',
    signedDate: '2026-03-16',
    publishDate: '2026-03-20',
    validity: 'effective',
    summary: '沿街单位和商户对门前环境卫生、秩序、绿化、设施和市容负责；2026年修订增加了共享单车停放和限期整改的规定。',
    body: [
      '第一条　为落实沿街单位和商户的门前责任，巩固创建全国文明城市成果，制定本办法。',
      '第二条　沿街单位和商户对门前环境卫生、公共秩序、绿化、公共设施和市容（简称“门前五包”）负责。',
      '第三条　门前区域不得占道经营、乱堆乱放；共享单车应停放在施划的停车区域内。（2026年修订新增）',
      '第四条　街道城管执法中队发现问题的，应当告知责任单位限期整改；逾期未整改的，在曝光台公开。（2026年修订新增）',
      '第五条　本办法自2026年4月1日起施行。2025年3月印发的《示范市“门前五包”责任制管理办法》同时停止执行。',
    ],
    status: 'published',
  },
  {
    slug: 'storefront-duties-measures-2025',
    title: '示范市“门前五包”责任制管理办法',
    kind: 'regulation',
    docNumber: '示城管发〔2025〕12号',
    issuer: 'dept-urban',
    signedDate: '2025-03-10',
    publishDate: '2025-03-14',
    validity: 'revised',
    replacedBy: 'storefront-duties-measures-2026',
    summary: '沿街单位和商户的门前五包责任。已由2026年修订的办法替代。',
    body: [
      '第一条　为落实沿街单位和商户的门前责任，制定本办法。',
      '第二条　沿街单位和商户对门前环境卫生、公共秩序、绿化、公共设施和市容负责。',
      '第三条　本办法自2025年4月1日起施行。',
    ],
    status: 'published',
  },
  {
    slug: 'annual-report-2025',
    title: '示范市2025年创建全国文明城市工作报告',
    kind: 'annual-report',
    issuer: 'city',
    issuerName: CIVILITY_OFFICE,
    signedDate: '2026-01-20',
    publishDate: '2026-01-26',
    validity: 'effective',
    summary: '2025年全市创建工作的主要做法、存在问题和2026年工作安排。',
    body: [
      '2025年，全市以背街小巷、农贸市场和交通秩序为重点推进创建工作，编印督查专报，建立曝光台和电视问政，推行市民巡访团月度测评。',
      '## 存在的问题',
      '部分背街小巷卫生死角反复出现，个别农贸市场占道经营屡禁不止，少数单位对曝光问题整改不及时。',
      '## 2026年工作安排',
      '印发创建全国文明城市实施方案和三年规划，修订“门前五包”责任制管理办法，发布2026年版测评体系。',
    ],
    pdf: { title: '2025年工作报告全文', file: 'doc-annual-report-2025.pdf', english: 'Annual work report 2025' },
    status: 'published',
  },
  {
    slug: 'jingming-alley-plan-2026',
    title: '景明区背街小巷整治实施方案',
    kind: 'implementation-plan',
    docNumber: '景文明办〔2026〕2号',
    issuer: 'd-jingming',
    issuerName: '景明区文明办',
    signedDate: '2026-03-25',
    publishDate: '2026-03-30',
    validity: 'effective',
    summary: '景明区各街道分片包干，逐条整治背街小巷的卫生死角和乱堆乱放。',
    body: [
      '按照市创建全国文明城市实施方案，景明区对辖区背街小巷开展集中整治。',
      '各街道分片包干，逐条建立问题清单，整改一项、销号一项，每周汇总、半月通报。',
    ],
    status: 'draft',
  },
]
